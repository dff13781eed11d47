import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { getDevice } from '@/db/queries/devices';
import { listTemplates } from '@/db/queries/templates';
import { auditLog, devices, generatedFiles } from '@/db/schema';
import { translator } from '@/lib/i18n/translate';
import { freshDatabase } from '@/lib/test-db';
import { applyBulkAction, type BulkPreview, previewBulkAction } from './device-bulk';
import { createDevice } from './devices';
import { updatePbxSettings } from './pbx';
import { createTemplate } from './templates';
import { createTenant } from './tenants';
import { refusal } from './test-support';

// Issue 11, bulk actions on a real SQLite file: picked ids or a list filter, every action, one transaction, the
// preview's counts against what the apply then does, tenant isolation and the audit trail.

let db: Db;
let tenantId: number;
let t4x: { id: number; templateId: number };
let t5x: { id: number; templateId: number };
/** Four devices: three on floor 1 (one disabled), one in the lobby. */
let ids: { a: number; b: number; c: number; lobby: number };

const modelOf = (tenant: number, name: string) => {
  const model = listDeviceModels(db, tenant).find((m) => m.name === name)!;
  return { id: model.id, templateId: listTemplates(db, tenant, model.id)[0].id };
};
const device = (mac: string, label: string, extra: Record<string, unknown> = {}) =>
  createDevice(db, tenantId, { mac, label, modelId: t4x.id, templateId: t4x.templateId, adminPassword: 'Initial-pw-1', ...extra }).id;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  t4x = modelOf(tenantId, 'Yealink T4x');
  t5x = modelOf(tenantId, 'Yealink T5x');
  ids = {
    a: device('001565b00001', 'Floor 1 desk A'),
    b: device('001565b00002', 'Floor 1 desk B', { vlanId: 20 }),
    c: device('001565b00003', 'Floor 1 desk C', { isEnabled: false }),
    lobby: device('001565b00004', 'Lobby'),
  };
});

/** Every file of the tenant: owner → sha256 and name (what the counts are checked against, independently of the domain). */
const files = (tenant = tenantId) =>
  new Map(
    db
      .select()
      .from(generatedFiles)
      .where(eq(generatedFiles.tenantId, tenant))
      .all()
      .map((f) => [f.deviceId === null ? `common:${f.fileName}` : `device:${f.deviceId}`, `${f.fileName}/${f.sha256}`]),
  );
/** What changed between two snapshots, counted the way the confirmation counts. */
function diff(before: Map<string, string>, after: Map<string, string>) {
  let created = 0;
  let changed = 0;
  let removed = 0;
  for (const [key, value] of before) {
    if (!after.has(key)) removed++;
    else if (after.get(key) !== value) changed++;
  }
  for (const key of after.keys()) if (!before.has(key)) created++;
  return { created, changed, removed };
}
const deviceRows = () => db.select().from(devices).orderBy(devices.id).all();
const audits = () => db.select().from(auditLog).where(eq(auditLog.entity, 'device')).all();
const floor1 = { kind: 'filter', filter: { q: 'Floor 1' } } as const;

/** Previews, checks the preview wrote nothing, applies, and checks the files changed exactly as the preview said. */
function previewThenApply(target: unknown, action: unknown): BulkPreview {
  const before = { files: files(), devices: deviceRows(), audits: audits().length };
  const preview = previewBulkAction(db, tenantId, { target, action });
  expect(preview.refusal).toBeNull();
  expect({ files: files(), devices: deviceRows(), audits: audits().length }).toEqual(before);
  const applied = applyBulkAction(db, tenantId, { target, action });
  const { refusal: _none, ...counts } = preview;
  expect(applied).toEqual(counts);
  expect(diff(before.files, files())).toEqual(applied.files);
  return preview;
}

