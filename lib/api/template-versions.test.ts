import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { createDevice } from '@/lib/domain/devices';
import { createTemplate, updateTemplate } from '@/lib/domain/templates';
import { createTenant } from '@/lib/domain/tenants';
import { request } from '@/lib/test-http-client';
import { freshDatabase } from '@/lib/test-db';
import { actionHandlers, actionItemHandlers } from './handlers';
import { openApiDocument } from './openapi';

// Issue 11: GET /api/v1/templates/{id}/versions and /versions/{n}, read-only, over a real HTTP socket.

let db: Db;
let tenantId: number;
let server: http.Server;
let port: number;
let templateId: number;
let deviceId: number;

/** The two routes of app/api/v1/[resource]/[id]/[action](/[key]), behind a plain Node listener. */
async function route(req: http.IncomingMessage, res: http.ServerResponse) {
  const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
  const [, resource, id, action, key] = url.pathname.match(/^\/api\/v1\/([^/]+)\/([^/]+)\/([^/]+)(?:\/([^/]+))?$/) ?? [];
  const headers = Object.entries(req.headers).filter((e): e is [string, string] => typeof e[1] === 'string');
  const request = new Request(url, { method: req.method, headers });
  const response = key ? await actionItemHandlers(resource, action).GET(request, id, key) : await actionHandlers(resource, action).GET(request, id);
  res.writeHead(response.status, { 'Content-Type': 'application/json' }).end(await response.text());
}

const get = async (path: string, headers: Record<string, string> = { Authorization: `Bearer ${process.env.PROVISIO_API_TOKEN}` }) => {
  const answer = await request(port, path, { headers });
  return { status: answer.status, body: answer.body ? (JSON.parse(answer.body) as Record<string, unknown>) : null };
};

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  const modelId = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!.id;
  templateId = createTemplate(db, tenantId, { name: 'Lobby', modelId, format: 'text', body: 'a = %%DEVICE_LABEL%%\n', comment: 'first' }).id;
  deviceId = createDevice(db, tenantId, { mac: '001565aabb01', modelId, templateId, lines: [], label: 'Lobby', adminPassword: 'adm' }).id;
  updateTemplate(db, tenantId, templateId, { body: 'b = %%DEVICE_LABEL%%\n', comment: 'second' });
  server = http.createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise((resolve) => server.close(resolve)));

describe('/api/v1/templates/{id}/versions', () => {
  it('lists the versions newest first, without bodies', async () => {
    const { status, body } = await get(`/api/v1/templates/${templateId}/versions`);
    expect(status).toBe(200);
    expect(body!.items).toMatchObject([
      { number: 2, comment: 'second', origin: 'update', actorKind: 'system', changedDevices: 1 },
      { number: 1, comment: 'first', origin: 'create', changedDevices: 0 },
    ]);
    expect((body!.items as object[])[0]).not.toHaveProperty('body');
  });

  it('reads one version with its body and the devices whose file it changed', async () => {
    const { status, body } = await get(`/api/v1/templates/${templateId}/versions/2`);
    expect(status).toBe(200);
    expect(body).toMatchObject({ number: 2, body: 'b = %%DEVICE_LABEL%%\n', changedDeviceIds: [deviceId], changedDevices: [{ id: deviceId, mac: '001565aabb01' }] });
    expect((await get(`/api/v1/templates/${templateId}/versions/1`)).body).toMatchObject({ body: 'a = %%DEVICE_LABEL%%\n', changedDeviceIds: [] });
  });

  it('answers 404 for a missing version, another tenant’s template and a bad number; 401 without a token', async () => {
    expect((await get(`/api/v1/templates/${templateId}/versions/3`)).status).toBe(404);
    expect((await get(`/api/v1/templates/${templateId}/versions/x`)).status).toBe(404);
    expect((await get(`/api/v1/templates/999999/versions`)).status).toBe(404);
    const other = createTenant(db, { name: 'Other' });
    expect((await get(`/api/v1/templates/${templateId}/versions?tenant=${other.uuid}`)).status).toBe(404);
    expect((await get(`/api/v1/templates/${templateId}/versions/1?tenant=${other.uuid}`)).status).toBe(404);
    expect((await get(`/api/v1/devices/${deviceId}/versions/1`)).status).toBe(404);
    expect((await get(`/api/v1/templates/${templateId}/versions`, {})).status).toBe(401);
  });

  it('is documented in the OpenAPI document, read-only', () => {
    const paths = openApiDocument('http://pbx.test/api/v1').paths;
    expect(Object.keys(paths['/templates/{id}/versions'])).toEqual(['get']);
    expect(Object.keys(paths['/templates/{id}/versions/{n}'])).toEqual(['get']);
  });
});
