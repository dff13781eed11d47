import { createHash } from 'node:crypto';
import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx, Tx } from "@/db/client";
import {
  accounts,
  brands,
  deviceLines,
  deviceModels,
  devices,
  filenameRules,
  generatedFiles,
  networkInterfaces,
  pbxSettings,
  placeholders,
  templates,
  tenants,
} from '@/db/schema';
import { conflict, RenderFailedError } from '@/lib/domain/errors';
import { checkWellFormedXml, type RenderContext, renderTemplate, type TemplateFormat, type TemplateIssue } from '@/lib/templates';
import { type AccountFacts, commonRenderContext, deviceRenderContext, type PbxFacts, type ServerFacts } from './context';
import { deviceFileName } from './file-name';

export type RegenerateScope = 'all' | { deviceIds: readonly number[] };
type Target = { fileName: string; body: string; contentType: string; deviceId: number | null; modelId: number };

const sha256 = (body: string) => createHash('sha256').update(body).digest('hex');
const chunks = <T>(items: readonly T[], size = 500) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** Custom placeholder values of a tenant: static values, and interface addresses for dynamic ones. */
export function customValues(tx: DbOrTx, tenantId: number): Record<string, string> {
  const rows = tx
    .select({ name: placeholders.name, kind: placeholders.kind, value: placeholders.value, ip: networkInterfaces.ipv4Address })
    .from(placeholders)
    .leftJoin(networkInterfaces, eq(networkInterfaces.id, placeholders.interfaceId))
    .where(eq(placeholders.tenantId, tenantId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.name, (r.kind === 'static' ? r.value : r.ip) ?? '']));
}

function tenantFacts(tx: Tx, tenantId: number) {
  const tenant = tx.select().from(tenants).where(eq(tenants.id, tenantId)).get();
  const pbx = tx.select().from(pbxSettings).where(eq(pbxSettings.tenantId, tenantId)).get();
  if (!tenant || !pbx) throw new Error(`tenant ${tenantId} is missing its PBX settings`);
  return { tenant, pbx: pbx as PbxFacts, custom: customValues(tx, tenantId) };
}

function loadDevices(tx: Tx, tenantId: number, scope: RegenerateScope) {
  const query = () =>
    tx
      .select({
        device: devices,
        modelName: deviceModels.name,
        contentType: deviceModels.contentType,
        brand: brands.name,
        rule: filenameRules,
        template: { id: templates.id, name: templates.name, body: templates.body, format: templates.format, modelId: templates.modelId },
      })
      .from(devices)
      .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
      .innerJoin(brands, eq(brands.id, deviceModels.brandId))
      .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
      .innerJoin(templates, eq(templates.id, devices.templateId));
  if (scope === 'all') return query().where(eq(devices.tenantId, tenantId)).all();
  return chunks(scope.deviceIds).flatMap((ids) => query().where(and(eq(devices.tenantId, tenantId), inArray(devices.id, ids))).all());
}

function loadLines(tx: Tx, deviceIds: readonly number[]): Map<number, AccountFacts[]> {
  const byDevice = new Map<number, AccountFacts[]>();
  for (const ids of chunks(deviceIds)) {
    const rows = tx
      .select({ deviceId: deviceLines.deviceId, account: accounts })
      .from(deviceLines)
      .innerJoin(accounts, eq(accounts.id, deviceLines.accountId))
      .where(inArray(deviceLines.deviceId, ids))
      .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
      .all();
    for (const row of rows) byDevice.set(row.deviceId, [...(byDevice.get(row.deviceId) ?? []), row.account]);
  }
  return byDevice;
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
        tx.update(generatedFiles).set({ ...values, generatedAt: now }).where(eq(generatedFiles.id, row.id)).run();
      }
    } else {
      tx.insert(generatedFiles).values({ ...values, tenantId, fileName: target.fileName, deviceId: target.deviceId, generatedAt: now }).run();
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
  for (const names of chunks(targets.map((t) => t.fileName))) {
    const holders = tx
      .select({ fileName: generatedFiles.fileName, deviceId: generatedFiles.deviceId })
      .from(generatedFiles)
      .where(and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.fileName, names)))
      .all();
    const clash = holders.find((h) => h.deviceId === null || !ownIds.has(h.deviceId));
    if (clash) throw fileNameTaken(tx, clash.fileName, clash.deviceId);
  }
}

