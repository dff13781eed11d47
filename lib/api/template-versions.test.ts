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
import { RESOURCES } from './resources';
import { compareTemplateVersions } from './template-versions';
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
    expect(body).toMatchObject({
      number: 2,
      body: 'b = %%DEVICE_LABEL%%\n',
      changedDeviceIds: [deviceId],
      changedDevices: [{ id: deviceId, mac: '001565aabb01' }],
    });
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

describe('comparing versions and saving with a comment', () => {
  const yealink = () => listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!.id;
  const customTemplate = (body: string) => createTemplate(db, tenantId, { name: `T ${Math.random()}`, modelId: yealink(), format: 'text', body });

  it('compares two versions: the changed lines with their numbers, and the settings that changed', () => {
    const template = customTemplate('a = 1\nb = 2\nc = 3\n');
    updateTemplate(db, tenantId, template.id, { body: 'a = 1\nb = 20\nc = 3\nd = 4\n', lineEndings: 'crlf' });
    const comparison = compareTemplateVersions(db, tenantId, template.id, 1, 2)!;
    expect(comparison.settings).toEqual([{ field: 'lineEndings', from: 'lf', to: 'crlf' }]);
    expect(comparison.diff).toMatchObject({ added: 2, removed: 1 });
    expect(comparison.diff.rows).toEqual([
      { kind: 'same', oldLine: 1, newLine: 1, text: 'a = 1' },
      { kind: 'removed', oldLine: 2, newLine: null, text: 'b = 2' },
      { kind: 'added', oldLine: null, newLine: 2, text: 'b = 20' },
      { kind: 'same', oldLine: 3, newLine: 3, text: 'c = 3' },
      { kind: 'added', oldLine: null, newLine: 4, text: 'd = 4' },
    ]);
    expect(comparison.to).not.toHaveProperty('body');
    expect(compareTemplateVersions(db, tenantId, template.id, 1, 5)).toBeUndefined();
  });

  it('the REST API saves with a comment and reads the versions (404 for another template or number)', () => {
    const resource = RESOURCES.templates;
    const created = resource.create!(db, tenantId, { name: 'Via API', modelId: yealink(), format: 'text', body: 'a = 1\n', comment: 'from CI' });
    const id = created.id as number;
    expect(created).toMatchObject({ version: 1 });
    expect(created).not.toHaveProperty('comment');
    resource.update!(db, tenantId, id, { body: 'a = 2\n' });
    const list = resource.actions!.versions.GET!({ db, tenantId, id, body: null, tenant: { uuid: '', name: '', isDefault: true } }) as { items: unknown[] };
    expect(list.items).toMatchObject([{ number: 2 }, { number: 1, comment: 'from CI' }]);
    expect(resource.actionItems!.versions({ db, tenantId, id, key: 1 })).toMatchObject({ number: 1, body: 'a = 1\n', changedDevices: [] });
    expect(() => resource.actionItems!.versions({ db, tenantId, id, key: 3 })).toThrow();
  });
});