describe('targets', () => {
  it('picked ids: only those devices change', () => {
    const preview = previewThenApply({ kind: 'ids', ids: [ids.a, ids.lobby] }, { type: 'disable' });
    expect(preview).toMatchObject({ targeted: 2, affected: 2, files: { created: 0, changed: 0, removed: 2 } });
    expect(deviceRows().map((d) => [d.id, d.isEnabled])).toEqual([
      [ids.a, false],
      [ids.b, true],
      [ids.c, false],
      [ids.lobby, false],
    ]);
  });

  it('a list filter: every device it selects, across all pages, whatever the page asked', () => {
    const preview = previewThenApply({ kind: 'filter', filter: { q: 'Floor 1', page: 2, pageSize: 1 } }, { type: 'vlan', vlanId: '30', vlanPriority: '' });
    // Three match; all three change (desk B had VLAN 20, desk C is disabled and has no file to change).
    expect(preview).toMatchObject({ targeted: 3, affected: 3, files: { created: 0, changed: 2, removed: 0 } });
    expect(deviceRows().map((d) => d.vlanId)).toEqual([30, 30, 30, null]);
    expect(db.select().from(generatedFiles).where(eq(generatedFiles.deviceId, ids.a)).get()!.body).toContain('30');
  });

  it('the filters of the device list: enabled, model', () => {
    const preview = previewThenApply({ kind: 'filter', filter: { enabled: '0', modelId: String(t4x.id) } }, { type: 'enable' });
    expect(preview).toMatchObject({ targeted: 1, affected: 1, files: { created: 1, changed: 0, removed: 0 } });
    expect(getDevice(db, tenantId, ids.c)!.isEnabled).toBe(true);
  });

  it('nothing targeted is a refusal, in the preview and the apply', () => {
    const target = { kind: 'filter', filter: { q: 'no such device' } };
    expect(previewBulkAction(db, tenantId, { target, action: { type: 'delete' } })).toMatchObject({
      targeted: 0,
      refusal: { code: 'validation:bulk.noDevices' },
    });
    expect(refusal(() => applyBulkAction(db, tenantId, { target, action: { type: 'delete' } }))).toMatchObject({ code: 'validation:bulk.noDevices' });
  });

  it('stays inside the tenant: ids of another tenant are ignored, a filter never reaches it', () => {
    const other = createTenant(db, { name: 'Branch' });
    const theirs = modelOf(other.id, 'Yealink T4x');
    const foreign = createDevice(db, other.id, { mac: '001565b00009', label: 'Floor 1 branch', modelId: theirs.id, templateId: theirs.templateId }).id;
    const theirFiles = files(other.id);
    expect(refusal(() => applyBulkAction(db, tenantId, { target: { kind: 'ids', ids: [foreign] }, action: { type: 'delete' } }))).toMatchObject({
      code: 'validation:bulk.noDevices',
    });
    expect(previewThenApply(floor1, { type: 'disable' })).toMatchObject({ targeted: 3, affected: 2 });
    expect(applyBulkAction(db, tenantId, { target: { kind: 'ids', ids: [ids.lobby, foreign] }, action: { type: 'delete' } })).toMatchObject({ targeted: 1 });
    expect(getDevice(db, other.id, foreign)).toMatchObject({ isEnabled: true, label: 'Floor 1 branch' });
    expect(files(other.id)).toEqual(theirFiles);
  });

  it('refuses malformed targets and actions with the field errors of the shared schema', () => {
    expect(() => previewBulkAction(db, tenantId, { target: { kind: 'ids', ids: [] }, action: { type: 'enable' } })).toThrow('validation:bulk.noDevices');
    expect(() => previewBulkAction(db, tenantId, { target: floor1, action: { type: 'vlan', vlanId: '5000' } })).toThrow('validation:vlan.invalid');
    expect(() => previewBulkAction(db, tenantId, { target: floor1, action: { type: 'explode' } })).toThrow('validation:bulk.actionInvalid');
    expect(() => previewBulkAction(db, tenantId, { target: floor1, action: { type: 'adminPassword', policy: 'set', password: '' } })).toThrow(
      'validation:bulk.passwordRequired',
    );
  });
});

