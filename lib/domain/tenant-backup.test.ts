import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { getTenant } from '@/db/queries/tenants';
import { accounts, auditLog, devices } from '@/db/schema';
import { translator } from '@/lib/i18n/translate';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { createAccount } from './accounts';
import { createDeviceModel } from './device-models';
import { createDevice } from './devices';
import { createNetworkInterface, updatePbxSettings } from './pbx';
import { createPlaceholder } from './placeholders';
import { restoreTenantBackup, tenantBackup } from './tenant-backup';
import { createTemplate } from './templates';
import { createTenant } from './tenants';

// Issue 11, tenant backup/restore on a real SQLite file: backup → restore into a new tenant → the same generated files
// byte for byte (modulo the tenant's UUID in URLs); passwords only when asked and sealed with a passphrase; a restore
// goes into an empty tenant only, all or nothing.

let db: Db;
let tenantId: number;
const PASSPHRASE = 'correct horse battery staple';

/** A tenant using every part a backup carries: its own brand, rule, model (with a common file) and templates, PBX
 * settings, an interface with a dynamic placeholder, a static one, accounts and devices with lines. */
function fleet() {
  updatePbxSettings(db, tenantId, { host: 'pbx.acme.test', ntpServer: 'ntp.acme.test', timeZone: 'Europe/London', defaultAdminPassword: 'Default-Adm1n' });
  const lan = createNetworkInterface(db, tenantId, { name: 'voice', vlanId: 20, ipv4Address: '10.20.0.1' });
  createPlaceholder(db, tenantId, { name: 'GREETING', kind: 'static', value: 'Welcome to Acme' });
  createPlaceholder(db, tenantId, { name: 'VOICE_IP', kind: 'dynamic', interfaceId: lan.id });
  const model = createDeviceModel(db, tenantId, {
    name: 'Acme X1',
    newBrandName: 'Acme',
    newFilenameRule: { name: 'acme', prefix: 'acme-', macFormat: 'upper', suffix: '.ini' },
    contentType: 'text/plain',
    commonFiles: [{ fileName: 'acme-common.ini', body: 'ntp=%%PBX_NTP_SERVER%%\nvoice=%%_VOICE_IP%%\n' }],
  });
  const acme = createTemplate(db, tenantId, {
    name: 'Acme desk',
    modelId: model.id,
    format: 'text',
    body: 'greeting=%%_GREETING%%\nip=%%_VOICE_IP%%\nadmin=%%ADMIN_PASSWORD%%\nurl=%%PROVISIONING_URL%%\nlabel=%%DEVICE_LABEL%%\n',
    lineEndings: 'crlf',
  });
  const t4x = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const builtIn = listTemplates(db, tenantId, t4x.id)[0];
  const custom = createTemplate(db, tenantId, { name: 'T4x floor 2', modelId: t4x.id, format: builtIn.format, body: `${builtIn.body}\n# %%_GREETING%%\n` });
  const a201 = createAccount(db, tenantId, { extension: '201', sipUsername: 'u201', sipPassword: 'Secret-201', displayName: 'Reception' });
  const a202 = createAccount(db, tenantId, { extension: '202', sipUsername: 'u202', authUsername: 'auth202', sipPassword: 'Secret-202' });
  createDevice(db, tenantId, {
    mac: '001565000001',
    modelId: t4x.id,
    templateId: builtIn.id,
    label: 'Lobby',
    adminPassword: 'Adm1n-1',
    lines: [a201.id, a202.id],
  });
  createDevice(db, tenantId, { mac: '001565000002', modelId: t4x.id, templateId: custom.id, label: 'Floor 2', vlanId: 20, language: 'en', lines: [a202.id] });
  createDevice(db, tenantId, { mac: 'aabbcc000003', modelId: model.id, templateId: acme.id, label: 'Acme', adminPassword: 'Adm1n-3', lines: [a201.id] });
  createDevice(db, tenantId, { mac: 'aabbcc000004', modelId: model.id, templateId: acme.id, isEnabled: false });
}

/** A file as a download and an upload see it. */
const viaFile = (backup: unknown) => JSON.parse(JSON.stringify(backup)) as unknown;
const bodies = (id: number) => {
  const uuid = getTenant(db, id)!.uuid;
  // The default tenant's files are served from /provisioning/, another tenant's from /provisioning/<uuid>/.
  const normalised = (body: string) => body.replaceAll(`/provisioning/${uuid}/`, '/provisioning/').replaceAll(uuid, '<tenant>');
  return Object.fromEntries(Object.entries(filesOf(db, id)).map(([name, file]) => [name, normalised(file.body)]));
};
const message = (error: unknown, lng: 'en' | 'it') => {
  const e = error as { code: string; params: Record<string, string> };
  return translator(lng)(e.code, e.params);
};
const thrown = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('expected a refusal');
};

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
});