function fileNameTaken(tx: Tx, fileName: string, holderDeviceId: number | null) {
  const holder = holderDeviceId ? tx.select({ mac: devices.mac, label: devices.label }).from(devices).where(eq(devices.id, holderDeviceId)).get() : undefined;
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
  const { tenant, pbx, custom } = tenantFacts(tx, tenantId);
  const rows = loadDevices(tx, tenantId, scope);
  const ids = scope === 'all' ? rows.map((r) => r.device.id) : [...scope.deviceIds];
  const lines = loadLines(tx, rows.filter((r) => r.device.isEnabled).map((r) => r.device.id));

  const targets: Target[] = [];
  for (const { device, modelName, brand, rule, template, contentType } of rows) {
    if (!device.isEnabled) continue;
    const fileName = deviceFileName(rule, device.mac);
    const context = deviceRenderContext({ pbx, tenant, server, custom, device, fileName, model: { brand, name: modelName }, lines: lines.get(device.id) ?? [] });
    const body = render(template.body, context, template.format, (issues) => {
      throw new RenderFailedError({ deviceId: device.id, mac: device.mac, templateId: template.id, templateName: template.name }, issues);
    });
    targets.push({ fileName, body, contentType, deviceId: device.id, modelId: device.modelId });
  }

  const existing = chunks(ids).flatMap((chunk) =>
    tx.select().from(generatedFiles).where(and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.deviceId, chunk))).all(),
  );
  assertNoCollision(tx, tenantId, targets, new Set(ids));
  writeTargets(tx, tenantId, existing, targets, now);
  regenerateCommonFiles(tx, tenantId, { tenant, pbx, custom, server }, now);
}

/** Common files of every model that has at least one enabled device in the tenant. */
function regenerateCommonFiles(tx: Tx, tenantId: number, facts: Parameters<typeof commonRenderContext>[0], now: Date) {
  const models = tx
    .selectDistinct({ id: deviceModels.id, name: deviceModels.name, commonFiles: deviceModels.commonFiles })
    .from(deviceModels)
    .innerJoin(devices, and(eq(devices.modelId, deviceModels.id), eq(devices.isEnabled, true)))
    .where(eq(deviceModels.tenantId, tenantId))
    .orderBy(asc(deviceModels.id))
    .all();
  const context = commonRenderContext(facts);
  const targets = new Map<string, Target & { modelName: string }>();
  for (const model of models) {
    for (const file of model.commonFiles) {
      const format: TemplateFormat = file.fileName.endsWith('.xml') || file.body.trimStart().startsWith('<') ? 'xml' : 'text';
      const body = render(file.body, context, format, (issues) => {
        throw new RenderFailedError({ modelId: model.id, fileName: file.fileName }, issues);
      });
      const previous = targets.get(file.fileName);
      if (previous && previous.body !== body) {
        throw conflict('commonFiles', 'validation:model.commonFileConflict', { fileName: file.fileName, model: previous.modelName });
      }
      if (!previous) targets.set(file.fileName, { fileName: file.fileName, body, contentType: format === 'xml' ? 'application/xml' : 'text/plain', deviceId: null, modelId: model.id, modelName: model.name });
    }
  }
  const deviceHolders = chunks([...targets.keys()]).flatMap((names) =>
    tx.select({ fileName: generatedFiles.fileName, deviceId: generatedFiles.deviceId }).from(generatedFiles)
      .where(and(eq(generatedFiles.tenantId, tenantId), isNotNull(generatedFiles.deviceId), inArray(generatedFiles.fileName, names))).all(),
  );
  if (deviceHolders.length > 0) throw fileNameTaken(tx, deviceHolders[0].fileName, deviceHolders[0].deviceId);
  const existing = tx.select().from(generatedFiles).where(and(eq(generatedFiles.tenantId, tenantId), isNull(generatedFiles.deviceId))).all();
  writeTargets(tx, tenantId, existing, [...targets.values()], now);
}
