import { parse } from 'csv-parse/sync';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listAccounts } from '@/db/queries/accounts';
import { listDeviceModels } from '@/db/queries/device-models';
import { tenantDevicesWithLines } from '@/db/queries/device-import';
import { listTemplates } from '@/db/queries/templates';
import { freshDatabase } from '@/lib/test-db';
import { createAccount } from './accounts';
import { accountCsv, deviceCsv } from './csv-export';
import { applyDeviceImport, dryRunDeviceImport } from './device-import';
import { createDevice } from './devices';
import { createTemplate } from './templates';
import { createTenant } from './tenants';

// Issue 11, CSV export on a real SQLite file: the device file has the import's columns, so export → import changes
// nothing; passwords only when asked; formulas defused; the list's filter respected.

let db: Db;
let tenantId: number;

/** Two models, a second template, accounts and devices using every column (formula-looking and quoted labels too). */
function fleet() {
  const models = listDeviceModels(db, tenantId);
  const t4x = models.find((m) => m.name === 'Yealink T4x')!;
  const other = models.find((m) => m.id !== t4x.id && listTemplates(db, tenantId, m.id).length > 0)!;
  const { id: t4xTemplateId, format, body } = listTemplates(db, tenantId, t4x.id)[0];
  const floor2 = createTemplate(db, tenantId, { name: 'Floor 2', modelId: t4x.id, format, body });
  const a201 = createAccount(db, tenantId, { extension: '201', sipUsername: 'u201', sipPassword: 'Secret-201', displayName: 'Reception' });
  const a202 = createAccount(db, tenantId, { extension: '202', sipUsername: 'u202', sipPassword: '=Secret;202"' });
  const a203 = createAccount(db, tenantId, { extension: '203', sipUsername: '203', sipPassword: 'Secret-203', firstName: '@Anna' });
  createDevice(db, tenantId, {
    mac: '001565000001',
    modelId: t4x.id,
    templateId: floor2.id,
    label: '=HYPERLINK("http://evil","x")',
    isEnabled: false,
    adminUsername: 'root',
    adminPassword: 'Adm1n-pass',
    networkMode: 'static',
    ipAddress: '10.0.0.5',
    netmask: '255.255.255.0',
    gateway: '10.0.0.1',
    dns1: '1.1.1.1',
    dns2: '',
    vlanId: 20,
    vlanPriority: 5,
    language: 'it',
    timeZone: 'Europe/Rome',
    lines: [a201.id, a202.id, a203.id],
  });
  createDevice(db, tenantId, { mac: '001565000002', modelId: t4x.id, templateId: t4xTemplateId, label: 'Desk, "2"', lines: [a202.id] });
  createDevice(db, tenantId, { mac: '001565000003', modelId: other.id, templateId: listTemplates(db, tenantId, other.id)[0].id, label: '-5 floor', lines: [] });
  return { t4x, other };
}

const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];
const comparable = (devices: ReturnType<typeof tenantDevicesWithLines>, accountIds: Map<number, string>) =>
  devices.map(({ id: _id, tenantId: _t, createdAt: _c, updatedAt: _u, modelId: _m, templateId: _tp, armedAt: _a, ...rest }) => ({
    ...rest,
    // '' and null both mean "the PBX's" (the import writes '', a device made without them null).
    language: rest.language ?? '',
    timeZone: rest.timeZone ?? '',
    lines: rest.lines.map((id) => accountIds.get(id)),
  }));

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

