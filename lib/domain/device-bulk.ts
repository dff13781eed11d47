import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { brandNamesByModel, type BulkTargetDevice, bulkTargetDevices, type FileSnapshot, fileSnapshot } from '@/db/queries/device-bulk';
import { getDeviceModel } from '@/db/queries/device-models';
import { chunks } from '@/db/queries/generation';
import { getPbxSettings } from '@/db/queries/pbx';
import { liveServers } from '@/db/queries/redirection-jobs';
import { getTemplate } from '@/db/queries/templates';
import { devices } from '@/db/schema';
import { type AuditEntry, recordAudits } from '@/lib/audit/record';
import { generateSecret } from '@/lib/auth/secrets';
import { DomainError, found } from '@/lib/errors';
import { formatMac } from '@/lib/mac';
import { regenerate } from '@/lib/provisioning/regenerate';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { sealSecret } from '@/lib/secrets';
import { type BulkAction, bulkRequestSchema } from '@/lib/validation/device-bulk';
import { queueDeviceChange } from './redirection';

/**
 * Bulk actions on devices: picked rows or every device a list filter selects, changed (or deleted) in ONE transaction
 * with ONE regeneration pass and an audit entry per device. The preview runs exactly the same write and rolls it
 * back, so the confirmation's counts are those the apply then produces; a refusal (a template of another model, a
 * file name clash, a template that cannot render…) leaves nothing written.
 */

export type FileCounts = { created: number; changed: number; removed: number };
export type BulkOutcome = {
  /** Devices the target selects. */
  targeted: number;
  /** Devices the action changes (the others already had the value). */
  affected: number;
  files: FileCounts;
};
export type BulkRefusal = { status: DomainError['status']; code: string; field: string | null; params: Record<string, string | number> };
export type BulkPreview = BulkOutcome & { refusal: BulkRefusal | null };

type Patch = Partial<
  Pick<typeof devices.$inferInsert, 'isEnabled' | 'modelId' | 'templateId' | 'vlanId' | 'vlanPriority' | 'language' | 'timeZone' | 'adminPassword'>
>;

/** Bytes of a generated admin password (16 base64url characters), as for a new device. */
const ADMIN_PASSWORD_BYTES = 12;

const auditLabel = (device: { label: string; mac: string }) => device.label || formatMac(device.mac, 'colon-upper');
/** '' and null both mean "the PBX's" (language, time zone): switching one for the other changes nothing. */
const same = (a: unknown, b: unknown) => (a ?? '') === (b ?? '');

/** The change one device gets (null: it already has it); checks the action's references once, before any write. */
function patcher(tx: Tx, tenantId: number, action: BulkAction): (device: BulkTargetDevice) => Patch | null {
  const changed = (device: BulkTargetDevice, patch: Patch) =>
    Object.entries(patch).some(([field, value]) => !same(device[field as keyof BulkTargetDevice], value)) ? patch : null;
  switch (action.type) {
    case 'enable':
    case 'disable':
      return (device) => changed(device, { isEnabled: action.type === 'enable' });
    case 'model': {
      found(getDeviceModel(tx, tenantId, action.modelId), 'model');
      const template = getTemplate(tx, tenantId, action.templateId);
      if (!template) throw new DomainError(400, 'validation:device.templateUnknown', 'templateId');
      if (template.modelId !== action.modelId) throw new DomainError(400, 'validation:device.templateOfOtherModel', 'templateId', { template: template.name });
      return (device) => changed(device, { modelId: action.modelId, templateId: action.templateId });
    }
    case 'vlan':
      return (device) => changed(device, { vlanId: action.vlanId, vlanPriority: action.vlanPriority });
    case 'language':
      return (device) => changed(device, { language: action.language });
    case 'timeZone':
      return (device) => changed(device, { timeZone: action.timeZone });
    case 'adminPassword': {
      if (action.policy === 'random') return () => ({ adminPassword: generateSecret(ADMIN_PASSWORD_BYTES) });
      const password = action.policy === 'set' ? action.password : (getPbxSettings(tx, tenantId)?.defaultAdminPassword ?? '');
      if (!password) throw new DomainError(400, 'validation:bulk.noTenantDefaultPassword', 'policy');
      return (device) => changed(device, { adminPassword: password });
    }
    case 'delete':
      return () => ({});
  }
}

/** Writes the patches: one UPDATE per slice of devices sharing a patch; random passwords (one each) by one prepared statement. */
function writePatches(tx: Tx, tenantId: number, patches: ReadonlyMap<BulkTargetDevice, Patch>, now: Date, { randomPasswords = false } = {}) {
  if (randomPasswords) {
    // The placeholder bypasses the column's own encryption: the value is sealed here.
    const setPassword = tx
      .update(devices)
      .set({ adminPassword: sql`${sql.placeholder('sealed')}`, updatedAt: now })
      .where(eq(devices.id, sql.placeholder('id')))
      .prepare();
    for (const [device, patch] of patches) setPassword.run({ sealed: sealSecret(patch.adminPassword!), id: device.id });
    return;
  }
  const groups = new Map<string, { patch: Patch; ids: number[] }>();
  for (const [device, patch] of patches) {
    const key = JSON.stringify(patch);
    const group = groups.get(key) ?? { patch, ids: [] };
    group.ids.push(device.id);
    groups.set(key, group);
  }
  for (const { patch, ids } of groups.values())
    for (const slice of chunks(ids))
      tx.update(devices)
        .set({ ...patch, updatedAt: now })
        .where(and(eq(devices.tenantId, tenantId), inArray(devices.id, slice)))
        .run();
}

