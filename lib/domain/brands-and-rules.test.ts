import { and, eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import type { Db } from '@/db/client';
import { listBrandsAndRules } from '@/db/queries/brands-and-rules';
import { brandByName, filenameRuleByName, getFilenameRule } from '@/db/queries/device-models';
import { fileNameChangesOf } from '@/db/queries/file-name-changes';
import { getTenant, listTenantRows } from '@/db/queries/tenants';
import { auditLog } from '@/db/schema';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { createBrand, deleteBrand, updateBrand } from './brands';
import { updateDeviceModel } from './device-models';
import { createDevice, updateDevice } from './devices';
import { createFilenameRule, deleteFilenameRule, updateFilenameRule, updateFilenameRuleCounted } from './filename-rules';
import { createTenant, deleteTenantConfirmed } from './tenants';
import { refusal, textPhone } from './test-support';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

/** Names of the device files of the tenant (common files left out), sorted. */
const deviceFileNames = () =>
  Object.entries(filesOf(db, tenantId))
    .filter(([, file]) => file.deviceId !== null)
    .map(([name]) => name)
    .sort();

/** A model "Acme 1" with its own rule "Acme" (prefix `acme-`, MAC upper, `.cfg`) and one device per MAC. */
function acmeFleet(macs: string[]) {
  const { model, template, account } = textPhone(db, tenantId, {
    name: 'Acme',
    prefix: 'acme-',
    macFormat: 'upper',
    suffix: '.cfg',
    body: 'x\n',
    extension: '201',
  });
  const devices = macs.map((mac) => createDevice(db, tenantId, { mac, modelId: model.id, templateId: template.id, lines: [account.id] }));
  return { model, template, account, devices, rule: getFilenameRule(db, tenantId, model.filenameRuleId)! };
}

const auditActions = (entity: string, entityId: number) =>
  db
    .select({ action: auditLog.action })
    .from(auditLog)
    .where(and(eq(auditLog.entity, entity), eq(auditLog.entityId, entityId)))
    .all()
    .map((row) => row.action);

describe('brands', () => {
  it('lists what uses each brand: its models, and through them devices and files', () => {
    const { model } = acmeFleet(['001565000001', '001565000002']);
    const { brands, rules } = listBrandsAndRules(db, tenantId);
    const acme = brands.find((b) => b.name === 'Acme')!;
    expect(acme).toMatchObject({ isBuiltIn: false, models: [{ id: model.id, name: 'Acme 1' }], deviceCount: 2, fileCount: 2 });
    expect(rules.find((r) => r.name === 'Acme')).toMatchObject({ exampleFileName: 'acme-001565AABBCC.cfg', deviceCount: 2, fileCount: 2 });
    const unused = createBrand(db, tenantId, { name: 'Unused' });
    expect(listBrandsAndRules(db, tenantId).brands.find((b) => b.id === unused.id)).toMatchObject({ models: [], deviceCount: 0, fileCount: 0 });
  });

  it('renames a custom brand with an audit entry; a taken name is refused under the field', () => {
    acmeFleet(['001565000001']);
    const acme = brandByName(db, tenantId, 'Acme')!;
    createBrand(db, tenantId, { name: 'Other' });
    const clash = refusal(() => updateBrand(db, tenantId, acme.id, { name: 'Other' }));
    expect([clash.status, clash.code, clash.field]).toEqual([409, 'validation:nameTaken', 'name']);
    updateBrand(db, tenantId, acme.id, { name: 'Acme Corp' });
    expect(brandByName(db, tenantId, 'Acme Corp')?.id).toBe(acme.id);
    expect(auditActions('brand', acme.id)).toEqual(['create', 'update']);
  });

  it('refuses to rename or delete a built-in brand (upgrades match the catalogue by name)', () => {
    const snom = listBrandsAndRules(db, tenantId).brands.find((b) => b.isBuiltIn)!;
    expect(refusal(() => updateBrand(db, tenantId, snom.id, { name: 'Mine' })).code).toBe('validation:builtInReadOnly');
    expect(refusal(() => deleteBrand(db, tenantId, snom.id)).code).toBe('validation:builtInReadOnly');
  });

  it('refuses to delete a brand while a model uses it, and deletes it once unused', () => {
    acmeFleet(['001565000001']);
    const acme = brandByName(db, tenantId, 'Acme')!;
    const inUse = refusal(() => deleteBrand(db, tenantId, acme.id));
    expect([inUse.status, inUse.code, inUse.params.models]).toEqual([409, 'validation:brand.inUse', 'Acme 1']);
    expect(brandByName(db, tenantId, 'Acme')).toBeDefined();
    const unused = createBrand(db, tenantId, { name: 'Unused' });
    deleteBrand(db, tenantId, unused.id);
    expect(brandByName(db, tenantId, 'Unused')).toBeUndefined();
    expect(auditActions('brand', unused.id)).toEqual(['create', 'delete']);
  });
});

describe('file-name rules', () => {
  it('refuses to delete a rule while a model uses it', () => {
    const { rule } = acmeFleet([]);
    expect(refusal(() => deleteFilenameRule(db, tenantId, rule.id)).code).toBe('validation:rule.inUse');
    const spare = createFilenameRule(db, tenantId, { name: 'Spare', macFormat: 'lower' });
    deleteFilenameRule(db, tenantId, spare.id);
    expect(filenameRuleByName(db, tenantId, 'Spare')).toBeUndefined();
  });

  it('an edit renames the files of every device using the rule, in the same write, and the preview is what it produces', () => {
    const { rule, devices } = acmeFleet(['001565000002', '001565000001', '001565000003']);
    // A disabled device has no file: nothing of it is renamed.
    updateDevice(db, tenantId, devices[2].id, { isEnabled: false });
    expect(deviceFileNames()).toEqual(['acme-001565000001.cfg', 'acme-001565000002.cfg']);
    const edit = { prefix: 'snom-', macFormat: 'lower', suffix: '.htm' } as const;
    const preview = fileNameChangesOf(db, tenantId, { ruleId: rule.id }, edit)!;
    expect(preview).toMatchObject({ deviceCount: 2, count: 2, collisionCount: 0, collisions: [] });
    expect(preview.examples.map(({ from, to }) => [from, to])).toEqual([
      ['acme-001565000001.cfg', 'snom-001565000001.htm'],
      ['acme-001565000002.cfg', 'snom-001565000002.htm'],
    ]);
    const { renamed } = updateFilenameRuleCounted(db, tenantId, rule.id, edit);
    expect(renamed).toBe(2);
    expect(deviceFileNames()).toEqual(preview.examples.map((c) => c.to));
    expect(auditActions('filename-rule', rule.id)).toEqual(['create', 'update']);
  });

  it('a new name held by a common file or another device file is flagged by the preview and refused, and nothing changes', () => {
    const { rule, model } = acmeFleet(['001565aabbcc']);
    // Another model: its device ff001565aabb has the file `abcff001565aabbcc.cfg`, its common file is `p-001565AABBCC.cfg`.
    const other = textPhone(db, tenantId, { name: 'Other', prefix: 'abc', macFormat: 'lower', suffix: 'cc.cfg', body: 'y\n', extension: '202' });
    updateDeviceModel(db, tenantId, other.model.id, { commonFiles: [{ fileName: 'p-001565AABBCC.cfg', body: 'common\n' }] });
    const holder = createDevice(db, tenantId, { mac: 'ff001565aabb', modelId: other.model.id, templateId: other.template.id, lines: [other.account.id] });
    const before = filesOf(db, tenantId);
    expect(Object.keys(before).sort()).toEqual(['abcff001565aabbcc.cfg', 'acme-001565AABBCC.cfg', 'p-001565AABBCC.cfg']);

    const onCommon = { prefix: 'p-', macFormat: 'upper', suffix: '.cfg' } as const;
    expect(fileNameChangesOf(db, tenantId, { ruleId: rule.id }, onCommon)).toMatchObject({
      count: 1,
      collisionCount: 1,
      collisions: [{ fileName: 'p-001565AABBCC.cfg', holder: null }],
    });
    const common = refusal(() => updateFilenameRule(db, tenantId, rule.id, onCommon));
    expect([common.status, common.code, common.field]).toEqual([409, 'validation:fileName.collidesWithCommonFile', 'prefix']);

    // Names differ only by case: still the same file for a phone.
    const onDevice = { prefix: 'ABCFF', macFormat: 'lower', suffix: '.cfg' } as const;
    expect(fileNameChangesOf(db, tenantId, { ruleId: rule.id }, onDevice)!.collisions).toEqual([
      { fileName: 'abcff001565aabbcc.cfg', holder: { id: holder.id, mac: 'ff001565aabb', label: '' } },
    ]);
    const device = refusal(() => updateFilenameRule(db, tenantId, rule.id, onDevice));
    expect([device.code, device.field, device.params.holder]).toEqual(['validation:fileName.collidesWithDevice', 'prefix', 'FF:00:15:65:AA:BB']);

    // Giving the model another rule that clashes is refused under the rule's select, before anything is written.
    const clashing = createFilenameRule(db, tenantId, { name: 'Clashing', ...onDevice });
    expect(fileNameChangesOf(db, tenantId, { modelId: model.id }, onDevice)!.collisionCount).toBe(1);
    const viaModel = refusal(() => updateDeviceModel(db, tenantId, model.id, { filenameRuleId: clashing.id }));
    expect([viaModel.code, viaModel.field]).toEqual(['validation:fileName.collidesWithDevice', 'filenameRuleId']);
    const inline = refusal(() => updateDeviceModel(db, tenantId, model.id, { newFilenameRule: { name: 'Inline', ...onCommon } }));
    expect([inline.code, inline.field]).toEqual(['validation:fileName.collidesWithCommonFile', 'newFilenameRule.prefix']);
    expect(filenameRuleByName(db, tenantId, 'Inline')).toBeUndefined();

    expect(getFilenameRule(db, tenantId, rule.id)).toMatchObject({ prefix: 'acme-', macFormat: 'upper', suffix: '.cfg' });
    expect(filesOf(db, tenantId)).toEqual(before);
  });

  it("changing a model's rule: the preview lists old → new names, and saving produces them", () => {
    const { model } = acmeFleet(['001565000001', '001565000002']);
    const target = createFilenameRule(db, tenantId, { name: 'Target', prefix: 'cfg', macFormat: 'colon-upper', suffix: '.xml' });
    const preview = fileNameChangesOf(db, tenantId, { modelId: model.id }, target)!;
    expect(preview.examples.map((c) => `${c.from} → ${c.to}`)).toEqual([
      'acme-001565000001.cfg → cfg00:15:65:00:00:01.xml',
      'acme-001565000002.cfg → cfg00:15:65:00:00:02.xml',
    ]);
    updateDeviceModel(db, tenantId, model.id, { filenameRuleId: target.id });
    expect(deviceFileNames()).toEqual(preview.examples.map((c) => c.to));
    // The same rule again renames nothing.
    expect(fileNameChangesOf(db, tenantId, { modelId: model.id }, target)).toMatchObject({ deviceCount: 2, count: 0, examples: [] });
    // Another tenant's model is not found.
    expect(fileNameChangesOf(db, tenantId, { modelId: 999_999 }, target)).toBeUndefined();
  });

  it('the preview lists the first examples and counts them all', () => {
    const macs = Array.from({ length: 12 }, (_, i) => `0015650000${String(i + 10)}`);
    const { rule } = acmeFleet(macs);
    const preview = fileNameChangesOf(db, tenantId, { ruleId: rule.id }, { prefix: '', macFormat: 'lower', suffix: '.cfg' })!;
    expect([preview.count, preview.examples.length, preview.examples[0].to]).toEqual([12, 10, '001565000010.cfg']);
  });
});

describe('tenant deletion', () => {
  it('refuses a wrong typed name under the field and deletes nothing; the exact name deletes the tenant', () => {
    const other = createTenant(db, { name: 'Branch office' });
    expect(listTenantRows(db).find((row) => row.id === other.id)).toMatchObject({ deviceCount: 0, fileCount: 0, accountCount: 0 });
    for (const confirmName of ['branch office', 'Branch', `Branch office ${tenantId}`]) {
      const refused = refusal(() => deleteTenantConfirmed(db, other.id, { confirmName }));
      expect([refused.status, refused.code, refused.field]).toEqual([422, 'validation:tenant.confirmNameMismatch', 'confirmName']);
    }
    expect(() => deleteTenantConfirmed(db, other.id, { confirmName: '  ' })).toThrow(ZodError);
    expect(() => deleteTenantConfirmed(db, other.id, {})).toThrow(ZodError);
    expect(getTenant(db, other.id)).toBeDefined();
    deleteTenantConfirmed(db, other.id, { confirmName: ' Branch office ' });
    expect(getTenant(db, other.id)).toBeUndefined();
  });
});
