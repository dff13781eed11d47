import fs from 'node:fs';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { bootstrap } from '@/lib/bootstrap';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { updatePbxSettings } from '@/lib/domain/pbx';
import { createRedirectionServer } from '@/lib/domain/redirection-servers';
import { parseEnv } from '@/lib/env';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { decryptSecret } from '@/lib/secrets';
import { request } from '@/lib/test-http-client';
import { filesOf } from '@/lib/test-db';
import { startWebServers } from '@/lib/test-web-servers';

// Issue 10, "Secrets at rest": a database of the previous release (credentials and files in clear) is encrypted in
// place at start, leaves no plaintext in the file, its free pages or its -wal, and serves the very same files.

const SIP_PASSWORD = 'Old-Sip-Secret-8dQ4';
const ADMIN_PASSWORD = 'Old-Admin-Secret-2hT6';
const TENANT_DEFAULT_ADMIN_PASSWORD = 'Old-Tenant-Default-5nB1';
const VENDOR_PASSWORD = 'Old-Vendor-Secret-9cX3';
/** An account deleted by the old release: its row is gone, its bytes are still in the file's free space. */
const DELETED_PASSWORD = 'Old-Deleted-Secret-6kJ7';
const SECRETS = [SIP_PASSWORD, ADMIN_PASSWORD, TENANT_DEFAULT_ADMIN_PASSWORD, VENDOR_PASSWORD, DELETED_PASSWORD];

let servers: Awaited<ReturnType<typeof startWebServers>>;
let db: Db;
const tenantId = 1;
beforeAll(async () => {
  servers = await startWebServers(parseEnv({}));
  db = servers.db;
});
afterAll(() => {
  flushFetchLog();
  return servers.close();
});

const onDisk = (path: string) => (fs.existsSync(path) ? SECRETS.filter((s) => fs.readFileSync(path).includes(s)) : []);
const secretsOnDisk = () => ({ db: onDisk(db.$client.name), wal: onDisk(`${db.$client.name}-wal`) });

/** The stored form of every secret column, to tell whether a start rewrote any. */
const storedSecrets = () =>
  db.$client
    .prepare(
      `SELECT 'a' || id, sip_password FROM accounts UNION ALL SELECT 'd' || id, admin_password FROM devices
       UNION ALL SELECT 'p' || tenant_id, default_admin_password FROM pbx_settings UNION ALL SELECT 'f' || id, body FROM generated_files
       UNION ALL SELECT 'r' || id, password FROM redirection_servers`,
    )
    .raw()
    .all();

/** Rows still holding a plaintext (TEXT, not empty) in a column that must be sealed. */
const plaintextLeft = () =>
  db.$client
    .prepare(
      `SELECT (SELECT count(*) FROM accounts WHERE typeof(sip_password) = 'text' AND sip_password <> '')
            + (SELECT count(*) FROM devices WHERE typeof(admin_password) = 'text' AND admin_password <> '')
            + (SELECT count(*) FROM pbx_settings WHERE typeof(default_admin_password) = 'text' AND default_admin_password <> '')
            + (SELECT count(*) FROM generated_files WHERE typeof(body) = 'text' AND body <> '')
            + (SELECT count(*) FROM redirection_servers WHERE password NOT LIKE 'v1:%')`,
    )
    .pluck()
    .get();

/**
 * What the previous release left: every credential and file body in clear, written (and an account deleted) by a
 * connection without secure_delete, as it had. The database is written through today's domain first, then turned back.
 */
function previousReleaseDatabase() {
  updatePbxSettings(db, tenantId, { defaultAdminPassword: TENANT_DEFAULT_ADMIN_PASSWORD });
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const templateId = listTemplates(db, tenantId, model.id)[0].id;
  const account = createAccount(db, tenantId, { extension: '201', sipUsername: 'eve', sipPassword: SIP_PASSWORD, displayName: 'Eve' });
  createDevice(db, tenantId, { mac: '001565dddd01', modelId: model.id, templateId, lines: [account.id], adminPassword: ADMIN_PASSWORD });
  createDevice(db, tenantId, { mac: '001565dddd02', modelId: model.id, templateId, lines: [account.id] });
  createRedirectionServer(db, tenantId, { brand: 'yealink', name: 'old', username: 'u', password: VENDOR_PASSWORD, isEnabled: false });
  const files = Object.values(filesOf(db, tenantId));
  const accounts = db.$client.prepare('SELECT id FROM accounts').all() as { id: number }[];

  const old = new Database(db.$client.name);
  try {
    old.pragma('secure_delete = OFF');
    old.transaction(() => {
      for (const f of files) old.prepare('UPDATE generated_files SET body = ? WHERE id = ?').run(f.body, f.id);
      for (const a of accounts) old.prepare('UPDATE accounts SET sip_password = ? WHERE id = ?').run(SIP_PASSWORD, a.id);
      old.prepare("UPDATE devices SET admin_password = CASE mac WHEN '001565dddd01' THEN ? ELSE ? END").run(ADMIN_PASSWORD, TENANT_DEFAULT_ADMIN_PASSWORD);
      old.prepare('UPDATE pbx_settings SET default_admin_password = ?').run(TENANT_DEFAULT_ADMIN_PASSWORD);
      for (const r of old.prepare('SELECT id, password FROM redirection_servers').all() as { id: number; password: string }[])
        old.prepare('UPDATE redirection_servers SET password = ? WHERE id = ?').run(decryptSecret(r.password), r.id);
      const gone = old
        .prepare("INSERT INTO accounts (tenant_id, extension, sip_username, auth_username, sip_password) VALUES (?, '299', 'gone', 'gone', ?)")
        .run(tenantId, DELETED_PASSWORD);
      old.prepare('DELETE FROM accounts WHERE id = ?').run(gone.lastInsertRowid);
    })();
    old.pragma('wal_checkpoint(TRUNCATE)');
  } finally {
    old.close();
  }
  return files.map((f) => ({ fileName: f.fileName, body: f.body, sha256: f.sha256 }));
}

describe('upgrade from a release that stored credentials in clear', () => {
  let previousFiles: ReturnType<typeof previousReleaseDatabase>;
  beforeAll(() => {
    previousFiles = previousReleaseDatabase();
  });

  it('the old database shows every credential to whoever copies it (what the start must fix)', () => {
    expect(secretsOnDisk().db.sort()).toEqual([...SECRETS].sort());
    expect(plaintextLeft()).toBeGreaterThan(0);
  });

  it('the start encrypts every credential and file in place: none is left in the file, its free space or its -wal', async () => {
    await bootstrap(db);
    expect(plaintextLeft()).toBe(0);
    expect(secretsOnDisk()).toEqual({ db: [], wal: [] });
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    expect(secretsOnDisk()).toEqual({ db: [], wal: [] });
  });

  it('phones get the very same files over HTTP, with the same ETags', async () => {
    expect(previousFiles.length).toBeGreaterThan(2);
    for (const file of previousFiles) {
      const answer = await request(servers.httpPort, `/provisioning/${file.fileName}`);
      expect({ file: file.fileName, status: answer.status, body: answer.body, etag: answer.headers.etag }).toEqual({
        file: file.fileName,
        status: 200,
        body: file.body,
        etag: `"${file.sha256}"`,
      });
    }
  });

  it('a second start changes nothing', async () => {
    const before = storedSecrets();
    await bootstrap(db);
    expect(storedSecrets()).toEqual(before);
  });
});
