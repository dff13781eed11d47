import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { DbOrTx, Tx } from '@/db/client';
import { deviceRefById } from '@/db/queries/devices';
import {
  accountsOnLines,
  commonFilesOfTenant,
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
import { checkWellFormedXml, type RenderContext, renderTemplate, type TemplateFormat, type TemplateIssue } from '@/lib/templates';
import { type AccountFacts, commonRenderContext, deviceRenderContext, type PbxFacts, type ServerFacts } from './context';

export type RegenerateScope = 'all' | { deviceIds: readonly number[] };
type Target = { fileName: string; body: string; contentType: string; deviceId: number | null; modelId: number };
type TenantRenderFacts = { tenant: { uuid: string; name: string; isDefault: boolean }; pbx: PbxFacts; custom: Record<string, string> };

const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');

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

/** Renders and, for XML, checks well-formedness; `onFail` throws with the issues. */
function render(source: string, context: RenderContext, format: TemplateFormat, onFail: (issues: TemplateIssue[]) => never): string {
  const result = renderTemplate(source, context, format);
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
    const values = { body: target.body, sha256: hash, size: Buffer.byteLength(target.body), contentType: target.contentType, modelId: target.modelId };
    if (row && row.deviceId === target.deviceId) {
      if (row.sha256 !== hash || row.contentType !== target.contentType || row.modelId !== target.modelId) {
        tx.update(generatedFiles)
          .set({ ...values, generatedAt: now })
          .where(eq(generatedFiles.id, row.id))
          .run();
      }
    } else {
      tx.insert(generatedFiles)
        .values({ ...values, tenantId, fileName: target.fileName, deviceId: target.deviceId, generatedAt: now })
        .run();
    }
  }
}

function assertNoCollision(tx: Tx, tenantId: number, targets: Target[], ownIds: ReadonlySet<number>) {
  const seen = new Map<string, number>();
  for (const t of targets) {
    const other = seen.get(t.fileName);
    if (other !== undefined) throw fileNameTaken(tx, t.fileName, other);
    seen.set(t.fileName, t.deviceId ?? 0);
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
    const body = render(template.body, context, template.format, (issues) => {
      throw new RenderFailedError({ deviceId: device.id, mac: device.mac, templateId: template.id, templateName: template.name }, issues);
    });
    targets.push({ fileName, body, contentType, deviceId: device.id, modelId: device.modelId });
  }

  assertNoCollision(tx, tenantId, targets, new Set(ids));
  writeTargets(tx, tenantId, filesOfDevices(tx, tenantId, ids), targets, now);
  regenerateCommonFiles(tx, tenantId, { ...facts, server }, now);
}

/** Common files of every model that has at least one enabled device in the tenant. */
function regenerateCommonFiles(tx: Tx, tenantId: number, facts: Parameters<typeof commonRenderContext>[0], now: Date) {
  const context = commonRenderContext(facts);
  const targets = new Map<string, Target & { modelName: string }>();
  for (const model of modelsInUse(tx, tenantId)) {
    for (const file of model.commonFiles) {
      const format: TemplateFormat = file.fileName.endsWith('.xml') || file.body.trimStart().startsWith('<') ? 'xml' : 'text';
      const body = render(file.body, context, format, (issues) => {
        throw new RenderFailedError({ modelId: model.id, fileName: file.fileName }, issues);
      });
      const previous = targets.get(file.fileName);
      if (previous && previous.body !== body) {
        throw conflict('commonFiles', 'validation:model.commonFileConflict', { fileName: file.fileName, model: previous.modelName });
      }
      if (!previous)
        targets.set(file.fileName, {
          fileName: file.fileName,
          body,
          contentType: format === 'xml' ? 'application/xml' : 'text/plain',
          deviceId: null,
          modelId: model.id,
          modelName: model.name,
        });
    }
  }
  const deviceHolder = fileNameHolders(tx, tenantId, [...targets.keys()], true)[0];
  if (deviceHolder) throw fileNameTaken(tx, deviceHolder.fileName, deviceHolder.deviceId);
  writeTargets(tx, tenantId, commonFilesOfTenant(tx, tenantId), [...targets.values()], now);
}
