import { expect, test } from '@playwright/test';
import { AUTH, apiJson, factory, unique } from '../support/api';

const noStackTrace = (text: string) => expect(text).not.toMatch(/\n\s+at |node_modules|\.ts:\d+/);

test('401 without a token or with a wrong one', async ({ request }) => {
  for (const headers of [{}, { Authorization: 'Bearer nope' }, { Authorization: 'Basic YWRtaW46YWRtaW4=' }] as Record<string, string>[]) {
    const res = await request.get('/api/v1/devices', { headers });
    expect(res.status()).toBe(401);
    expect(res.headers()['www-authenticate']).toContain('Bearer');
  }
});

test('400 with per-field messages, in the caller language', async ({ request }) => {
  const res = await request.post('/api/v1/devices', { headers: AUTH, data: { mac: 'not-a-mac', modelId: 'x' } });
  expect(res.status()).toBe(400);
  const body = await res.json();
  expect(body.error).toBe('validation_failed');
  expect(body.fields.mac[0]).toContain('not a MAC address');
  expect(body.fields.templateId).toBeDefined();
  const italian = await request.post('/api/v1/devices', { headers: { ...AUTH, 'Accept-Language': 'it-IT,it;q=0.9' }, data: { mac: '12' } });
  expect((await italian.json()).fields.mac[0]).toContain('non è un indirizzo MAC');
  const broken = await request.post('/api/v1/accounts', { headers: { ...AUTH, 'Content-Type': 'application/json' }, data: '{"extension": ' });
  expect(broken.status()).toBe(400);
  noStackTrace(await broken.text());
});

test('404 for unknown items, resources and ids', async ({ request }) => {
  for (const path of ['/devices/999999', '/nothing', '/nothing/1', '/devices/abc', '/devices/1e3']) {
    const res = await request.get(`/api/v1${path}`, { headers: AUTH });
    expect(res.status(), path).toBe(404);
    noStackTrace(await res.text());
  }
});

test('409 for a duplicate MAC, naming the device that holds it', async ({ request }) => {
  const { device, model, template } = await factory.device(request, 'Yealink T4x', { label: 'Front desk' });
  const res = await request.post('/api/v1/devices', {
    headers: AUTH,
    data: { mac: device.mac.toUpperCase().match(/../g)!.join('-'), modelId: model.id, templateId: template.id },
  });
  expect(res.status()).toBe(409);
  const body = await res.json();
  expect(body.fields.mac[0]).toContain('Front desk');
});

test('422 for a template with unknown placeholders, with names and lines', async ({ request }) => {
  const { model } = await factory.model(request, 'Yealink T4x');
  const res = await request.post('/api/v1/templates', {
    headers: AUTH,
    data: { name: `Bad ${unique().tag}`, modelId: model.id, format: 'text', body: 'a\n%%ACCOUNT_SIP_USERNAM%%\n' },
  });
  expect(res.status()).toBe(422);
  const body = await res.json();
  expect(body.details).toEqual([{ code: 'unknown_placeholder', name: 'ACCOUNT_SIP_USERNAM', line: 2, column: 1 }]);
});

test('secrets are write-only unless an admin asks for them', async ({ request }) => {
  const account = await factory.account(request);
  expect(account).not.toHaveProperty('sipPassword');
  expect(account.sipPasswordSet).toBe(true);
  const revealed = await apiJson<{ sipPassword: string }>(request, 'GET', `/accounts/${account.id}?reveal=secrets`, undefined, 200);
  expect(revealed.sipPassword).toBe(`pw-${account.sipUsername}-S3cret`);
  // A partial update without the password keeps it.
  await apiJson(request, 'PATCH', `/accounts/${account.id}`, { displayName: 'Renamed' }, 200);
  expect((await apiJson<{ sipPassword: string }>(request, 'GET', `/accounts/${account.id}?reveal=secrets`)).sipPassword).toBe(revealed.sipPassword);
});

test('files: list, body with masked secrets, and the device link', async ({ request }) => {
  const { device, account } = await factory.device(request);
  const { items } = await apiJson<{ items: Array<{ id: number; fileName: string; deviceId: number | null }> }>(request, 'GET', '/files');
  const file = items.find((f) => f.fileName === device.file!.fileName)!;
  expect(file.deviceId).toBe(device.id);
  const masked = await apiJson<{ body: string; secretsMasked: boolean }>(request, 'GET', `/files/${file.id}`);
  expect(masked.secretsMasked).toBe(true);
  expect(masked.body).not.toContain(`pw-${account.sipUsername}-S3cret`);
  expect(masked.body).toContain('account.1.password = ••••••••');
  const full = await apiJson<{ body: string }>(request, 'GET', `/files/${file.id}?reveal=secrets`);
  expect(full.body).toContain(`pw-${account.sipUsername}-S3cret`);
  expect((await request.post('/api/v1/files', { headers: AUTH, data: {} })).status()).toBe(405);
});

test('CRUD round trip on a device with lines, then delete', async ({ request }) => {
  const { device } = await factory.device(request);
  const second = await factory.account(request);
  const updated = await apiJson<{ lines: number[]; label: string }>(request, 'PATCH', `/devices/${device.id}`, { label: 'Desk 2', lines: [second.id] }, 200);
  expect(updated).toMatchObject({ label: 'Desk 2', lines: [second.id] });
  const file = await request.get(`/provisioning/${device.file!.fileName}`);
  expect(await file.text()).toContain(`account.1.user_name = ${second.sipUsername}`);
  await apiJson(request, 'DELETE', `/devices/${device.id}`, undefined, 204);
  expect((await request.get(`/provisioning/${device.file!.fileName}`)).status()).toBe(404);
  expect((await request.get(`/api/v1/devices/${device.id}`, { headers: AUTH })).status()).toBe(404);
});

test('the OpenAPI 3.1 document is generated from the schemas', async ({ request }) => {
  const doc = await (await request.get('/api/v1/openapi.json')).json();
  expect(doc.openapi).toBe('3.1.0');
  expect(Object.keys(doc.paths)).toEqual(
    expect.arrayContaining(['/devices', '/devices/{id}', '/accounts', '/templates', '/pbx-settings', '/tenants', '/files', '/unknown-devices']),
  );
  expect(doc.components.schemas.DeviceInput.properties.mac.type).toBe('string');
  expect(doc.components.schemas.DeviceInput.required).toEqual(expect.arrayContaining(['mac', 'modelId', 'templateId']));
});