describe('actions', () => {
  it('enable and disable change only the devices that need it', () => {
    expect(previewThenApply(floor1, { type: 'enable' })).toMatchObject({ targeted: 3, affected: 1, files: { created: 1, changed: 0, removed: 0 } });
    expect(previewThenApply(floor1, { type: 'enable' })).toMatchObject({ targeted: 3, affected: 0, files: { created: 0, changed: 0, removed: 0 } });
    expect(previewThenApply(floor1, { type: 'disable' })).toMatchObject({ targeted: 3, affected: 3, files: { created: 0, changed: 0, removed: 3 } });
  });

  it('changes model and template in one regeneration: the files follow the new template', () => {
    const preview = previewThenApply(floor1, { type: 'model', modelId: String(t5x.id), templateId: String(t5x.templateId) });
    expect(preview).toMatchObject({ targeted: 3, affected: 3 });
    expect(preview.files.changed + preview.files.created + preview.files.removed).toBeGreaterThan(0);
    expect(deviceRows().map((d) => [d.modelId, d.templateId])).toEqual([
      [t5x.id, t5x.templateId],
      [t5x.id, t5x.templateId],
      [t5x.id, t5x.templateId],
      [t4x.id, t4x.templateId],
    ]);
  });

  it('refuses a template of another model next to its field, and writes nothing', () => {
    const before = { files: files(), devices: deviceRows(), audits: audits().length };
    const action = { type: 'model', modelId: t5x.id, templateId: t4x.templateId };
    const preview = previewBulkAction(db, tenantId, { target: floor1, action });
    expect(preview).toMatchObject({ targeted: 3, affected: 0, refusal: { code: 'validation:device.templateOfOtherModel', field: 'templateId' } });
    expect(translator('it')(preview.refusal!.code, preview.refusal!.params)).toMatch(/appartiene a un altro modello/);
    expect(refusal(() => applyBulkAction(db, tenantId, { target: floor1, action }))).toMatchObject({ field: 'templateId' });
    expect({ files: files(), devices: deviceRows(), audits: audits().length }).toEqual(before);
  });

  it('a template that cannot render for one device refuses the whole change: nothing is written', () => {
    // The label becomes an XML tag name: "Floor 1 desk A" makes the file not well-formed.
    const snom = modelOf(tenantId, 'Snom D785');
    const broken = createTemplate(db, tenantId, { name: 'Label as tag', modelId: snom.id, format: 'xml', body: '<settings><x%%DEVICE_LABEL%%/></settings>' });
    const before = { files: files(), devices: deviceRows(), audits: audits().length };
    const action = { type: 'model', modelId: snom.id, templateId: broken.id };
    const preview = previewBulkAction(db, tenantId, { target: floor1, action });
    expect(preview.refusal).toMatchObject({ code: 'validation:template.renderFailed', params: { template: 'Label as tag' } });
    expect(refusal(() => applyBulkAction(db, tenantId, { target: floor1, action }))).toMatchObject({ code: 'validation:template.renderFailed' });
    expect({ files: files(), devices: deviceRows(), audits: audits().length }).toEqual(before);
  });

  it('language and time zone: a value, or empty for the PBX default', () => {
    expect(previewThenApply(floor1, { type: 'language', language: 'de' })).toMatchObject({ affected: 3, files: { changed: 2 } });
    expect(previewThenApply(floor1, { type: 'timeZone', timeZone: 'America/New_York' })).toMatchObject({ affected: 3, files: { changed: 2 } });
    expect(deviceRows().map((d) => [d.language, d.timeZone])).toEqual([
      ['de', 'America/New_York'],
      ['de', 'America/New_York'],
      ['de', 'America/New_York'],
      [null, null],
    ]);
    expect(previewThenApply(floor1, { type: 'timeZone', timeZone: '' })).toMatchObject({ affected: 3 });
    expect(() => previewBulkAction(db, tenantId, { target: floor1, action: { type: 'timeZone', timeZone: 'Mars/Olympus' } })).toThrow(
      'validation:timeZone.invalid',
    );
  });

  it('admin password: the same for all, the tenant default, or a new random one each; the log says "changed" only', () => {
    previewThenApply(floor1, { type: 'adminPassword', policy: 'set', password: 'Floor-1-secret' });
    expect([ids.a, ids.b, ids.c].map((id) => getDevice(db, tenantId, id)!.adminPassword)).toEqual(Array(3).fill('Floor-1-secret'));
    expect(getDevice(db, tenantId, ids.lobby)!.adminPassword).toBe('Initial-pw-1');
    expect(JSON.stringify(audits())).not.toContain('Floor-1-secret');
    expect(audits().filter((a) => a.action === 'update' && a.entityId === ids.a)[0].changes).toEqual([{ field: 'adminPassword', changed: true }]);

    const noDefault = previewBulkAction(db, tenantId, { target: floor1, action: { type: 'adminPassword', policy: 'tenant-default' } });
    expect(noDefault.refusal).toMatchObject({ code: 'validation:bulk.noTenantDefaultPassword', field: 'policy' });
    updatePbxSettings(db, tenantId, { defaultAdminPassword: 'Tenant-default-1' });
    previewThenApply(floor1, { type: 'adminPassword', policy: 'tenant-default' });
    expect(getDevice(db, tenantId, ids.b)!.adminPassword).toBe('Tenant-default-1');

    previewThenApply(floor1, { type: 'adminPassword', policy: 'random' });
    const passwords = [ids.a, ids.b, ids.c].map((id) => getDevice(db, tenantId, id)!.adminPassword);
    expect(new Set(passwords).size).toBe(3);
    for (const password of passwords) expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
  });

  it('deletes the devices and their files; the log keeps what they were', () => {
    const preview = previewThenApply(floor1, { type: 'delete' });
    expect(preview).toMatchObject({ targeted: 3, affected: 3, files: { created: 0, changed: 0, removed: 2 } });
    expect(deviceRows().map((d) => d.id)).toEqual([ids.lobby]);
    const deleted = audits().filter((a) => a.action === 'delete');
    expect(deleted.map((a) => a.entityLabel).sort()).toEqual(['Floor 1 desk A', 'Floor 1 desk B', 'Floor 1 desk C']);
    expect(JSON.stringify(deleted)).not.toContain('Initial-pw-1');
  });
});

describe('audit', () => {
  it('records one entry per changed device with the changed fields, by the same transaction', () => {
    const before = audits().length;
    applyBulkAction(db, tenantId, { target: floor1, action: { type: 'vlan', vlanId: 20, vlanPriority: 5 } });
    const entries = db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'device'), eq(auditLog.action, 'update')))
      .all();
    expect(audits().length - before).toBe(3);
    const ofB = entries.find((e) => e.entityId === ids.b)!;
    expect(ofB.entityLabel).toBe('Floor 1 desk B');
    expect(ofB.changes).toEqual([{ field: 'vlanPriority', from: null, to: 5 }]);
    expect(entries.find((e) => e.entityId === ids.a)!.changes).toEqual([
      { field: 'vlanId', from: null, to: 20 },
      { field: 'vlanPriority', from: null, to: 5 },
    ]);
  });
});
