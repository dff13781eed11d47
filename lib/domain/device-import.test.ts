import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listAccounts } from '@/db/queries/accounts';
import { listDeviceModels } from '@/db/queries/device-models';
import { getDevice } from '@/db/queries/devices';
import { listTemplates } from '@/db/queries/templates';
import { auditLog, devices, generatedFiles, unknownDevices } from '@/db/schema';
import { translator } from '@/lib/i18n/translate';
import { freshDatabase } from '@/lib/test-db';
import { createAccount } from './accounts';
import { applyDeviceImport, dryRunDeviceImport, type ImportReport } from './device-import';
import { createDevice } from './devices';
import { createTemplate } from './templates';
import { refusal } from './test-support';

// Issue 11, CSV import on a real SQLite file: dry run, apply of the valid rows, all or nothing, the report's reasons.

let db: Db;
let tenantId: number;
let t4x: { id: number; templateId: number };

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  t4x = { id: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id };
});

const deviceCount = () => db.select().from(devices).all().length;
const deviceByMac = (mac: string) => db.select().from(devices).where(eq(devices.mac, mac)).get();
const statuses = (report: ImportReport) => report.rows.map((r) => r.status);
/** Each row's problems as the admin reads them: `column: message`. */
const reasons = (report: ImportReport, lng: 'en' | 'it') => {
  const t = translator(lng);
  return report.rows.map((r) => r.problems.map((p) => `${p.column}: ${t(p.code, p.params)}`));
};

describe('MAC notations and columns', () => {
  it('reads a MAC in every common notation', () => {
    const csv = [
      'mac,model',
      '00156500000a,Yealink T4x',
      '00:15:65:00:00:0B,Yealink T4x',
      '00-15-65-00-00-0c,Yealink T4x',
      '0015.6500.000d,Yealink T4x',
      '00 15 65 00 00 0E,Yealink T4x',
      '00:15:65:00:00:0G,Yealink T4x',
    ].join('\n');
    const report = dryRunDeviceImport(db, tenantId, csv);
    expect(report.rows.map((r) => [r.mac, r.status])).toEqual([
      ['00156500000a', 'create'],
      ['00156500000b', 'create'],
      ['00156500000c', 'create'],
      ['00156500000d', 'create'],
      ['00156500000e', 'create'],
      ['00:15:65:00:00:0G', 'error'],
    ]);
    expect(reasons(report, 'en')[5]).toEqual(['mac: This is not a MAC address: enter 12 hexadecimal digits, e.g. 00:15:65:AA:BB:CC.']);
  });

  it('maps every device column onto the device, with the same rules as the form', () => {
    const { format, body } = listTemplates(db, tenantId, t4x.id)[0];
    const second = createTemplate(db, tenantId, { name: 'Floor 2', modelId: t4x.id, format, body });
    const csv = [
      'mac,model,template,label,enabled,admin_user,admin_password,network_mode,ip_address,netmask,gateway,dns1,dns2,vlan_id,vlan_priority,language,time_zone',
      '001565000001,yealink t4x,floor 2,Reception,no,root,Adm1n-pass,static,10.0.0.5,255.255.255.0,10.0.0.1,1.1.1.1,8.8.8.8,20,5,it,Europe/Rome',
    ].join('\n');
    const report = applyDeviceImport(db, tenantId, csv);
    expect(report).toMatchObject({ applied: true, counts: { create: 1, update: 0, unchanged: 0, error: 0 } });
    expect(getDevice(db, tenantId, report.rows[0].deviceId!)).toMatchObject({
      mac: '001565000001',
      modelId: t4x.id,
      templateId: second.id,
      label: 'Reception',
      isEnabled: false,
      adminUsername: 'root',
      adminPassword: 'Adm1n-pass',
      networkMode: 'static',
      ipAddress: '10.0.0.5',
      netmask: '255.255.255.0',
      gateway: '10.0.0.1',
      dns1: '1.1.1.1',
      dns2: '8.8.8.8',
      vlanId: 20,
      vlanPriority: 5,
      language: 'it',
      timeZone: 'Europe/Rome',
      lines: [],
    });
  });

  it('gives a new device the model’s first template, the tenant’s admin password rule and no lines by default', () => {
    const report = applyDeviceImport(db, tenantId, 'mac,model\n001565000001,Yealink T4x\n');
    const device = getDevice(db, tenantId, report.rows[0].deviceId!)!;
    expect(device).toMatchObject({ templateId: t4x.templateId, isEnabled: true, adminUsername: 'admin', networkMode: 'dhcp', vlanId: null, lines: [] });
    expect(device.adminPassword).toMatch(/^[\w-]{16}$/);
  });
});