/** What the audit log keeps of a device's change: the changed fields only, a password as "changed". */
function auditEntry(tenantId: number, action: BulkAction, device: BulkTargetDevice, patch: Patch): AuditEntry {
  const base = { tenantId, entity: 'device' as const, entityId: device.id, label: auditLabel(device) };
  if (action.type === 'delete') {
    const { adminPassword: _secret, brandName: _brand, ...before } = device;
    return { ...base, action: 'delete', before };
  }
  if ('adminPassword' in patch) return { ...base, action: 'update', changes: [{ field: 'adminPassword', changed: true }] };
  const before = Object.fromEntries(Object.keys(patch).map((field) => [field, device[field as keyof BulkTargetDevice] ?? null]));
  return { ...base, action: 'update', before, after: { ...patch } };
}

function countFiles(before: FileSnapshot, after: FileSnapshot): FileCounts {
  const counts: FileCounts = { created: 0, changed: 0, removed: 0 };
  for (const [key, file] of before) {
    const now = after.get(key);
    if (!now) counts.removed++;
    else if (now.sha256 !== file.sha256 || now.fileName !== file.fileName) counts.changed++;
  }
  for (const key of after.keys()) if (!before.has(key)) counts.created++;
  return counts;
}

/** The write itself, inside the caller's transaction; `onTargets` learns how many devices are targeted before anything can fail. */
function runBulk(tx: Tx, tenantId: number, input: unknown, onTargets: (count: number) => void): BulkOutcome {
  const { target, action } = bulkRequestSchema.parse(input);
  const targets = bulkTargetDevices(tx, tenantId, target, { withAdminPassword: action.type === 'adminPassword' });
  onTargets(targets.length);
  if (targets.length === 0) throw new DomainError(400, 'validation:bulk.noDevices');
  const patchOf = patcher(tx, tenantId, action);
  const patches = new Map<BulkTargetDevice, Patch>();
  for (const device of targets) {
    const patch = patchOf(device);
    if (patch) patches.set(device, patch);
  }
  const ids = [...patches.keys()].map((d) => d.id);
  const outcome = { targeted: targets.length, affected: patches.size };
  if (ids.length === 0) return { ...outcome, files: { created: 0, changed: 0, removed: 0 } };

  const now = new Date();
  const before = fileSnapshot(tx, tenantId, ids);
  if (action.type === 'delete') for (const slice of chunks(ids)) tx.delete(devices).where(inArray(devices.id, slice)).run();
  else writePatches(tx, tenantId, patches, now, { randomPasswords: action.type === 'adminPassword' && action.policy === 'random' });

  if (liveServers(tx, tenantId).length > 0) {
    const brandOf = action.type === 'model' ? brandNamesByModel(tx, tenantId) : null;
    for (const [device, patch] of patches) {
      const after =
        action.type === 'delete'
          ? null
          : { mac: device.mac, isEnabled: patch.isEnabled ?? device.isEnabled, brandName: (patch.modelId && brandOf?.get(patch.modelId)) || device.brandName };
      queueDeviceChange(tx, tenantId, { mac: device.mac, isEnabled: device.isEnabled, brandName: device.brandName }, after);
    }
  }
  recordAudits(
    tx,
    [...patches].map(([device, patch]) => auditEntry(tenantId, action, device, patch)),
    now,
  );
  // Deleted devices took their files with them (cascade); the pass then only rebuilds the common files.
  regenerate(tx, tenantId, { deviceIds: action.type === 'delete' ? [] : ids }, serverFacts(), now);
  return { ...outcome, files: countFiles(before, fileSnapshot(tx, tenantId, ids)) };
}

/** Applies a bulk action (`{ target, action }`, see lib/validation/device-bulk.ts): all of it, or nothing on a refusal. */
export function applyBulkAction(db: Db, tenantId: number, input: unknown): BulkOutcome {
  return db.transaction((tx) => runBulk(tx, tenantId, input, () => {}));
}

/** Carries the preview's outcome out of the transaction it rolls back. */
class PreviewRollback extends Error {
  constructor(readonly outcome: BulkOutcome) {
    super('bulk preview rolled back');
  }
}

/**
 * What applying would do, without writing anything: how many devices are targeted and change, how many files are
 * created, changed and removed, or why the action is refused. Invalid input still throws (it is the form's error).
 */
export function previewBulkAction(db: Db, tenantId: number, input: unknown): BulkPreview {
  const request = bulkRequestSchema.parse(input);
  let targeted = 0;
  try {
    db.transaction((tx) => {
      throw new PreviewRollback(runBulk(tx, tenantId, request, (count) => (targeted = count)));
    });
  } catch (error) {
    if (error instanceof PreviewRollback) return { ...error.outcome, refusal: null };
    if (!(error instanceof DomainError)) throw error;
    return {
      targeted,
      affected: 0,
      files: { created: 0, changed: 0, removed: 0 },
      refusal: { status: error.status, code: error.code, field: error.field, params: error.params },
    };
  }
  throw new Error('unreachable: the preview transaction always rolls back');
}
