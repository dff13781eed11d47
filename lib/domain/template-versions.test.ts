import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { getTemplateVersion, listTemplateVersions, templateVersionView } from '@/db/queries/template-versions';
import { listTemplates } from '@/db/queries/templates';
import { templates, templateVersions } from '@/db/schema';
import { runAs } from '@/lib/auth/actor';
import { bootstrap } from '@/lib/bootstrap';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { createDevice, updateDevice } from './devices';
import { createTemplate, deleteTemplate, duplicateTemplate, restoreTemplateVersion, updateTemplate } from './templates';
import { refusal } from './test-support';

// Issue 11, templates over time: every save keeps a version (who, when, comment, content), two versions can be
// compared, an old one restored, and each version lists the devices whose file it changed.

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const ALICE = { kind: 'user', userId: 7, name: 'alice' } as const;
const yealink = () => listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!.id;
const versions = (templateId: number) => listTemplateVersions(db, tenantId, templateId);
const version = (templateId: number, n: number) => getTemplateVersion(db, tenantId, templateId, n)!;
const fileOf = (mac: string) => filesOf(db, tenantId)[`${mac}.cfg`]?.body;

function customTemplate(body = 'label = %%DEVICE_LABEL%%\n', comment?: string) {
  return runAs(ALICE, () => createTemplate(db, tenantId, { name: 'Floor 2', modelId: yealink(), format: 'text', body, comment }));
}
const device = (mac: string, templateId: number, more: Record<string, unknown> = {}) =>
  createDevice(db, tenantId, { mac, modelId: yealink(), templateId, lines: [], label: `Desk ${mac.slice(-2)}`, adminPassword: 'adm', ...more });

