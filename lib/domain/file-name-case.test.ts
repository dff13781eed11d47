import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { regenerateEverything } from '@/lib/bootstrap';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { serveProvisioningFile } from '@/lib/provisioning/serve';
import { createBrand } from './brands';
import { createDeviceModel } from './device-models';
import { createDevice } from './devices';
import { updateFilenameRule } from './filename-rules';
import { createTemplate } from './templates';
import { refusal } from './test-support';

// File names that differ only by case cannot coexist in a tenant: a phone may ask a device file's
// MAC in either case, so the serving key is the lower-cased name (generated_files.lookup_name).

let db: Db;
let tenantId: number;
let brandId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  brandId = createBrand(db, tenantId, { name: 'Acme' }).id;
});

function model(name: string, rule: { prefix: string; macFormat: string; suffix: string }, commonFiles: Array<{ fileName: string; body: string }> = []) {
  const m = createDeviceModel(db, tenantId, { name, brandId, newFilenameRule: { name, ...rule }, commonFiles });
  const template = createTemplate(db, tenantId, { name, modelId: m.id, format: 'text', body: `model=${name}\n` });
  return { modelId: m.id, templateId: template.id, filenameRuleId: m.filenameRuleId };
}

const rowCount = (table: string) => (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('names that differ only by case', () => {
  it('two devices: refused with the file-name-taken error naming the holder, nothing written', () => {
    // 001565aabbcc + 'ddee.cfg' and '0015' + 65AABBCCDDEE + '.cfg' differ only in the case of the hex digits.
    const a = model('A', { prefix: '', macFormat: 'lower', suffix: 'ddee.cfg' });
    const b = model('B', { prefix: '0015', macFormat: 'upper', suffix: '.cfg' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: a.modelId, templateId: a.templateId, label: 'First' });
    const before = filesOf(db, tenantId);
    const error = refusal(() => createDevice(db, tenantId, { mac: '65aabbccddee', modelId: b.modelId, templateId: b.templateId }));
    expect(error).toMatchObject({ status: 409, code: 'validation:device.fileNameTaken', field: 'mac' });
    expect(error.params).toMatchObject({ fileName: '001565aabbccddee.cfg', holder: '001565aabbcc (First)' });
    expect(filesOf(db, tenantId)).toEqual(before);
    expect(rowCount('devices')).toBe(1);
  });

  it('a device file and a common file: refused as the common file', () => {
    const common = model('C', { prefix: 'x', macFormat: 'lower', suffix: '.cfg' }, [{ fileName: 'ACME-001565AABBCC.cfg', body: 'common\n' }]);
    createDevice(db, tenantId, { mac: '001565000001', modelId: common.modelId, templateId: common.templateId });
    const d = model('D', { prefix: 'acme-', macFormat: 'lower', suffix: '.cfg' });
    const error = refusal(() => createDevice(db, tenantId, { mac: '001565aabbcc', modelId: d.modelId, templateId: d.templateId }));
    expect(error).toMatchObject({ status: 409, code: 'validation:device.fileNameIsCommon', params: { fileName: 'ACME-001565AABBCC.cfg' } });
  });

  it('two models whose common files differ only by case: refused as a common-file conflict', () => {
    const e = model('E', { prefix: 'e', macFormat: 'lower', suffix: '.cfg' }, [{ fileName: 'shared.cfg', body: 'same\n' }]);
    createDevice(db, tenantId, { mac: '001565000002', modelId: e.modelId, templateId: e.templateId });
    const f = model('F', { prefix: 'f', macFormat: 'lower', suffix: '.cfg' }, [{ fileName: 'Shared.cfg', body: 'same\n' }]);
    const error = refusal(() => createDevice(db, tenantId, { mac: '001565000003', modelId: f.modelId, templateId: f.templateId }));
    expect(error).toMatchObject({ status: 409, code: 'validation:model.commonFileConflict', params: { fileName: 'Shared.cfg', model: 'E' } });
    expect(Object.keys(filesOf(db, tenantId)).sort()).toEqual(['e001565000002.cfg', 'shared.cfg']);
  });

  it('the database refuses them too (unique index on tenant and lookup name)', () => {
    const g = model('G', { prefix: 'g-', macFormat: 'upper', suffix: '.cfg' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: g.modelId, templateId: g.templateId });
    const insert = db.$client.prepare(
      "INSERT INTO generated_files (tenant_id, file_name, body, sha256, size, content_type, generated_at) VALUES (?, ?, '', '', 0, 'text/plain', 0)",
    );
    expect(() => insert.run(tenantId, 'g-001565aabbcc.cfg')).toThrow(/UNIQUE constraint failed: generated_files\.tenant_id, generated_files\.lookup_name/);
    expect(db.$client.prepare('SELECT lookup_name AS k FROM generated_files WHERE file_name = ?').get('g-001565AABBCC.cfg')).toEqual({
      k: 'g-001565aabbcc.cfg',
    });
  });

  it("a device's own file may change case (rule lower → upper): renamed, never a clash with itself", () => {
    const h = model('H', { prefix: 'h-', macFormat: 'colon-lower', suffix: '.cfg' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: h.modelId, templateId: h.templateId });
    expect(Object.keys(filesOf(db, tenantId))).toEqual(['h-00:15:65:aa:bb:cc.cfg']);
    updateFilenameRule(db, tenantId, h.filenameRuleId, { macFormat: 'colon-upper' });
    expect(Object.keys(filesOf(db, tenantId))).toEqual(['h-00:15:65:AA:BB:CC.cfg']);
  });
});

describe('the MAC span of a file', () => {
  it('is recorded for device files, null for common files', () => {
    const k = model('K', { prefix: 'SEP', macFormat: 'dotted', suffix: '.cnf.xml' }, [{ fileName: 'SEPDefault.cnf', body: 'x\n' }]);
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: k.modelId, templateId: k.templateId });
    const files = filesOf(db, tenantId);
    expect(files['SEP0015.65aa.bbcc.cnf.xml']).toMatchObject({ macStart: 3, macEnd: 17 });
    expect(files['SEPDefault.cnf']).toMatchObject({ macStart: null, macEnd: null });
  });

  it('missing on rows written before it existed: exact names only, until the regeneration every start runs fills it', () => {
    const m = model('M', { prefix: 'm-', macFormat: 'upper', suffix: '.cfg' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: m.modelId, templateId: m.templateId });
    db.$client.prepare('UPDATE generated_files SET mac_start = NULL, mac_end = NULL').run();
    const before = filesOf(db, tenantId)['m-001565AABBCC.cfg'];
    const serve = (path: string) => serveProvisioningFile(db, { path, channel: 'http', clientIp: '192.0.2.1', userAgent: null }).status;
    expect([serve('m-001565AABBCC.cfg'), serve('m-001565aabbcc.cfg')]).toEqual([200, 404]);
    regenerateEverything(db);
    const after = filesOf(db, tenantId)['m-001565AABBCC.cfg'];
    expect(after).toEqual({ ...before, macStart: 2, macEnd: 14 });
    expect([serve('m-001565AABBCC.cfg'), serve('m-001565aabbcc.cfg')]).toEqual([200, 200]);
  });
});
