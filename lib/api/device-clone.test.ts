import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { deviceFile, getDevice } from '@/db/queries/devices';
import { listTemplates } from '@/db/queries/templates';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { createTenant } from '@/lib/domain/tenants';
import { createApiToken } from '@/lib/domain/users';
import { flushFetchLog, recordFetch } from '@/lib/provisioning/fetch-log';
import { freshDatabase } from '@/lib/test-db';
import { actionHandlers } from './handlers';
import { openApiDocument } from './openapi';
import { startFetchServer } from '@/lib/test-fetch-server';

// Issue 11: POST /api/v1/devices/{id}/clone and GET /api/v1/devices/{id}/fetches over a real HTTP socket.

let db: Db;
let tenantId: number;
let server: Awaited<ReturnType<typeof startFetchServer>>;
let base: string;
let sourceId: number;
let viewerToken: string;
let otherTenant: string;
const ADMIN = process.env.PROVISIO_API_TOKEN ?? 'test-api-token-0123456789';

/** app/api/v1/[resource]/[id]/[action]/route.ts. */
function route(request: Request) {
  const [resource, id, action] = new URL(request.url).pathname.replace(/^\/api\/v1\//, '').split('/');
  return actionHandlers(resource, action)[request.method as 'GET' | 'POST'](request, id);
}

async function call(method: 'GET' | 'POST', path: string, body?: unknown, token = ADMIN) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': 'en' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : null };
}

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const account = createAccount(db, tenantId, { extension: '401', sipUsername: 'u401', sipPassword: 'Secret-401' });
  sourceId = createDevice(db, tenantId, {
    mac: '001565d10001',
    modelId: model.id,
    templateId: listTemplates(db, tenantId, model.id)[0].id,
    label: 'Desk 1',
    lines: [account.id],
    adminPassword: 'Adm1n-401',
    vlanId: 30,
  }).id;
  viewerToken = createApiToken(db, { name: 'viewer', role: 'viewer', tenantIds: [tenantId] }).token;
  otherTenant = createTenant(db, { name: 'Other' }).uuid;
  recordFetch(db, {
    at: Date.UTC(2026, 0, 5),
    channel: 'tftp',
    tenantId,
    fileName: 'cfg001565d10001.xml',
    clientIp: '192.0.2.40',
    userAgent: null,
    status: 404,
    deviceId: null,
  });
  flushFetchLog();
  server = await startFetchServer(route);
  base = `${server.origin}/api/v1`;
});

afterAll(() => server.close());

describe('POST /api/v1/devices/{id}/clone', () => {
  it('answers 201 with the copy like a create: new MAC and label, the rest the same, its file, no secret', async () => {
    const { status, body } = await call('POST', `/devices/${sourceId}/clone`, { mac: '00:15:65:D1:00:02', label: 'Desk 2' });
    expect(status).toBe(201);
    expect(body).toMatchObject({ mac: '001565d10002', label: 'Desk 2', vlanId: 30, file: { fileName: '001565d10002.cfg' } });
    expect(JSON.stringify(body)).not.toContain('Adm1n-401');
    const copy = getDevice(db, tenantId, Number(body!.id))!;
    expect(copy).toMatchObject({ adminPassword: 'Adm1n-401', lines: getDevice(db, tenantId, sourceId)!.lines });
    expect(deviceFile(db, copy.id)).not.toBeNull();
  });

  it('refuses a taken MAC (409) and an invalid one (400) under the field `mac`, in the caller’s language', async () => {
    const taken = await call('POST', `/devices/${sourceId}/clone`, { mac: '001565d10001' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ fields: { mac: ['The MAC address 001565d10001 already belongs to device Desk 1.'] } });
    const invalid = await call('POST', `/devices/${sourceId}/clone`, { mac: 'zz' });
    expect(invalid).toMatchObject({ status: 400, body: { fields: { mac: [expect.any(String)] } } });
    expect((await call('POST', `/devices/${sourceId}/clone`)).status).toBe(400);
  });

  it('is refused to a viewer token (403) and answers 404 for a device outside the tenant', async () => {
    expect((await call('POST', `/devices/${sourceId}/clone`, { mac: '001565d10003' }, viewerToken)).status).toBe(403);
    expect((await call('POST', `/devices/${sourceId}/clone?tenant=${otherTenant}`, { mac: '001565d10003' })).status).toBe(404);
    expect((await call('POST', `/devices/999999/clone`, { mac: '001565d10003' })).status).toBe(404);
  });

  it('is documented with its body and its 201', () => {
    const clone = openApiDocument('http://pbx.test/api/v1').paths['/devices/{id}/clone'] as Record<string, Record<string, unknown>>;
    expect(Object.keys(clone)).toEqual(['post']);
    expect(clone.post.requestBody).toMatchObject({ content: { 'application/json': { schema: { $ref: '#/components/schemas/DeviceCloneInput' } } } });
    expect(clone.post.responses).toHaveProperty('201');
  });
});

describe('GET /api/v1/devices/{id}/fetches', () => {
  it("answers the phone's history, with the 404s from its MAC under other names; viewers read it too", async () => {
    const { status, body } = await call('GET', `/devices/${sourceId}/fetches`, undefined, viewerToken);
    expect(status).toBe(200);
    expect(body).toMatchObject({
      fileName: '001565d10001.cfg',
      lastFetch: { channel: 'tftp', status: 404, clientIp: '192.0.2.40' },
      missedNames: [{ fileName: 'cfg001565d10001.xml', count: 1 }],
    });
    expect((await call('GET', `/devices/${sourceId}/fetches?tenant=${otherTenant}`)).status).toBe(404);
  });
});