describe('template versions', () => {
  it('gives every built-in template a version 1 at the first start', () => {
    for (const template of listTemplates(db, tenantId)) {
      expect(versions(template.id)).toMatchObject([{ number: 1, origin: 'built-in', actorKind: 'system', changedDevices: 0 }]);
    }
  });

  it('keeps a version per save with who, when, the comment and the content; a save that changes nothing keeps none', () => {
    const template = customTemplate('label = %%DEVICE_LABEL%%\n', 'First cut');
    expect(template.version).toBe(1);
    runAs(ALICE, () => updateTemplate(db, tenantId, template.id, { body: 'label = %%DEVICE_LABEL%%\nx = 1\n', comment: 'Adds x' }));
    runAs({ kind: 'token', tokenId: 3, name: 'ci' }, () => updateTemplate(db, tenantId, template.id, { format: 'text', lineEndings: 'crlf' }));
    updateTemplate(db, tenantId, template.id, {});

    expect(versions(template.id)).toMatchObject([
      { number: 3, origin: 'update', actorKind: 'token', actorName: 'ci', comment: null, lineEndings: 'crlf' },
      { number: 2, origin: 'update', actorKind: 'user', actorName: 'alice', comment: 'Adds x', lineEndings: 'lf' },
      { number: 1, origin: 'create', actorKind: 'user', actorName: 'alice', comment: 'First cut' },
    ]);
    expect(version(template.id, 1).body).toBe('label = %%DEVICE_LABEL%%\n');
    expect(version(template.id, 2).body).toBe('label = %%DEVICE_LABEL%%\nx = 1\n');
    expect(version(template.id, 2).at.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it('records the devices whose file changed: not a disabled one, not one of another template, none for a rename', () => {
    const template = customTemplate();
    const other = createTemplate(db, tenantId, { name: 'Other', modelId: yealink(), format: 'text', body: 'other = 1\n' });
    const a = device('001565000001', template.id);
    const b = device('001565000002', template.id);
    const off = device('001565000003', template.id, { isEnabled: false });
    device('001565000004', other.id);

    const saved = updateTemplate(db, tenantId, template.id, { body: 'name = %%DEVICE_LABEL%%\n' });
    expect(saved.changedDevices).toBe(2);
    expect(version(template.id, 2).changedDeviceIds).toEqual([a.id, b.id].sort((x, y) => x - y));
    expect(templateVersionView(db, tenantId, template.id, 2)!.changedDevices!.map((d) => d.mac)).toEqual(['001565000001', '001565000002']);

    // A line only devices with a VLAN render: only b's file changes.
    updateDevice(db, tenantId, b.id, { vlanId: 20 });
    updateTemplate(db, tenantId, template.id, { body: 'name = %%DEVICE_LABEL%%\n%%IF VLAN_ID%%vlan = %%VLAN_ID%%\n%%END_IF%%' });
    expect(version(template.id, 3).changedDeviceIds).toEqual([b.id]);
    expect(fileOf('001565000002')).toBe('name = Desk 02\nvlan = 20\n');
    updateTemplate(db, tenantId, template.id, { name: 'Floor 2 (renamed)' });
    expect(version(template.id, 4).changedDeviceIds).toEqual([]);
    expect(version(template.id, 4).origin).toBe('update');
    expect(off.id).toBeGreaterThan(0);
  });

  it('keeps no version when the save is refused, and a duplicate starts its own history', () => {
    const template = customTemplate();
    device('001565000001', template.id);
    refusal(() => updateTemplate(db, tenantId, template.id, { body: 'x = %%NO_SUCH%%\n' }));
    expect(versions(template.id)).toHaveLength(1);

    const copy = runAs(ALICE, () => duplicateTemplate(db, tenantId, template.id, 'Floor 3'));
    expect(versions(copy.id)).toMatchObject([{ number: 1, origin: 'duplicate', actorName: 'alice' }]);
    deleteTemplate(db, tenantId, copy.id);
    expect(db.select().from(templateVersions).where(eq(templateVersions.templateId, copy.id)).all()).toEqual([]);
  });

  it('restores an old version as a new one and regenerates its devices in the same transaction', () => {
    const template = customTemplate('label = %%DEVICE_LABEL%%\n');
    const a = device('001565000001', template.id);
    updateTemplate(db, tenantId, template.id, { body: 'broken = %%DEVICE_LABEL%%\n', lineEndings: 'crlf', firmware: '86.1' });
    expect(fileOf('001565000001')).toBe('broken = Desk 01\r\n');

    const restored = runAs(ALICE, () => restoreTemplateVersion(db, tenantId, template.id, 1, 'Back to the good one'));
    expect(restored).toMatchObject({ version: 3, changedDevices: 1, body: 'label = %%DEVICE_LABEL%%\n', lineEndings: 'lf', firmware: null });
    expect(fileOf('001565000001')).toBe('label = Desk 01\n');
    expect(version(template.id, 3)).toMatchObject({ origin: 'restore', restoredFrom: 1, comment: 'Back to the good one', actorName: 'alice' });
    expect(version(template.id, 3).changedDeviceIds).toEqual([a.id]);

    expect(refusal(() => restoreTemplateVersion(db, tenantId, template.id, 9)).status).toBe(404);
    const builtIn = listTemplates(db, tenantId).find((t) => t.isBuiltIn)!;
    expect(refusal(() => restoreTemplateVersion(db, tenantId, builtIn.id, 1)).status).toBe(409);
  });
});

describe('template versions across starts', () => {
  it('a refreshed built-in gets a version listing the devices its new body changed; a template without history gets a version 1', async () => {
    const builtIn = db.select().from(templates).where(eq(templates.name, 'Yealink T4x default')).get()!;
    const phone = device('001565000009', builtIn.id);
    // What an older release shipped: the next start brings the release's body back and says which phones it changed.
    db.update(templates).set({ body: 'old = 1\n', format: 'text' }).where(eq(templates.id, builtIn.id)).run();
    updateDevice(db, tenantId, phone.id, { label: 'Old release' });
    expect(fileOf('001565000009')).toBe('old = 1\n');
    const custom = customTemplate();
    db.delete(templateVersions).where(eq(templateVersions.templateId, custom.id)).run();

    await bootstrap(db);

    expect(versions(builtIn.id)).toMatchObject([{ number: 2, origin: 'built-in', changedDevices: 1 }, { number: 1 }]);
    expect(version(builtIn.id, 2).changedDeviceIds).toEqual([phone.id]);
    expect(versions(custom.id)).toMatchObject([{ number: 1, origin: 'initial', actorKind: 'system', changedDevices: null }]);
    await bootstrap(db);
    expect(versions(builtIn.id)).toHaveLength(2);
    expect(versions(custom.id)).toHaveLength(1);
  });
});
