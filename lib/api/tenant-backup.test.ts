import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { createTenant } from '@/lib/domain/tenants';
import { createApiToken } from '@/lib/domain/users';
import { filesOf, freshDatabase } from '@/lib/test-db';
import { openApiDocument } from './openapi';
import { tenantBackupHandlers, tenantRestoreHandlers } from './tenant-backup';
import { startFetchServer } from '@/lib/test-fetch-server';

// Issue 11: /api/v1/backup and /api/v1/backup/restore over real HTTP: roles, passwords sealed with a passphrase, a
// restore into an empty tenant only (refused in the caller's language otherwise).

let db: Db;
let tenantId: number;
let server: Awaited<ReturnType<typeof startFetchServer>>;
let base: string;
let viewer: string;
const owner = () => process.env.PROVISIO_API_TOKEN!;
const PASSPHRASE = 'a long enough passphrase';

const ROUTES: Record<string, (request: Request) => Promise<Response>> = {
  'GET /api/v1/backup': tenantBackupHandlers().GET,
  'POST /api/v1/backup': tenantBackupHandlers().POST,
  'POST /api/v1/backup/restore': tenantRestoreHandlers().POST,
};

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  viewer = createApiToken(db, { name: 'viewer', role: 'viewer', tenantIds: [tenantId] }).token;
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const a201 = createAccount(db, tenantId, { extension: '201', sipUsername: 'u201', sipPassword: 'Secret-201' });
  createDevice(db, tenantId, {
    mac: '001565000001',
    modelId: model.id,
    templateId: listTemplates(db, tenantId, model.id)[0].id,
    adminPassword: 'Adm1n-1',
    lines: [a201.id],
  });
  server = await startFetchServer(async (request) => ROUTES[`${request.method} ${new URL(request.url).pathname}`]?.(request));
  base = `${server.origin}/api/v1`;
});
afterAll(() => server.close());

async function call(method: string, path: string, body?: unknown, { token = owner(), language = 'en' } = {}) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': language },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

describe('/api/v1/backup', () => {
  it('answers the backup as a download to admin tokens, without passwords unless sealed with a passphrase; viewers get 403', async () => {
    const plain = await call('GET', '/backup');
    expect(plain.status).toBe(200);
    expect(plain.headers.get('content-disposition')).toMatch(/^attachment; filename="provisio-backup-Default-\d{4}-\d{2}-\d{2}\.json"$/);
    expect(JSON.parse(plain.text)).toMatchObject({ format: 'provisio-tenant-backup', secrets: null, devices: [{ mac: '001565000001', lines: ['u201'] }] });
    expect(plain.text).not.toMatch(/Secret-201|Adm1n-1/);
    expect((await call('GET', '/backup', undefined, { token: viewer })).status).toBe(403);
    const short = await call('POST', '/backup', { secrets: true, passphrase: 'short', confirm: 'short' }, { language: 'it' });
    expect(short.status).toBe(400);
    expect(JSON.parse(short.text).fields.passphrase).toEqual([
      "Usa una passphrase di almeno 12 caratteri: è l'unica protezione delle password contenute nel file.",
    ]);
    const sealed = await call('POST', '/backup', { secrets: true, passphrase: PASSPHRASE, confirm: PASSPHRASE });
    expect(sealed.status).toBe(200);
    expect(sealed.text).not.toMatch(/Secret-201|Adm1n-1/);
    expect(JSON.parse(sealed.text).secrets).toMatchObject({ cipher: 'aes-256-gcm', kdf: 'scrypt' });
  });

  it('restores into an empty tenant (same files), and refuses a tenant that is not empty in the caller’s language', async () => {
    const backup = JSON.parse((await call('POST', '/backup', { secrets: true, passphrase: PASSPHRASE, confirm: PASSPHRASE })).text) as unknown;
    const branch = createTenant(db, { name: 'Branch' });
    expect((await call('POST', `/backup/restore?tenant=${branch.uuid}`, { backup }, { token: viewer })).status).toBe(404);
    const wrong = await call('POST', `/backup/restore?tenant=${branch.uuid}`, { backup, passphrase: 'not it at all' });
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.text)).toMatchObject({ error: 'backup.passphraseWrong' });
    const restored = await call('POST', `/backup/restore?tenant=${branch.uuid}`, { backup, passphrase: PASSPHRASE });
    expect(restored.status).toBe(200);
    expect(JSON.parse(restored.text)).toEqual({ models: 0, templates: 0, placeholders: 0, accounts: 1, devices: 1, passwordsGenerated: 0 });
    expect(filesOf(db, branch.id)['001565000001.cfg'].body).toContain('Secret-201');
    const again = await call('POST', `/backup/restore?tenant=${branch.uuid}`, { backup, passphrase: PASSPHRASE }, { language: 'it' });
    expect(again.status).toBe(409);
    expect(JSON.parse(again.text).message).toMatch(/^Un backup si ripristina solo in un tenant vuoto, e “Branch”/);
    const notJson = await call('POST', `/backup/restore?tenant=${branch.uuid}`, { backup: 'not json' });
    expect(JSON.parse(notJson.text)).toMatchObject({ error: 'backup.notABackup' });
  });

  it('is in the OpenAPI document', () => {
    const paths = (openApiDocument('http://127.0.0.1/api/v1') as { paths: Record<string, Record<string, unknown>> }).paths;
    expect(Object.keys(paths['/backup'])).toEqual(['get', 'post']);
    expect(paths['/backup/restore']).toHaveProperty('post');
  });
});