describe('device export', () => {
  it('has exactly the import’s columns; importing it back reports every row unchanged, with or without secrets', () => {
    fleet();
    for (const secrets of [false, true]) {
      const { csv, count } = deviceCsv(db, tenantId, { page: 1 }, { secrets });
      expect(count).toBe(3);
      const report = dryRunDeviceImport(db, tenantId, csv);
      expect(report.rows.map((r) => [r.mac, r.status, r.problems])).toEqual([
        ['001565000001', 'unchanged', []],
        ['001565000002', 'unchanged', []],
        ['001565000003', 'unchanged', []],
      ]);
    }
  });

  it('writes passwords (and each line’s account) only when asked', () => {
    fleet();
    const plain = deviceCsv(db, tenantId, { page: 1 }, { secrets: false }).csv;
    expect(Object.keys(rowsOf(plain)[0])).toEqual([
      'mac',
      'model',
      'template',
      'label',
      'enabled',
      'admin_user',
      'network_mode',
      'ip_address',
      'netmask',
      'gateway',
      'dns1',
      'dns2',
      'vlan_id',
      'vlan_priority',
      'language',
      'time_zone',
      'line1',
      'line2',
      'line3',
    ]);
    expect(plain).not.toMatch(/Adm1n-pass|Secret/);
    const revealed = rowsOf(deviceCsv(db, tenantId, { page: 1 }, { secrets: true }).csv);
    expect(revealed[0]).toMatchObject({
      mac: '00:15:65:00:00:01',
      template: 'Floor 2',
      label: `'=HYPERLINK("http://evil","x")`,
      enabled: 'false',
      admin_password: 'Adm1n-pass',
      vlan_id: '20',
      line1: '201',
      line1_sip_username: 'u201',
      line1_sip_password: 'Secret-201',
      line1_display_name: 'Reception',
      line2_sip_password: `'=Secret;202"`,
      line3: '203',
    });
    expect(revealed[1]).toMatchObject({ label: 'Desk, "2"', enabled: 'true', line1: '202', line2: '', line3_sip_password: '' });
    expect(revealed[2]).toMatchObject({ label: `'-5 floor`, line1: '' });
  });

  it('with secrets, recreates the same devices, lines and accounts in an empty tenant', () => {
    fleet();
    const { csv } = deviceCsv(db, tenantId, { page: 1 }, { secrets: true });
    const other = createTenant(db, { name: 'Branch' });
    // Templates are not in a device CSV (a tenant backup carries them): the branch gets its own "Floor 2".
    const model = listDeviceModels(db, other.id).find((m) => m.name === 'Yealink T4x')!;
    const { format, body } = listTemplates(db, other.id, model.id)[0];
    createTemplate(db, other.id, { name: 'Floor 2', modelId: model.id, format, body });
    const report = applyDeviceImport(db, other.id, csv, 'all-or-nothing');
    expect(report).toMatchObject({ applied: true, accountsCreated: 3, counts: { create: 3, error: 0 } });
    const byExtension = (t: number) => new Map(listAccounts(db, t).map((a) => [a.id, `${a.extension}/${a.sipUsername}/${a.sipPassword}/${a.displayName}`]));
    expect(comparable(tenantDevicesWithLines(db, other.id), byExtension(other.id))).toEqual(
      comparable(tenantDevicesWithLines(db, tenantId), byExtension(tenantId)),
    );
  });

  it('exports what the list’s filter selects, on every page', () => {
    const { other } = fleet();
    const macs = (csv: string) => rowsOf(csv).map((r) => r.mac);
    expect(macs(deviceCsv(db, tenantId, { page: 1, modelId: other.id }, { secrets: false }).csv)).toEqual(['00:15:65:00:00:03']);
    expect(macs(deviceCsv(db, tenantId, { page: 1, q: '202' }, { secrets: false }).csv)).toEqual(['00:15:65:00:00:01', '00:15:65:00:00:02']);
    expect(macs(deviceCsv(db, tenantId, { page: 1, enabled: '0' }, { secrets: false }).csv)).toEqual(['00:15:65:00:00:01']);
    expect(macs(deviceCsv(db, tenantId, { page: 2, pageSize: 1 }, { secrets: false }).csv)).toHaveLength(3);
    expect(deviceCsv(db, tenantId, { page: 1, q: 'nothing-matches' }, { secrets: false })).toMatchObject({ count: 0 });
  });
});

describe('account export', () => {
  it('lists the accounts the search selects; the SIP password only when asked; formulas defused', () => {
    fleet();
    const plain = rowsOf(accountCsv(db, tenantId, undefined, { secrets: false }).csv);
    expect(plain.map((r) => r.extension)).toEqual(['201', '202', '203']);
    expect(Object.keys(plain[0])).toEqual(['extension', 'sip_username', 'auth_username', 'display_name', 'first_name', 'last_name', 'voicemail_number']);
    expect(plain[2]).toMatchObject({ sip_username: '203', first_name: `'@Anna` });
    const revealed = accountCsv(db, tenantId, '202', { secrets: true });
    expect(revealed.count).toBe(1);
    expect(rowsOf(revealed.csv)).toEqual([
      {
        extension: '202',
        sip_username: 'u202',
        auth_username: 'u202',
        sip_password: `'=Secret;202"`,
        display_name: '',
        first_name: '',
        last_name: '',
        voicemail_number: '',
      },
    ]);
  });
});