describe('tenant backup and restore', () => {
  it('restores into a new tenant with the same generated files, byte for byte (modulo the tenant UUID)', () => {
    fleet();
    const backup = viaFile(tenantBackup(db, tenantId, { secrets: true, passphrase: PASSPHRASE }));
    const restored = createTenant(db, { name: 'Restored' });
    const report = restoreTenantBackup(db, restored.id, backup, PASSPHRASE);
    expect(report).toEqual({ models: 1, templates: 2, placeholders: 2, accounts: 2, devices: 4, passwordsGenerated: 0 });
    const original = bodies(tenantId);
    expect(Object.keys(original)).toEqual(expect.arrayContaining(['001565000001.cfg', 'acme-AABBCC000003.ini', 'acme-common.ini']));
    expect(bodies(restored.id)).toEqual(original);
    expect(original['acme-AABBCC000003.ini']).toContain('admin=Adm1n-3\r\n');
    expect(
      db
        .select()
        .from(auditLog)
        .where(eq(auditLog.tenantId, restored.id))
        .all()
        .find((e) => e.action === 'restore'),
    ).toMatchObject({ entity: 'tenant', entityLabel: 'Restored' });
  });

  it('keeps passwords out of the file unless asked, and then only sealed with the passphrase (audited)', () => {
    fleet();
    const plain = JSON.stringify(tenantBackup(db, tenantId, { secrets: false }));
    const sealed = JSON.stringify(tenantBackup(db, tenantId, { secrets: true, passphrase: PASSPHRASE }));
    for (const text of [plain, sealed]) expect(text).not.toMatch(/Secret-20|Adm1n-|Default-Adm1n/);
    expect(JSON.parse(plain)).toMatchObject({ format: 'provisio-tenant-backup', version: 1, secrets: null });
    expect(JSON.parse(sealed).secrets).toMatchObject({ cipher: 'aes-256-gcm', kdf: 'scrypt', salt: expect.any(String), iv: expect.any(String) });
    const reveals = db
      .select()
      .from(auditLog)
      .all()
      .filter((e) => e.action === 'reveal' && e.entity === 'tenant');
    expect(reveals).toHaveLength(1);
    expect(
      message(
        thrown(() => tenantBackup(db, tenantId, { secrets: true, passphrase: 'short' })),
        'it',
      ),
    ).toBe("Usa una passphrase di almeno 12 caratteri: è l'unica protezione delle password contenute nel file.");
  });

  it('without passwords in the file, gives every account and device a new one and says how many', () => {
    fleet();
    const restored = createTenant(db, { name: 'Restored' });
    const report = restoreTenantBackup(db, restored.id, viaFile(tenantBackup(db, tenantId, { secrets: false })), undefined);
    expect(report.passwordsGenerated).toBe(6);
    const passwords = db
      .select()
      .from(accounts)
      .where(eq(accounts.tenantId, restored.id))
      .all()
      .map((a) => a.sipPassword);
    expect(passwords).toHaveLength(2);
    for (const password of passwords) expect(password).toMatch(/^[\w-]{16}$/);
  });

  it('refuses a tenant that is not empty, a wrong or missing passphrase, a damaged file: nothing written', () => {
    fleet();
    const backup = viaFile(tenantBackup(db, tenantId, { secrets: true, passphrase: PASSPHRASE }));
    const notEmpty = thrown(() => restoreTenantBackup(db, tenantId, backup, PASSPHRASE));
    expect(notEmpty).toMatchObject({ status: 409 });
    expect(message(notEmpty, 'en')).toMatch(/^A backup is restored only into an empty tenant, and “Default”/);
    expect(message(notEmpty, 'it')).toMatch(/^Un backup si ripristina solo in un tenant vuoto, e “Default”/);
    const restored = createTenant(db, { name: 'Restored' });
    expect(thrown(() => restoreTenantBackup(db, restored.id, backup, 'not the passphrase'))).toMatchObject({
      status: 400,
      field: 'passphrase',
      code: 'validation:backup.passphraseWrong',
    });
    expect(thrown(() => restoreTenantBackup(db, restored.id, backup, undefined))).toMatchObject({ code: 'validation:backup.passphraseRequired' });
    expect(thrown(() => restoreTenantBackup(db, restored.id, { hello: 'world' }, undefined))).toMatchObject({ code: 'validation:backup.notABackup' });
    const damaged = viaFile(backup) as { devices: { vlanId: number }[] };
    damaged.devices[3].vlanId = 5000;
    const invalid = thrown(() => restoreTenantBackup(db, restored.id, damaged, PASSPHRASE));
    expect(message(invalid, 'en')).toBe('The backup cannot be restored: in devices, “aabbcc000004” has an invalid vlanId.');
    expect(db.select().from(devices).where(eq(devices.tenantId, restored.id)).all()).toEqual([]);
    expect(Object.keys(filesOf(db, restored.id)).filter((name) => name.startsWith('acme'))).toEqual([]);
    // The failed attempts left the tenant empty: the real restore still goes through.
    expect(restoreTenantBackup(db, restored.id, backup, PASSPHRASE)).toMatchObject({ devices: 4 });
  });
});
