import { execFile } from 'node:child_process';
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { auditLog } from '@/db/schema';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { createApiToken } from '@/lib/domain/users';
import { freshDatabase } from '@/lib/test-db';
import { exportHandlers } from './csv-export';
import { deviceImportHandlers } from './device-import';
import { openApiDocument } from './openapi';
import { startFetchServer } from '@/lib/test-fetch-server';

// Issue 11: GET /api/v1/devices/export and /api/v1/accounts/export over real HTTP (curl as the client): text/csv with
// the list's filters, passwords only for `reveal=secrets` by a role that may see them (and audited), and the device
// file posted back to the import's dry run reports every row unchanged.

let db: Db;
let tenantId: number;
let server: Awaited<ReturnType<typeof startFetchServer>>;
let base: string;
let viewer: string;
const owner = () => process.env.PROVISIO_API_TOKEN!;

const ROUTES: Record<string, (request: Request) => Promise<Response>> = {
  'GET /api/v1/devices/export': exportHandlers('devices').GET,
  'GET /api/v1/accounts/export': exportHandlers('accounts').GET,
  'POST /api/v1/devices/import': deviceImportHandlers().POST,
};

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  viewer = createApiToken(db, { name: 'viewer', role: 'viewer', tenantIds: [tenantId] }).token;
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const templateId = listTemplates(db, tenantId, model.id)[0].id;
  const a201 = createAccount(db, tenantId, { extension: '201', sipUsername: 'u201', sipPassword: 'Secret-201' });
  const a202 = createAccount(db, tenantId, { extension: '202', sipUsername: 'u202', sipPassword: 'Secret-202', displayName: '+39 desk' });
  createDevice(db, tenantId, { mac: '001565000001', modelId: model.id, templateId, label: '@Lobby', adminPassword: 'Adm1n-pass', lines: [a201.id, a202.id] });
  createDevice(db, tenantId, { mac: '001565000002', modelId: model.id, templateId, label: 'Office', isEnabled: false, vlanId: 30, lines: [a202.id] });
  server = await startFetchServer(async (request) => ROUTES[`${request.method} ${new URL(request.url).pathname}`]?.(request));
  base = `${server.origin}/api/v1`;
});
afterAll(() => server.close());

/** curl, asynchronously (the server answers in this process): status, headers, body. */
function curl(path: string, token = owner()) {
  return new Promise<{ status: number; headers: string; body: string }>((resolve, reject) => {
    execFile('curl', ['-s', '-D', '-', '-H', `Authorization: Bearer ${token}`, `${base}${path}`], (error, stdout) => {
      if (error) return reject(error);
      const split = stdout.indexOf('\r\n\r\n');
      const headers = stdout.slice(0, split);
      resolve({ status: Number(/^HTTP\/[\d.]+ (\d+)/.exec(headers)![1]), headers, body: stdout.slice(split + 4) });
    });
  });
}

const rowsOf = (csv: string) => parse(csv, { bom: true, columns: true }) as Record<string, string>[];
const reveals = () =>
  db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'reveal'), eq(auditLog.entity, 'device')))
    .all();

describe('GET /api/v1/devices/export', () => {
  it('answers the devices as a CSV download, without passwords unless revealed', async () => {
    const answer = await curl('/devices/export');
    expect(answer.status).toBe(200);
    expect(answer.headers).toMatch(/content-type: text\/csv; charset=utf-8/i);
    expect(answer.headers).toMatch(/content-disposition: attachment; filename="devices-\d{4}-\d{2}-\d{2}\.csv"/i);
    expect(answer.body.startsWith('\uFEFF"mac","model","template","label"')).toBe(true);
    expect(answer.body).not.toMatch(/Adm1n-pass|Secret-20/);
    expect(rowsOf(answer.body).map((r) => [r.mac, r.label, r.enabled, r.vlan_id, r.line1, r.line2])).toEqual([
      ['00:15:65:00:00:01', "'@Lobby", 'true', '', '201', '202'],
      ['00:15:65:00:00:02', 'Office', 'false', '30', '202', ''],
    ]);
    expect(reveals()).toEqual([]);
  });

  it('round-trips: the exported file posted to the import’s dry run reports every row unchanged', async () => {
    for (const query of ['', '?reveal=secrets']) {
      const exported = await curl(`/devices/export${query}`);
      const response = await fetch(`${base}/devices/import?dryRun=true`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${owner()}`, 'Content-Type': 'text/csv' },
        body: exported.body,
      });
      const report = (await response.json()) as { counts: Record<string, number>; rows: { status: string }[] };
      expect(response.status).toBe(200);
      expect(report.counts).toEqual({ create: 0, update: 0, unchanged: 2, error: 0 });
    }
  });

  it('reveals passwords and each line’s account to an admin token, audited; never to a viewer', async () => {
    const before = reveals().length;
    const revealed = rowsOf((await curl('/devices/export?reveal=secrets')).body);
    expect(revealed[0]).toMatchObject({ admin_password: 'Adm1n-pass', line1_sip_password: 'Secret-201', line2_display_name: "'+39 desk" });
    expect(reveals()).toHaveLength(before + 1);
    expect(reveals().at(-1)).toMatchObject({ actorKind: 'token', entityId: null });
    const asViewer = await curl('/devices/export?reveal=secrets', viewer);
    expect(asViewer.status).toBe(200);
    expect(asViewer.body).not.toMatch(/admin_password|Adm1n-pass|Secret-20/);
    expect(reveals()).toHaveLength(before + 1);
  });

  it('applies the list’s filters to every page', async () => {
    const macs = async (query: string) => rowsOf((await curl(`/devices/export?${query}`)).body).map((r) => r.mac);
    expect(await macs('enabled=0')).toEqual(['00:15:65:00:00:02']);
    expect(await macs('q=201')).toEqual(['00:15:65:00:00:01']);
    expect(await macs('page=2&pageSize=1')).toHaveLength(2);
  });

  it('refuses a missing token', async () => {
    expect((await curl('/devices/export', 'not-a-token')).status).toBe(401);
  });
});

describe('GET /api/v1/accounts/export', () => {
  it('answers the accounts the search selects; the SIP password only when revealed', async () => {
    const plain = await curl('/accounts/export?q=202');
    expect(plain.headers).toMatch(/filename="accounts-/);
    expect(rowsOf(plain.body)).toEqual([
      { extension: '202', sip_username: 'u202', auth_username: 'u202', display_name: "'+39 desk", first_name: '', last_name: '', voicemail_number: '' },
    ]);
    expect(rowsOf((await curl('/accounts/export?reveal=secrets')).body).map((r) => r.sip_password)).toEqual(['Secret-201', 'Secret-202']);
  });
});

it('both exports are in the OpenAPI document', () => {
  const paths = (openApiDocument('http://127.0.0.1/api/v1') as { paths: Record<string, Record<string, unknown>> }).paths;
  expect(paths['/devices/export']).toHaveProperty('get');
  expect(paths['/accounts/export']).toHaveProperty('get');
});
