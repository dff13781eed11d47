import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { deviceRefById } from '@/db/queries/devices';
import {
  accountsOnLines,
  commonFilesOfTenant,
  fileLookupKey,
  fileNameHolders,
  filesOfDevices,
  modelsInUse,
  type RenderableDevice,
  renderableDevices,
  tenantRenderFacts,
} from '@/db/queries/generation';
import { generatedFiles } from '@/db/schema';
import { conflict, RenderFailedError } from '@/lib/errors';
import { deviceFileName } from '@/lib/file-name-rule';
import { checkWellFormedXml, type RenderContext, type RenderOptions, renderTemplate, type TemplateFormat, type TemplateIssue } from '@/lib/templates';
import type { TemplateLineEndings } from '@/lib/validation/entities';
import { type AccountFacts, commonRenderContext, deviceRenderContext, type PbxFacts, type ServerFacts } from './context';

export type RegenerateScope = 'all' | { deviceIds: readonly number[] };
/** `macStart`/`macEnd`: where the MAC sits in a device file's name (see lib/provisioning/serve.ts); null for common files. */
type Target = { fileName: string; macStart: number | null; macEnd: number | null; body: string; contentType: string; deviceId: number | null; modelId: number };
type TenantRenderFacts = { tenant: { uuid: string; name: string; isDefault: boolean }; pbx: PbxFacts; custom: Record<string, string> };

const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');
/** The key of generated_files.lookup_name (SQLite's lower(), ASCII like every file name a rule or model can produce). */

/** The tenant's render facts; a tenant without PBX settings is a bug, not an input error. */
export function renderFacts(db: DbOrTx, tenantId: number): TenantRenderFacts {
  const facts = tenantRenderFacts(db, tenantId);
  if (!facts) throw new Error(`tenant ${tenantId} is missing its PBX settings`);
  return { ...facts, pbx: facts.pbx as PbxFacts };
}

/** A device's file name and render context, from the rows of db/queries/generation.ts. */
export function deviceTarget(
  facts: TenantRenderFacts,
  server: ServerFacts,
  row: RenderableDevice,
  lines: AccountFacts[],
): { fileName: string; context: RenderContext } {
  const fileName = deviceFileName(row.rule, row.device.mac);
  const context = deviceRenderContext({ ...facts, server, device: row.device, fileName, model: { brand: row.brand, name: row.modelName }, lines });
  return { fileName, context };
}

/** A template's stored line endings as render options: 'crlf' converts, 'lf' keeps what the template says. */
const lineEndingOptions = (lineEndings: TemplateLineEndings): RenderOptions => ({ lineEndings: lineEndings === 'crlf' ? 'crlf' : 'keep' });

/** Renders and, for XML, checks well-formedness; `onFail` throws with the issues. */
function render(
  source: string,
  context: RenderContext,
  format: TemplateFormat,
  onFail: (issues: TemplateIssue[]) => never,
  lineEndings: TemplateLineEndings = 'lf',
): string {
  const result = renderTemplate(source, context, format, lineEndingOptions(lineEndings));
  if (!result.ok) return onFail(result.issues);
  const issue = format === 'xml' ? checkWellFormedXml(result.text) : null;
  return issue ? onFail([issue]) : result.text;
}

function writeTargets(tx: Tx, tenantId: number, existing: (typeof generatedFiles.$inferSelect)[], targets: Target[], now: Date) {
  const wanted = new Map(targets.map((t) => [t.fileName, t]));
  for (const row of existing) {
    const target = wanted.get(row.fileName);
    if (!target || target.deviceId !== row.deviceId) tx.delete(generatedFiles).where(eq(generatedFiles.id, row.id)).run();
  }
  const kept = new Map(existing.map((row) => [row.fileName, row]));
  for (const target of targets) {
    const hash = sha256(target.body);
    const row = kept.get(target.fileName);
    const span = { macStart: target.macStart, macEnd: target.macEnd };
    const values = { body: target.body, sha256: hash, size: Buffer.byteLength(target.body), contentType: target.contentType, modelId: target.modelId, ...span };
    if (row && row.deviceId === target.deviceId) {
      if (row.sha256 !== hash || row.contentType !== target.contentType || row.modelId !== target.modelId) {
        tx.update(generatedFiles)
          .set({ ...values, generatedAt: now })
          .where(eq(generatedFiles.id, row.id))
          .run();
      } else if (row.macStart !== span.macStart || row.macEnd !== span.macEnd) {
        // Rows written before the MAC span was recorded get it on the first regeneration (every start).
        tx.update(generatedFiles).set(span).where(eq(generatedFiles.id, row.id)).run();
      }
    } else {
      tx.insert(generatedFiles)
        .values({ ...values, tenantId, fileName: target.fileName, deviceId: target.deviceId, generatedAt: now })
        .run();
    }
  }
}

