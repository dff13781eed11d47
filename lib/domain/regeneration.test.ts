import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { createAccount, deleteAccount, updateAccount } from './accounts';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { createBrand, updateBrand } from './brands';
import { createDeviceModel, updateDeviceModel } from './device-models';
import { createFilenameRule, updateFilenameRule } from './filename-rules';
import { createDevice, deleteDevice, updateDevice } from './devices';
import { RenderFailedError } from '@/lib/errors';
import { createNetworkInterface, updateNetworkInterface, updatePbxSettings } from './pbx';
import { createPlaceholder, deletePlaceholder, updatePlaceholder } from './placeholders';
import { createTemplate, updateTemplate } from './templates';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { refusal } from './test-support';

let db: Db;
let tenantId: number;

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const model = (name: string) => listDeviceModels(db, tenantId).find((m) => m.name === name)!;
const templateOf = (modelId: number) => listTemplates(db, tenantId).find((t) => t.modelId === modelId)!;
const yealink = () => model('Yealink T4x');
/** The files that belong to a device (common files, such as Yealink's y0000000000XX.cfg, have none). */
const deviceFileNames = (files: ReturnType<typeof filesOf>) =>
  Object.keys(files)
    .filter((name) => files[name].deviceId !== null)
    .sort();

function makeDevice(mac = '001565aabbcc', extra: Record<string, unknown> = {}) {
  const account = createAccount(db, tenantId, { extension: '201', sipUsername: `u-${mac}`, sipPassword: 'Secret-201', displayName: 'Mario Rossi' });
  const m = yealink();
  const device = createDevice(db, tenantId, { mac, modelId: m.id, templateId: templateOf(m.id).id, lines: [account.id], adminPassword: 'adm', ...extra });
  return { account, device };
}

function expectRefused(fn: () => unknown, status: number, code: string) {
  const error = refusal(fn);
  expect(error.status).toBe(status);
  expect(error.code).toBe(code);
  return error;
}