describe('dry run and apply', () => {
  const mixed = () => {
    const a201 = createAccount(db, tenantId, { extension: '201', sipUsername: 'u201', sipPassword: 'Secret-201' });
    createAccount(db, tenantId, { extension: '202', sipUsername: 'u202', sipPassword: 'Secret-202' });
    createDevice(db, tenantId, { mac: '001565000010', modelId: t4x.id, templateId: t4x.templateId, label: 'Old label', lines: [a201.id] });
    createDevice(db, tenantId, { mac: '001565000011', modelId: t4x.id, templateId: t4x.templateId, label: 'Same', lines: [a201.id] });
    db.insert(unknownDevices)
      .values({
        tenantId,
        mac: '001565000001',
        lastIp: '10.0.0.9',
        lastFileName: '001565000001.cfg',
        lastChannel: 'http',
        firstSeenAt: new Date(),
        lastSeenAt: new Date(),
      })
      .run();
    return [
      'mac;model;label;vlan_id;line1;line2;line2_sip_password;line2_display_name',
      '00:15:65:00:00:01;Yealink T4x;New desk;;201;300;Pw-300-secret;Anna', // create, with a new account 300
      '00:15:65:00:00:10;;New label;;201;;;', // update: label
      '00:15:65:00:00:11;;Same;;201;;;', // unchanged
      '00:15:65:00:00:02;Nokia 3310;;;;;;', // error: model
      '00:15:65:00:00:03;Yealink T4x;;5000;999;;;', // error: VLAN and an unknown extension
      '00:15:65:00:00:01;Yealink T4x;;;;;;', // error: MAC repeated
      '00:15:65:00:00:04;Yealink T4x;;;;300;;', // create: account 300 again (created once), but line1 empty
      '00:15:65:00:00:05;Yealink T4x;;;202;300;;', // create: line 2 is the account row 2 creates
    ].join('\r\n');
  };

  it('reports per row without writing anything', () => {
    const csv = mixed();
    const before = { devices: deviceCount(), accounts: listAccounts(db, tenantId).length, audit: db.select().from(auditLog).all().length };
    const report = dryRunDeviceImport(db, tenantId, csv);
    expect(report).toMatchObject({ dryRun: true, applied: false, counts: { create: 2, update: 1, unchanged: 1, error: 4 } });
    expect(statuses(report)).toEqual(['create', 'update', 'unchanged', 'error', 'error', 'error', 'error', 'create']);
    expect(report.rows[0]).toMatchObject({ line: 2, newAccounts: ['300'] });
    expect(reasons(report, 'en').slice(3, 7)).toEqual([
      ['model: No model is named “Nokia 3310”.'],
      ['line1: No account has extension 999 (fill line1_sip_password to create it).'],
      ['mac: This MAC is already on row 2 of the file.'],
      ['line1: line1 is empty while a later line is filled.'],
    ]);
    expect(reasons(report, 'it').slice(3, 7)).toEqual([
      ['model: Nessun modello si chiama “Nokia 3310”.'],
      ['line1: Nessun account ha l’interno 999 (compila line1_sip_password per crearlo).'],
      ['mac: Questo MAC è già alla riga 2 del file.'],
      ['line1: line1 è vuota mentre una linea successiva è compilata.'],
    ]);
    expect({ devices: deviceCount(), accounts: listAccounts(db, tenantId).length, audit: db.select().from(auditLog).all().length }).toEqual(before);
  });

  it('checks the fields with the form’s schema once the references resolve, naming the column', () => {
    const report = dryRunDeviceImport(
      db,
      tenantId,
      'mac,model,vlan_id,ip_address,network_mode,time_zone\n001565000001,Yealink T4x,5000,10.0.0,static,Mars/Base\n',
    );
    expect(reasons(report, 'en')[0]).toEqual([
      'ip_address: Enter an IPv4 address such as 192.168.1.10.',
      'vlan_id: Enter a VLAN ID between 1 and 4094.',
      'time_zone: Choose a time zone by its IANA name, e.g. Europe/Rome.',
      'ip_address: A static address needs IP address, netmask and gateway.',
    ]);
  });

  it('applies the valid rows in one go: devices, lines, the new account, files, audit entries, unknown device gone', () => {
    const report = applyDeviceImport(db, tenantId, mixed());
    expect(report).toMatchObject({ applied: true, accountsCreated: 1, counts: { create: 2, update: 1, unchanged: 1, error: 4 } });
    const created = deviceByMac('001565000001')!;
    const account300 = listAccounts(db, tenantId).find((a) => a.extension === '300')!;
    expect(account300).toMatchObject({ sipUsername: '300', sipPassword: 'Pw-300-secret', displayName: 'Anna' });
    expect(getDevice(db, tenantId, created.id)!.lines).toEqual([listAccounts(db, tenantId).find((a) => a.extension === '201')!.id, account300.id]);
    expect(getDevice(db, tenantId, deviceByMac('001565000005')!.id)!.lines[1]).toBe(account300.id);
    expect(deviceByMac('001565000010')!.label).toBe('New label');
    for (const mac of ['001565000001', '001565000005'])
      expect(
        db
          .select()
          .from(generatedFiles)
          .where(eq(generatedFiles.deviceId, deviceByMac(mac)!.id))
          .get()?.fileName,
      ).toBe(`${mac}.cfg`);
    expect(db.select().from(generatedFiles).where(eq(generatedFiles.deviceId, created.id)).get()!.body).toContain('Anna');
    expect(deviceByMac('001565000002')).toBeUndefined();
    expect(db.select().from(unknownDevices).all()).toEqual([]);
    const entries = db.select().from(auditLog).where(eq(auditLog.entity, 'device')).all();
    expect(entries.filter((e) => e.action === 'create').map((e) => e.entityId)).toEqual(expect.arrayContaining([created.id]));
    expect(entries.filter((e) => e.action === 'update').map((e) => e.entityLabel)).toEqual(['New label']);
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.entity, 'account'))
        .all()
        .filter((e) => e.action === 'create'),
    ).toHaveLength(3);
  });

  it('all or nothing: one bad row and nothing is written; a clean file is written whole', () => {
    const refused = applyDeviceImport(db, tenantId, mixed(), 'all-or-nothing');
    expect(refused).toMatchObject({ applied: false, accountsCreated: 0, counts: { error: 4 } });
    expect(deviceByMac('001565000001')).toBeUndefined();
    expect(listAccounts(db, tenantId).map((a) => a.extension)).toEqual(['201', '202']);
    const clean = applyDeviceImport(db, tenantId, 'mac,model,line1\n001565000020,Yealink T4x,202\n001565000021,Yealink T5x,201\n', 'all-or-nothing');
    expect(clean).toMatchObject({ applied: true, counts: { create: 2, error: 0 } });
    expect(deviceByMac('001565000021')).toBeDefined();
  });

  it('importing the same file twice changes nothing the second time', () => {
    createAccount(db, tenantId, { extension: '201', sipUsername: 'u201', sipPassword: 'Secret-201' });
    const csv = 'mac,model,label,admin_password,vlan_id,line1\n001565000030,Yealink T4x,Desk,Adm1n-pass,12,201\n';
    expect(applyDeviceImport(db, tenantId, csv).counts.create).toBe(1);
    const audit = db.select().from(auditLog).all().length;
    expect(applyDeviceImport(db, tenantId, csv).counts).toEqual({ create: 0, update: 0, unchanged: 1, error: 0 });
    expect(db.select().from(auditLog).all()).toHaveLength(audit);
  });

  it('refuses a file that is not a device CSV as a whole, in the admin’s language', () => {
    const error = refusal(() => dryRunDeviceImport(db, tenantId, 'mac,colour\n001565000001,red\n'));
    expect(translator('it')(error.code, error.params)).toBe('Colonna “colour” sconosciuta: i nomi delle colonne sono nel file modello.');
  });
});
