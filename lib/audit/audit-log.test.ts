import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { auditLogForExport, auditScopeOf, listAuditLog } from '@/db/queries/audit-log';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { apiTokens } from '@/db/schema';
import { collectionHandlers, itemHandlers } from '@/lib/api/handlers';
import { runAs } from '@/lib/auth/actor';
import { hashToken } from '@/lib/auth/secrets';
import { createAccount, updateAccount } from '@/lib/domain/accounts';
import { createDevice, deleteDevice, updateDevice } from '@/lib/domain/devices';
import { updatePhoneAccess } from '@/lib/domain/phone-access';
import { createApiToken, createUser, resetUserPassword, revokeApiToken, setUserAccess } from '@/lib/domain/users';
import { createRedirectionServer } from '@/lib/domain/redirection-servers';
import { translator } from '@/lib/i18n/translate';
import { createRedirectionWorker } from '@/lib/redirection/worker';
import { startYealinkXmlRpcFake, YEALINK_FAKE_SEED } from '@/lib/redirection/yealink-xmlrpc.fake';
import { freshDatabase } from '@/lib/test-db';
import { auditCsv } from './export';
import { diffFields, pruneAuditLog, recordAudit } from './record';
import { recordFileReveal } from './reveal';
import { startFetchServer } from '@/lib/test-fetch-server';

// Issue 10, audit log: every write records who, when, what and the changed fields, in the write's own transaction;
// secrets only ever as "changed". Through the domain and through the REST API over real HTTP.

const ALICE = { kind: 'user', userId: 7, name: 'alice' } as const;
const ADMIN_PASSWORD = 'Adm1n-Audit-Old';
const NEW_ADMIN_PASSWORD = 'Adm1n-Audit-New';
const SIP_PASSWORD = 'Sip-Audit-Secret-1';
const TOKEN = 'audit-test-token-0123456789abcdef';

let db: Db;
let tenantId: number;

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const yealink = () => {
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  return { modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id };
};
const entries = (filters: Record<string, string> = {}) => listAuditLog(db, auditScopeOf(db, tenantId), { page: 1, pageSize: 500, ...filters }).items;
/** Everything the audit table holds, as stored: what a copy of the database would show. */
const rawAuditTable = () => JSON.stringify(db.$client.prepare('SELECT * FROM audit_log').all());