describe('regeneration on every kind of write', () => {
  it('creating a device generates its file and the model common file', () => {
    makeDevice();
    const files = filesOf(db, tenantId);
    expect(deviceFileNames(files)).toEqual(['001565aabbcc.cfg']);
    expect(Object.keys(files)).toContain('y000000000000.cfg');
    expect(files['001565aabbcc.cfg'].body).toContain('account.1.password = Secret-201');
    expect(files['001565aabbcc.cfg'].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('changing the MAC renames the file; the old name disappears', () => {
    const { device } = makeDevice();
    updateDevice(db, tenantId, device.id, { mac: '00:15:65:11:22:33' });
    expect(deviceFileNames(filesOf(db, tenantId))).toEqual(['001565112233.cfg']);
  });

  it('moving a device to another model renames it and drops the unused common file', () => {
    const { device } = makeDevice();
    const snom = model('Snom D785');
    updateDevice(db, tenantId, device.id, { modelId: snom.id, templateId: templateOf(snom.id).id });
    expect(Object.keys(filesOf(db, tenantId)).sort()).toEqual(['snomD785-001565AABBCC.htm', 'snomD785.htm']);
  });

  it('disabling a device removes its file; enabling brings it back', () => {
    const { device } = makeDevice();
    updateDevice(db, tenantId, device.id, { isEnabled: false });
    expect(filesOf(db, tenantId)).toEqual({});
    updateDevice(db, tenantId, device.id, { isEnabled: true });
    expect(Object.keys(filesOf(db, tenantId))).toContain('001565aabbcc.cfg');
  });

  it('deleting a device deletes its file', () => {
    const { device } = makeDevice();
    deleteDevice(db, tenantId, device.id);
    expect(filesOf(db, tenantId)).toEqual({});
  });

  it('editing an account regenerates the devices using it, and only those', () => {
    const { account } = makeDevice('001565aabbcc');
    makeDevice('001565000001');
    const other = filesOf(db, tenantId)['001565000001.cfg'];
    updateAccount(db, tenantId, account.id, { sipPassword: 'Changed-Pass' });
    const files = filesOf(db, tenantId);
    expect(files['001565aabbcc.cfg'].body).toContain('account.1.password = Changed-Pass');
    expect(files['001565000001.cfg']).toEqual(other);
  });

  it('lines: a second line appears in the file, in order', () => {
    const { device, account } = makeDevice();
    const second = createAccount(db, tenantId, { extension: '202', sipUsername: 'u202', sipPassword: 'pw-202' });
    updateDevice(db, tenantId, device.id, { lines: [second.id, account.id] });
    const body = filesOf(db, tenantId)['001565aabbcc.cfg'].body;
    expect(body).toContain('account.1.user_name = u202');
    expect(body).toContain('account.2.user_name = u-001565aabbcc');
  });

  it('an account in use cannot be deleted', () => {
    const { account } = makeDevice();
    expectRefused(() => deleteAccount(db, tenantId, account.id), 409, 'validation:account.inUse');
  });

  it('editing a template regenerates its devices', () => {
    const { device } = makeDevice();
    const custom = createTemplate(db, tenantId, {
      name: 'My Yealink',
      modelId: yealink().id,
      format: 'text',
      body: '#!version:1.0.0.1\naccount.1.user_name = %%ACCOUNT_SIP_USERNAME%%\n',
    });
    updateDevice(db, tenantId, device.id, { templateId: custom.id });
    updateTemplate(db, tenantId, custom.id, { body: '#!version:1.0.0.1\nlabel = %%ACCOUNT_DISPLAY_NAME%%\n' });
    expect(filesOf(db, tenantId)['001565aabbcc.cfg'].body).toBe('#!version:1.0.0.1\nlabel = Mario Rossi\n');
  });

  it('built-in templates are read-only', () => {
    expectRefused(() => updateTemplate(db, tenantId, templateOf(yealink().id).id, { body: 'x' }), 409, 'validation:builtInReadOnly');
  });

  it('changing a filename rule renames the files of every model using it', () => {
    const rule = createFilenameRule(db, tenantId, { name: 'Custom', prefix: 'p-', macFormat: 'colon-upper', suffix: '.txt' });
    const brand = createBrand(db, tenantId, { name: 'Acme' });
    const acme = createDeviceModel(db, tenantId, { name: 'Acme 1', brandId: brand.id, filenameRuleId: rule.id });
    const template = createTemplate(db, tenantId, {
      name: 'Acme t',
      modelId: acme.id,
      format: 'text',
      body: 'brand=%%DEVICE_BRAND%% user=%%ACCOUNT_SIP_USERNAME%%\n',
    });
    const account = createAccount(db, tenantId, { extension: '301', sipUsername: 'u301', sipPassword: 'pw' });
    createDevice(db, tenantId, { mac: '02aabbccddee', modelId: acme.id, templateId: template.id, lines: [account.id] });
    expect(Object.keys(filesOf(db, tenantId))).toEqual(['p-02:AA:BB:CC:DD:EE.txt']);
    updateFilenameRule(db, tenantId, rule.id, { macFormat: 'lower', prefix: '' });
    expect(Object.keys(filesOf(db, tenantId))).toEqual(['02aabbccddee.txt']);
    updateBrand(db, tenantId, brand.id, { name: 'Acme Corp' });
    expect(filesOf(db, tenantId)['02aabbccddee.txt'].body).toBe('brand=Acme Corp user=u301\n');
    updateDeviceModel(db, tenantId, acme.id, { newFilenameRule: { name: 'Inline', prefix: 'acme', macFormat: 'upper', suffix: '.cfg' } });
    expect(Object.keys(filesOf(db, tenantId))).toEqual(['acme02AABBCCDDEE.cfg']);
  });

  it('static and dynamic custom placeholders regenerate the files that use them', () => {
    const { device } = makeDevice();
    const lan = createNetworkInterface(db, tenantId, { name: 'eth0.20', vlanId: 20, ipv4Address: '10.20.0.1' });
    const staticPh = createPlaceholder(db, tenantId, { name: 'COMPANY', kind: 'static', value: 'Rossi & Figli' });
    createPlaceholder(db, tenantId, { name: '%%_VOICE_IP%%', kind: 'dynamic', interfaceId: lan.id });
    const template = createTemplate(db, tenantId, { name: 'T', modelId: yealink().id, format: 'text', body: 'c=%%_COMPANY%% ip=%%_VOICE_IP%%\n' });
    updateDevice(db, tenantId, device.id, { templateId: template.id });
    expect(filesOf(db, tenantId)['001565aabbcc.cfg'].body).toBe('c=Rossi & Figli ip=10.20.0.1\n');
    updatePlaceholder(db, tenantId, staticPh.id, { value: 'ACME' });
    updateNetworkInterface(db, tenantId, lan.id, { ipv4Address: '10.20.0.2' });
    expect(filesOf(db, tenantId)['001565aabbcc.cfg'].body).toBe('c=ACME ip=10.20.0.2\n');
    expectRefused(() => deletePlaceholder(db, tenantId, staticPh.id), 409, 'validation:placeholder.inUse');
  });

  it('PBX settings regenerate every file; unchanged files keep their row', () => {
    makeDevice();
    const before = filesOf(db, tenantId);
    // The TLS port is not in any file of a phone that registers over UDP: every row stays as it was.
    updatePbxSettings(db, tenantId, { sipTlsPort: 5062 });
    expect(filesOf(db, tenantId)).toEqual(before);
    updatePbxSettings(db, tenantId, { ntpServer: 'ntp.example.org' });
    const afterNtp = filesOf(db, tenantId);
    expect(afterNtp['y000000000000.cfg'].body).toContain('ntp.example.org');
    expect(afterNtp['001565aabbcc.cfg'].body).toContain('ntp.example.org');
    updatePbxSettings(db, tenantId, { host: '192.0.2.10' });
    expect(filesOf(db, tenantId)['001565aabbcc.cfg'].body).toContain('account.1.sip_server.1.address = 192.0.2.10');
  });
});

describe('refusals leave nothing half-written', () => {
  it('a duplicate MAC is refused naming the device that holds it', () => {
    makeDevice('001565aabbcc', { label: 'Reception' });
    const error = expectRefused(() => makeDevice('00-15-65-AA-BB-CC'), 409, 'validation:device.macTaken');
    expect(error.field).toBe('mac');
    expect(error.params.holder).toBe('Reception');
  });

  it('two devices can never produce the same file name', () => {
    const brand = createBrand(db, tenantId, { name: 'Acme' });
    const a = createDeviceModel(db, tenantId, {
      name: 'A',
      brandId: brand.id,
      newFilenameRule: { name: 'A', prefix: '', macFormat: 'lower', suffix: 'ddee.cfg' },
    });
    const b = createDeviceModel(db, tenantId, {
      name: 'B',
      brandId: brand.id,
      newFilenameRule: { name: 'B', prefix: '0015', macFormat: 'lower', suffix: '.cfg' },
    });
    const ta = createTemplate(db, tenantId, { name: 'ta', modelId: a.id, format: 'text', body: 'a\n' });
    const tb = createTemplate(db, tenantId, { name: 'tb', modelId: b.id, format: 'text', body: 'b\n' });
    createDevice(db, tenantId, { mac: '001565aabbcc', modelId: a.id, templateId: ta.id, label: 'First' });
    const before = filesOf(db, tenantId);
    const error = expectRefused(
      () => createDevice(db, tenantId, { mac: '65aabbccddee', modelId: b.id, templateId: tb.id }),
      409,
      'validation:device.fileNameTaken',
    );
    expect(error.params).toMatchObject({ fileName: '001565aabbccddee.cfg', holder: '001565aabbcc (First)' });
    expect(filesOf(db, tenantId)).toEqual(before);
    expect(db.$client.prepare('SELECT count(*) AS n FROM devices').get()).toEqual({ n: 1 });
  });

  it('a template that fails to render for one device is refused as a whole', () => {
    const { device } = makeDevice();
    const xmlModel = model('Snom D785');
    const template = createTemplate(db, tenantId, {
      name: 'Label as tag',
      modelId: xmlModel.id,
      format: 'xml',
      body: '<settings><x%%DEVICE_LABEL%%/></settings>',
    });
    updateDevice(db, tenantId, device.id, { modelId: xmlModel.id, templateId: template.id, label: 'Reception' });
    const before = filesOf(db, tenantId);
    makeDevice('001565000002');
    updateDevice(db, tenantId, (db.$client.prepare("SELECT id FROM devices WHERE mac = '001565000002'").get() as { id: number }).id, {
      modelId: xmlModel.id,
      templateId: template.id,
      label: 'Desk',
    });
    const snapshot = filesOf(db, tenantId);
    expect(deviceFileNames(before)).toHaveLength(1);
    // Renaming the label to two words makes <xTwo words/> invalid XML: the update is refused whole.
    try {
      updateDevice(db, tenantId, device.id, { label: 'Two words' });
      throw new Error('expected a render failure');
    } catch (error) {
      expect(error).toBeInstanceOf(RenderFailedError);
      expect((error as RenderFailedError).target).toMatchObject({ mac: '001565aabbcc', templateName: 'Label as tag' });
      expect((error as RenderFailedError).issues[0].code).toBe('xml_not_well_formed');
    }
    expect(filesOf(db, tenantId)).toEqual(snapshot);
    expect(db.$client.prepare('SELECT label FROM devices WHERE id = ?').get(device.id)).toEqual({ label: 'Reception' });
  });

  it('a template with unknown placeholders is refused with names and lines', () => {
    const error = expectRefused(
      () => createTemplate(db, tenantId, { name: 'Bad', modelId: yealink().id, format: 'text', body: 'ok\n%%NOPE%%\n%%BEGIN_ACCOUNTS%%\n' }),
      422,
      'validation:template.invalid',
    );
    expect(error.details).toEqual([
      { code: 'unknown_placeholder', name: 'NOPE', line: 2, column: 1 },
      { code: 'unclosed_block', line: 3, column: 1 },
    ]);
  });

  it('an XML template that renders to broken XML is refused with the parser message', () => {
    const error = expectRefused(
      () => createTemplate(db, tenantId, { name: 'Broken', modelId: yealink().id, format: 'xml', body: '<a>\n<b>\n</a>' }),
      422,
      'validation:template.invalid',
    );
    expect((error.details as Array<{ code: string; line: number; message: string }>)[0]).toMatchObject({ code: 'xml_not_well_formed', line: 3 });
  });
});

describe('tenants', () => {
  it('deleting a tenant removes everything it owns, its files included', async () => {
    const { createTenant, deleteTenant } = await import('./tenants');
    const tenant = createTenant(db, { name: 'Branch' });
    const m = listDeviceModels(db, tenant.id).find((x) => x.name === 'Yealink T4x')!;
    const t = listTemplates(db, tenant.id).find((x) => x.modelId === m.id)!;
    const account = createAccount(db, tenant.id, { extension: '1', sipUsername: 'b1', sipPassword: 'p' });
    createDevice(db, tenant.id, { mac: '001565aabbcc', modelId: m.id, templateId: t.id, lines: [account.id] });
    createPlaceholder(db, tenant.id, {
      name: 'X',
      kind: 'dynamic',
      interfaceId: createNetworkInterface(db, tenant.id, { name: 'lan', ipv4Address: '10.0.0.1' }).id,
    });
    expect(deviceFileNames(filesOf(db, tenant.id))).toEqual(['001565aabbcc.cfg']);
    deleteTenant(db, tenant.id);
    expect(filesOf(db, tenant.id)).toEqual({});
    expect(db.$client.prepare('SELECT count(*) AS n FROM devices WHERE tenant_id = ?').get(tenant.id)).toEqual({ n: 0 });
    expectRefused(() => deleteTenant(db, tenantId), 409, 'validation:tenant.defaultUndeletable');
  });
});
