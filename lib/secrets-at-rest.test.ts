import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { getFile } from '@/db/queries/files';
import { listTemplates } from '@/db/queries/templates';
import { itemHandlers } from '@/lib/api/handlers';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { updatePbxSettings } from '@/lib/domain/pbx';
import { parseEnv } from '@/lib/env';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { fileDetail, SECRET_MASK } from '@/lib/provisioning/file-view';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { request } from '@/lib/test-http-client';
import { filesOf } from '@/lib/test-db';
import { startWebServers } from '@/lib/test-web-servers';

// Issue 10, "Secrets at rest": a copy of provisio.db and its -wal alone reveals no credential, while every reader
// (serving, the REST API's reveal, the file viewer) still gets the plaintext.

const SIP_PASSWORD = 'Sip-Secret-7xK2qW';
const ADMIN_PASSWORD = 'Admin-Secret-4pZr9';
const TENANT_DEFAULT_ADMIN_PASSWORD = 'Tenant-Default-Admin-3mV8';
const SECRETS = [SIP_PASSWORD, ADMIN_PASSWORD, TENANT_DEFAULT_ADMIN_PASSWORD];

let servers: Awaited<ReturnType<typeof startWebServers>>;
let db: Db;
const tenantId = 1;
// The first database of this process: the one the REST API handlers (getDb()) open too.
beforeAll(async () => {
  servers = await startWebServers(parseEnv({}));
  db = servers.db;
});
afterAll(() => {
  flushFetchLog();
  return servers.close();
});

/** The secrets found in the bytes of the database file and of its -wal, as a copy of them would show them. */
function secretsOnDisk() {
  const file = db.$client.name;
  const found = (path: string) => (fs.existsSync(path) ? SECRETS.filter((s) => fs.readFileSync(path).includes(s)) : []);
  return { db: found(file), wal: found(`${file}-wal`), walBytes: fs.existsSync(`${file}-wal`) ? fs.statSync(`${file}-wal`).size : 0 };
}

/** Through the real domain functions, which regenerate the files: a tenant default admin password, a device with its own, one with the default. */
function writeDevices() {
  updatePbxSettings(db, tenantId, { defaultAdminPassword: TENANT_DEFAULT_ADMIN_PASSWORD });
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const templateId = listTemplates(db, tenantId, model.id)[0].id;
  const account = createAccount(db, tenantId, { extension: '201', sipUsername: 'eve', sipPassword: SIP_PASSWORD, displayName: 'Eve' });
  const own = createDevice(db, tenantId, { mac: '001565eeee01', modelId: model.id, templateId, lines: [account.id], adminPassword: ADMIN_PASSWORD });
  const byDefault = createDevice(db, tenantId, { mac: '001565eeee02', modelId: model.id, templateId, lines: [account.id] });
  return { account, own, byDefault, files: filesOf(db, tenantId) };
}

const api = (path: string) =>
  new Request(`http://localhost/api/v1/${path}`, { headers: { Authorization: `Bearer ${process.env.PROVISIO_API_TOKEN}`, 'Accept-Language': 'en' } });

describe('secrets at rest', () => {
  let written: ReturnType<typeof writeDevices>;
  beforeAll(() => {
    written = writeDevices();
  });

  it('the files carry the passwords (what the rest of these tests look for)', () => {
    expect(written.files['001565eeee01.cfg'].body).toContain(SIP_PASSWORD);
    expect(written.files['001565eeee01.cfg'].body).toContain(ADMIN_PASSWORD);
    expect(written.files['001565eeee02.cfg'].body).toContain(TENANT_DEFAULT_ADMIN_PASSWORD);
  });

  it('neither the database file nor its -wal holds a password, before and after a checkpoint', () => {
    const beforeCheckpoint = secretsOnDisk();
    expect(beforeCheckpoint.walBytes).toBeGreaterThan(0);
    expect(beforeCheckpoint).toMatchObject({ db: [], wal: [] });
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    expect(secretsOnDisk()).toMatchObject({ db: [], wal: [] });
  });

  it('stores them sealed: a BLOB per value, a fresh IV per write', () => {
    const stored = (table: string, column: string, id: number) =>
      db.$client.prepare(`SELECT typeof(${column}) AS type, ${column} AS value FROM ${table} WHERE rowid = ?`).get(id) as { type: string; value: Buffer };
    expect(stored('accounts', 'sip_password', written.account.id).type).toBe('blob');
    expect(stored('devices', 'admin_password', written.own.id).type).toBe('blob');
    expect(stored('generated_files', 'body', written.files['001565eeee01.cfg'].id).type).toBe('blob');
    expect(stored('pbx_settings', 'default_admin_password', tenantId).type).toBe('blob');
    // Both devices' files hold the same account: their bodies differ, but even the same password is sealed apart.
    const again = createAccount(db, tenantId, { extension: '202', sipUsername: 'eve2', sipPassword: SIP_PASSWORD, displayName: 'Eve' });
    expect(stored('accounts', 'sip_password', again.id).value.equals(stored('accounts', 'sip_password', written.account.id).value)).toBe(false);
  });

  it('phones still get the plaintext file over HTTP, with the ETag of the plaintext', async () => {
    const file = written.files['001565eeee01.cfg'];
    const answer = await request(servers.httpPort, '/provisioning/001565eeee01.cfg');
    expect(answer.status).toBe(200);
    expect(answer.body).toBe(file.body);
    expect(answer.headers.etag).toBe(`"${file.sha256}"`);
  });

  it('the REST API still reveals the passwords to an admin, and masks them otherwise', async () => {
    const account = await (await itemHandlers('accounts').GET(api(`accounts/${written.account.id}?reveal=secrets`), String(written.account.id))).json();
    expect(account.sipPassword).toBe(SIP_PASSWORD);
    const masked = await (await itemHandlers('accounts').GET(api(`accounts/${written.account.id}`), String(written.account.id))).json();
    expect(masked.sipPassword).not.toBe(SIP_PASSWORD);
    const device = await (await itemHandlers('devices').GET(api(`devices/${written.own.id}?reveal=secrets`), String(written.own.id))).json();
    expect(device.adminPassword).toBe(ADMIN_PASSWORD);
    const fileId = written.files['001565eeee01.cfg'].id;
    const file = await (await itemHandlers('files').GET(api(`files/${fileId}?reveal=secrets`), String(fileId))).json();
    expect(file.body).toBe(written.files['001565eeee01.cfg'].body);
  });

  it('the file manager view shows the file, secrets masked until revealed', () => {
    const file = written.files['001565eeee01.cfg'];
    const masked = fileDetail(db, tenantId, file.id, false, serverFacts(), 'owner')!;
    expect(masked.secretsMasked).toBe(true);
    expect(masked.body).toContain(SECRET_MASK);
    expect(masked.body).not.toContain(SIP_PASSWORD);
    expect(masked.body).not.toContain(ADMIN_PASSWORD);
    expect(fileDetail(db, tenantId, file.id, true, serverFacts(), 'owner')!.body).toBe(getFile(db, tenantId, file.id)!.body);
  });
});