/**
 * Who holds each of these names in the tenant, whatever their case (a device, or null for a common
 * file). Names that differ only by case cannot coexist: phones may ask for a device file's MAC in
 * either case, and the lookup key is the whole name lower-cased (unique per tenant).
 */
function assertNoCollision(tx: Tx, tenantId: number, targets: Target[], ownIds: ReadonlySet<number>) {
  const seen = new Map<string, Target>();
  for (const t of targets) {
    const other = seen.get(fileLookupKey(t.fileName));
    if (other) throw fileNameTaken(tx, other.fileName, other.deviceId);
    seen.set(fileLookupKey(t.fileName), t);
  }
  const clash = fileNameHolders(
    tx,
    tenantId,
    targets.map((t) => t.fileName),
  ).find((h) => h.deviceId === null || !ownIds.has(h.deviceId));
  if (clash) throw fileNameTaken(tx, clash.fileName, clash.deviceId);
}

function fileNameTaken(tx: Tx, fileName: string, holderDeviceId: number | null) {
  const holder = holderDeviceId ? deviceRefById(tx, holderDeviceId) : undefined;
  return conflict('mac', holder ? 'validation:device.fileNameTaken' : 'validation:device.fileNameIsCommon', {
    fileName,
    holder: holder ? `${holder.mac}${holder.label ? ` (${holder.label})` : ''}` : '',
  });
}

/**
 * Rebuilds the files of the given devices (or all of a tenant's) and the tenant's common files,
 * inside the caller's transaction. A file whose content is unchanged keeps its row and date.
 * Throws (so the transaction rolls back) when a template does not render or a name collides.
 */
export function regenerate(tx: Tx, tenantId: number, scope: RegenerateScope, server: ServerFacts, now = new Date()): void {
  const facts = renderFacts(tx, tenantId);
  const rows = renderableDevices(tx, tenantId, scope === 'all' ? 'all' : scope.deviceIds);
  const ids = scope === 'all' ? rows.map((r) => r.device.id) : [...scope.deviceIds];
  const lines = accountsOnLines(
    tx,
    rows.filter((r) => r.device.isEnabled).map((r) => r.device.id),
  );

  const targets: Target[] = [];
  for (const row of rows) {
    const { device, template, contentType } = row;
    if (!device.isEnabled) continue;
    const { fileName, context } = deviceTarget(facts, server, row, lines.get(device.id) ?? []);
    const body = render(
      template.body,
      context,
      template.format,
      (issues) => {
        throw new RenderFailedError({ deviceId: device.id, mac: device.mac, templateId: template.id, templateName: template.name }, issues);
      },
      template.lineEndings,
    );
    const macStart = row.rule.prefix.length;
    targets.push({ fileName, macStart, macEnd: fileName.length - row.rule.suffix.length, body, contentType, deviceId: device.id, modelId: device.modelId });
  }

  assertNoCollision(tx, tenantId, targets, new Set(ids));
  writeTargets(tx, tenantId, filesOfDevices(tx, tenantId, ids), targets, now);
  regenerateCommonFiles(tx, tenantId, { ...facts, server }, now);
}

/** A common file is XML when its name or its first character says so. */
export const commonFileFormat = (file: { fileName: string; body: string }): TemplateFormat =>
  file.fileName.endsWith('.xml') || file.body.trimStart().startsWith('<') ? 'xml' : 'text';

/** Common files of every model that has at least one enabled device in the tenant. */
function regenerateCommonFiles(tx: Tx, tenantId: number, facts: Parameters<typeof commonRenderContext>[0], now: Date) {
  const context = commonRenderContext(facts);
  const targets = new Map<string, Target & { modelName: string }>();
  for (const model of modelsInUse(tx, tenantId)) {
    for (const file of model.commonFiles) {
      const format = commonFileFormat(file);
      const body = render(file.body, context, format, (issues) => {
        throw new RenderFailedError({ modelId: model.id, fileName: file.fileName }, issues);
      });
      // Keyed by lookup name: two models' common files that differ only by case collide too.
      const previous = targets.get(fileLookupKey(file.fileName));
      if (previous && (previous.body !== body || previous.fileName !== file.fileName)) {
        throw conflict('commonFiles', 'validation:model.commonFileConflict', { fileName: file.fileName, model: previous.modelName });
      }
      if (!previous)
        targets.set(fileLookupKey(file.fileName), {
          fileName: file.fileName,
          macStart: null,
          macEnd: null,
          body,
          contentType: format === 'xml' ? 'application/xml' : 'text/plain',
          deviceId: null,
          modelId: model.id,
          modelName: model.name,
        });
    }
  }
  const deviceHolder = fileNameHolders(
    tx,
    tenantId,
    [...targets.values()].map((t) => t.fileName),
    true,
  )[0];
  if (deviceHolder) throw fileNameTaken(tx, deviceHolder.fileName, deviceHolder.deviceId);
  writeTargets(tx, tenantId, commonFilesOfTenant(tx, tenantId), [...targets.values()], now);
}