describe('the trail of a device through the domain', () => {
  it('records create → update → delete with the console user, the changed fields and secrets only as "changed"', () => {
    const account = runAs(ALICE, () =>
      createAccount(db, tenantId, { extension: '301', sipUsername: 'u301', sipPassword: SIP_PASSWORD, displayName: 'Front desk' }),
    );
    const device = runAs(ALICE, () =>
      createDevice(db, tenantId, { mac: '001565a0d101', ...yealink(), label: 'Lobby', adminPassword: ADMIN_PASSWORD, lines: [account.id] }),
    );
    runAs(ALICE, () => updateDevice(db, tenantId, device.id, { label: 'Reception', adminPassword: NEW_ADMIN_PASSWORD }));
    runAs(ALICE, () => updateDevice(db, tenantId, device.id, { label: 'Reception' }));
    runAs(ALICE, () => deleteDevice(db, tenantId, device.id));

    const trail = entries({ entity: 'device' }).reverse();
    expect(trail.map((e) => [e.action, e.entityId, e.entityLabel, e.actorKind, e.actorId, e.actorName, e.tenantId])).toEqual([
      ['create', device.id, 'Lobby', 'user', 7, 'alice', tenantId],
      // The second update changed nothing: not recorded.
      ['update', device.id, 'Reception', 'user', 7, 'alice', tenantId],
      ['delete', device.id, 'Reception', 'user', 7, 'alice', tenantId],
    ]);
    const [created, updated, deleted] = trail;
    expect(created.changes).toContainEqual({ field: 'mac', to: '001565a0d101' });
    expect(created.changes).toContainEqual({ field: 'lines', to: [account.id] });
    expect(created.changes).toContainEqual({ field: 'adminPassword', changed: true });
    expect(updated.changes).toEqual([
      { field: 'label', from: 'Lobby', to: 'Reception' },
      { field: 'adminPassword', changed: true },
    ]);
    expect(deleted.changes).toContainEqual({ field: 'label', from: 'Reception' });
    expect(Math.abs(updated.at - Date.now())).toBeLessThan(60_000);

    const accountTrail = entries({ entity: 'account' });
    expect(accountTrail[0]).toMatchObject({ action: 'create', entityLabel: '301 Front desk', actorName: 'alice' });
    expect(accountTrail[0].changes).toContainEqual({ field: 'sipPassword', changed: true });

    for (const secret of [ADMIN_PASSWORD, NEW_ADMIN_PASSWORD, SIP_PASSWORD]) expect(rawAuditTable()).not.toContain(secret);
  });

  it('names the product itself for a write outside any request, and filters by actor, entity and date', () => {
    const account = createAccount(db, tenantId, { extension: '302', sipUsername: 'u302', sipPassword: 'x-302-secret' });
    runAs(ALICE, () => updateAccount(db, tenantId, account.id, { sipPassword: 'y-302-secret' }));
    const mine = entries({ entity: 'account' }).filter((e) => e.entityId === account.id);
    expect(mine.map((e) => [e.action, e.actorKind, e.actorName])).toEqual([
      ['update', 'user', 'alice'],
      ['create', 'system', 'provisio'],
    ]);
    expect(mine[0].changes).toEqual([{ field: 'sipPassword', changed: true }]);

    expect(entries({ actor: 'provisio' }).every((e) => e.actorName === 'provisio')).toBe(true);
    expect(entries({ actor: 'provisio' }).some((e) => e.entityId === account.id)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    expect(entries({ from: today, to: today }).length).toBe(entries().length);
    expect(entries({ to: '2020-01-01' })).toEqual([]);
    expect(entries({ from: new Date(Date.now() + 60_000).toISOString() })).toEqual([]);
  });

  it('keeps nothing of a write that is refused', () => {
    const before = entries().length;
    expect(() => runAs(ALICE, () => createDevice(db, tenantId, { mac: 'not-a-mac', ...yealink() }))).toThrow();
    expect(() =>
      db.transaction((tx) => {
        recordAudit(tx, { tenantId, entity: 'device', action: 'create', label: 'rolled back' });
        throw new Error('the write failed after recording');
      }),
    ).toThrow('the write failed');
    expect(entries().length).toBe(before);
  });
});

describe('the trail of a device through the REST API over real HTTP', () => {
  let server: Awaited<ReturnType<typeof startFetchServer>>;
  let base: string;

  beforeAll(async () => {
    db.insert(apiTokens)
      .values({ name: 'ci-bot', tokenHash: hashToken(TOKEN), role: 'owner' })
      .run();
    // The same dispatch as app/api/v1/[resource] and [resource]/[id].
    server = await startFetchServer((request) => {
      const [resource, id] = new URL(request.url).pathname.replace(/^\/api\/v1\//, '').split('/');
      return id
        ? itemHandlers(resource)[request.method as 'GET' | 'PATCH' | 'DELETE'](request, id)
        : collectionHandlers(resource)[request.method as 'GET' | 'POST'](request);
    });
    base = `${server.origin}/api/v1`;
  });
  afterAll(() => server.close());

  const call = async (method: string, path: string, body?: unknown) => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { Authorization: `Bearer ${TOKEN}`, 'Content-Type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
  };

  it('records the token as the actor, and GET /api/v1/audit-log pages and filters the entries without any secret', async () => {
    const created = await call('POST', '/devices', { mac: '001565a0d201', ...yealink(), label: 'API phone', adminPassword: ADMIN_PASSWORD });
    expect(created.status).toBe(201);
    const id = created.body!.id as number;
    expect((await call('PATCH', `/devices/${id}`, { label: 'API phone 2', adminPassword: NEW_ADMIN_PASSWORD })).status).toBe(200);
    expect((await call('DELETE', `/devices/${id}`)).status).toBe(204);

    const listed = await call('GET', '/audit-log?entity=device&actor=ci-bot');
    expect(listed.status).toBe(200);
    const items = listed.body!.items as { action: string; entityId: number; actorKind: string; changes: unknown[] }[];
    expect(items.map((e) => [e.action, e.entityId, e.actorKind])).toEqual([
      ['delete', id, 'token'],
      ['update', id, 'token'],
      ['create', id, 'token'],
    ]);
    expect(items[1].changes).toEqual([
      { field: 'label', from: 'API phone', to: 'API phone 2' },
      { field: 'adminPassword', changed: true },
    ]);
    expect(JSON.stringify(listed.body)).not.toContain(NEW_ADMIN_PASSWORD);

    const firstPage = await call('GET', '/audit-log?pageSize=2');
    expect(firstPage.body).toMatchObject({ page: 1, pageSize: 2, total: entries().length });
    expect((await call('GET', `/audit-log/${(firstPage.body!.items as { id: number }[])[0].id}`)).status).toBe(200);
    expect((await call('POST', '/audit-log', { action: 'forged' })).status).toBe(405);
    expect((await call('DELETE', `/audit-log/1`)).status).toBe(405);
    expect(rawAuditTable()).not.toContain(ADMIN_PASSWORD);
  });

  it('records a token that reads secrets in clear (?reveal=secrets), once per request, and not a plain read', async () => {
    const created = await call('POST', '/devices', { mac: '001565a0d202', ...yealink(), label: 'Revealed', adminPassword: ADMIN_PASSWORD });
    const id = created.body!.id as number;
    const reveals = () => entries({ entity: 'device' }).filter((e) => e.action === 'reveal');
    expect((await call('GET', `/devices/${id}`)).status).toBe(200);
    expect((await call('GET', '/devices')).status).toBe(200);
    expect(reveals()).toEqual([]);
    expect((await call('GET', `/devices/${id}?reveal=secrets`)).body).toMatchObject({ adminPassword: ADMIN_PASSWORD });
    expect((await call('GET', '/devices?reveal=secrets')).status).toBe(200);
    expect(reveals().map((e) => [e.entityId, e.actorKind, e.actorName])).toEqual([
      [null, 'token', 'ci-bot'],
      [id, 'token', 'ci-bot'],
    ]);
    expect((await call('DELETE', `/devices/${id}`)).status).toBe(204);
  });
});

describe('the redirection worker', () => {
  it('records what it sent to the vendor as Provisio (redirection), the admin who created the server as themselves', async () => {
    const yealinkFake = await startYealinkXmlRpcFake();
    try {
      const server = runAs(ALICE, () =>
        createRedirectionServer(db, tenantId, {
          brand: 'yealink',
          name: YEALINK_FAKE_SEED.serverName,
          username: YEALINK_FAKE_SEED.user,
          password: YEALINK_FAKE_SEED.password,
          apiBaseUrl: yealinkFake.baseUrl,
        }),
      );
      runAs(ALICE, () => createDevice(db, tenantId, { mac: '001565a0d301', ...yealink() }));
      await createRedirectionWorker({ db, pollMs: 50, defaultUrl: () => 'https://pbx.test/provisioning/', timeoutMs: 1000 }).runOnce();
      const trail = entries({ entity: 'redirection-server' }).filter((e) => e.entityId === server.id);
      expect(trail.map((e) => [e.action, e.actorKind, e.actorName])).toEqual([
        ['register', 'system', 'redirection'],
        ['create', 'user', 'alice'],
      ]);
      expect(trail[0].changes).toEqual([
        { field: 'mac', to: '00:15:65:A0:D3:01' },
        { field: 'result', to: 'done' },
      ]);
      expect(trail[1].changes).toContainEqual({ field: 'password', changed: true });
      expect(rawAuditTable()).not.toContain(YEALINK_FAKE_SEED.password);
    } finally {
      await yealinkFake.close();
    }
  });
});

describe('the CSV export', () => {
  it('writes the filtered trail in the admin language, secrets as "changed", formulas defused', () => {
    runAs({ kind: 'user', userId: 8, name: '=HYPERLINK("http://evil")' }, () =>
      createAccount(db, tenantId, { extension: '303', sipUsername: 'u303', sipPassword: 'csv-secret-303', displayName: '+39 front' }),
    );
    const csv = auditCsv(auditLogForExport(db, auditScopeOf(db, tenantId), { entity: 'account' }), translator('it'), 'Europe/Rome');
    const lines = csv.slice(1).split('\r\n');
    expect(lines[0]).toBe('"Quando (Europe/Rome)","Tipo","Chi","Cosa","Id","Nome","Azione","Modifiche"');
    expect(lines[1]).toMatch(/^"\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}","Utente","'=HYPERLINK\(""http:\/\/evil""\)","Account","\d+","303 \+39 front","Creato","/);
    expect(lines[1]).toContain('sipPassword: modificato');
    expect(lines[1]).toContain('displayName: +39 front');
    expect(csv).not.toContain('csv-secret-303');
    expect(lines).toHaveLength(entries({ entity: 'account' }).length + 2);
  });
});

describe('users, API tokens and phone access', () => {
  const OWNER = { kind: 'user', userId: 1, name: 'admin' } as const;

  it('records users and tokens (in no tenant: seen from the default one) and phone access, never a password or token', async () => {
    const user = await runAs(OWNER, () => createUser(db, { username: 'carol', password: 'Carol-Initial-Pw1', role: 'viewer', tenantIds: [tenantId] }));
    runAs(OWNER, () => setUserAccess(db, 1, user.id, { role: 'tenant_admin', tenantIds: [tenantId] }));
    await runAs(OWNER, () => resetUserPassword(db, 1, user.id, 'Carol-Reset-Pw22'));
    const token = runAs(OWNER, () => createApiToken(db, { name: 'backup-bot', role: 'viewer', tenantIds: [tenantId] }));
    runAs(OWNER, () => revokeApiToken(db, token.id));
    runAs(OWNER, () => updatePhoneAccess(db, tenantId, { authMode: 'basic', username: 'phones', password: 'Phone-Access-Pw9' }));

    const users = entries({ entity: 'user' }).filter((e) => e.entityId === user.id);
    expect(users.map((e) => [e.action, e.tenantId, e.actorName, e.changes])).toEqual([
      ['update', null, 'admin', [{ field: 'password', changed: true }]],
      ['update', null, 'admin', [{ field: 'role', from: 'viewer', to: 'tenant_admin' }]],
      [
        'create',
        null,
        'admin',
        [
          { field: 'role', to: 'viewer' },
          { field: 'tenantIds', to: [tenantId] },
          { field: 'password', changed: true },
        ],
      ],
    ]);
    expect(entries({ entity: 'api-token' }).map((e) => [e.action, e.entityLabel])).toEqual([
      ['delete', 'backup-bot'],
      ['create', 'backup-bot'],
    ]);
    const access = entries({ entity: 'phone-access' })[0];
    expect(access.changes).toContainEqual({ field: 'authMode', from: 'off', to: 'basic' });
    expect(access.changes).toContainEqual({ field: 'password', changed: true });
    for (const secret of ['Carol-Initial-Pw1', 'Carol-Reset-Pw22', token.token, 'Phone-Access-Pw9']) expect(rawAuditTable()).not.toContain(secret);
  });
});

describe('reveals', () => {
  it("records a console user's reveal of a file's secrets as that user, with the file's name", () => {
    const session = { userId: 9, username: 'bob', tenant: { id: tenantId } } as Parameters<typeof recordFileReveal>[1];
    recordFileReveal(db, session, { id: 4242, fileName: '001565a0d401.cfg' });
    expect(entries({ entity: 'file' })[0]).toMatchObject({
      action: 'reveal',
      entityId: 4242,
      entityLabel: '001565a0d401.cfg',
      actorKind: 'user',
      actorId: 9,
      actorName: 'bob',
    });
  });
});

describe('diffFields and retention', () => {
  it('keeps old → new of plain fields, only "changed" for secrets and long texts, and leaves bookkeeping out', () => {
    const body = 'x'.repeat(500);
    expect(
      diffFields(
        { id: 1, name: 'a', body, password: 'p1', isEnabled: true, updatedAt: new Date(1) },
        { id: 1, name: 'b', body: `${body}y`, password: 'p2', isEnabled: true, updatedAt: new Date(2) },
      ),
    ).toEqual([
      { field: 'name', from: 'a', to: 'b' },
      { field: 'body', changed: true },
      { field: 'password', changed: true },
    ]);
    expect(diffFields(null, { name: 'n', value: '', apiToken: 't' })).toEqual([
      { field: 'name', to: 'n' },
      { field: 'apiToken', changed: true },
    ]);
  });

  it('drops the entries older than the retention, and none when it is 0', () => {
    const now = new Date();
    const old = new Date(now.getTime() - 400 * 24 * 60 * 60 * 1000);
    recordAudit(db, { tenantId, entity: 'tenant', action: 'update', label: 'old entry', changes: [{ field: 'name', from: 'x', to: 'y' }] }, old);
    expect(entries().some((e) => e.entityLabel === 'old entry')).toBe(true);
    expect(pruneAuditLog(db, now, 0)).toBe(0);
    expect(pruneAuditLog(db, now, 365)).toBe(1);
    expect(entries().some((e) => e.entityLabel === 'old entry')).toBe(false);
  });
});
