import { expect, test } from '@playwright/test';
import { AUTH, apiJson, factory, unique } from '../support/api';
import { tr } from '../console/support/i18n';

/**
 * The REST API refuses exactly what the console refuses, with the same messages and details:
 * every rule lives in lib/domain and both surfaces go through it.
 */
const colonMac = (mac: string) => mac.toUpperCase().match(/../g)!.join(':');
const refusal = async (request: Parameters<typeof apiJson>[0], method: 'POST' | 'PATCH' | 'DELETE', path: string, data?: unknown) => {
  const res = await request.fetch(`/api/v1${path}`, { method, headers: AUTH, data });
  return { status: res.status(), body: await res.json() };
};

test('a brand created inline with a model clashes under the brand field, as in the console form', async ({ request }) => {
  const { items: rules } = await apiJson<{ items: Array<{ id: number }> }>(request, 'GET', '/filename-rules');
  const { status, body } = await refusal(request, 'POST', '/device-models', {
    name: `Clash ${unique().tag}`,
    newBrandName: 'Snom',
    filenameRuleId: rules[0].id,
  });
  expect(status).toBe(409);
  expect(body.fields).toEqual({ newBrandName: [tr('validation:nameTaken', { name: 'Snom' })] });
});

test('a template and an account in use cannot be deleted; the devices are listed', async ({ request }) => {
  const { device, account, template } = await factory.device(request, 'Yealink T4x', { label: 'Reception' });
  const copy = await apiJson<{ id: number; name: string }>(
    request,
    'POST',
    `/templates`,
    { name: `In use ${unique().tag}`, modelId: template.modelId, format: template.format, body: template.body },
    201,
  );
  await apiJson(request, 'PATCH', `/devices/${device.id}`, { templateId: copy.id }, 200);
  const named = `Reception (${colonMac(device.mac)})`;
  const expected = [{ id: device.id, mac: device.mac, label: 'Reception' }];

  const template_ = await refusal(request, 'DELETE', `/templates/${copy.id}`);
  expect(template_.status).toBe(409);
  expect(template_.body).toMatchObject({
    error: 'template.inUse',
    message: tr('validation:template.inUse', { devices: named }),
    details: { devices: expected },
  });
  const account_ = await refusal(request, 'DELETE', `/accounts/${account.id}`);
  expect(account_.status).toBe(409);
  expect(account_.body).toMatchObject({ message: tr('validation:account.inUse', { devices: named }), details: { devices: expected } });
});

test('a custom model in use cannot be deleted either', async ({ request }) => {
  const tag = unique().tag;
  const { model: yealink, template } = await factory.model(request, 'Yealink T4x');
  const custom = await apiJson<{ id: number }>(
    request,
    'POST',
    '/device-models',
    { name: `Custom ${tag}`, brandId: yealink.brandId, filenameRuleId: yealink.filenameRuleId },
    201,
  );
  const ownTemplate = await apiJson<{ id: number }>(
    request,
    'POST',
    '/templates',
    { name: `Custom ${tag}`, modelId: custom.id, format: template.format, body: template.body },
    201,
  );
  const { mac } = unique();
  const device = await apiJson<{ id: number }>(request, 'POST', '/devices', { mac, modelId: custom.id, templateId: ownTemplate.id }, 201);
  const { status, body } = await refusal(request, 'DELETE', `/device-models/${custom.id}`);
  expect(status).toBe(409);
  expect(body).toMatchObject({ message: tr('validation:model.inUse', { devices: colonMac(mac) }), details: { devices: [{ id: device.id, mac, label: '' }] } });
  await apiJson(request, 'DELETE', `/devices/${device.id}`, undefined, 204);
  await apiJson(request, 'DELETE', `/device-models/${custom.id}`, undefined, 204);
});

test('a template edit that one device cannot render is refused form-level, naming the device', async ({ request }) => {
  const { device, template } = await factory.device(request, 'Snom D785', { label: 'Front desk' });
  const copy = await apiJson<{ id: number; name: string }>(
    request,
    'POST',
    '/templates',
    { name: `Labels ${unique().tag}`, modelId: device.modelId, format: 'xml', body: template.body },
    201,
  );
  await apiJson(request, 'PATCH', `/devices/${device.id}`, { templateId: copy.id }, 200);
  const { status, body } = await refusal(request, 'PATCH', `/templates/${copy.id}`, { body: '<settings>\n  <%%DEVICE_LABEL%%/>\n</settings>\n' });
  expect(status).toBe(422);
  expect(body.message).toBe(tr('validation:template.renderFailed', { template: copy.name, target: colonMac(device.mac) }));
  expect(body.fields).toBeUndefined();
  expect(body.details).toMatchObject({ deviceId: device.id, issues: [{ code: 'xml_not_well_formed' }] });
});

test('a placeholder in use cannot be deleted; the templates using it are listed', async ({ request }) => {
  const { model, template } = await factory.model(request, 'Yealink T4x');
  const name = `E2E_${unique().tag}`;
  const placeholder = await apiJson<{ id: number }>(request, 'POST', '/placeholders', { name, kind: 'static', value: 'x' }, 201);
  const user = await apiJson<{ id: number; name: string }>(
    request,
    'POST',
    '/templates',
    { name: `Uses ${name}`, modelId: model.id, format: 'text', body: `${template.body}\n# %%_${name}%%\n` },
    201,
  );
  const { status, body } = await refusal(request, 'DELETE', `/placeholders/${placeholder.id}`);
  expect(status).toBe(409);
  expect(body).toMatchObject({
    message: tr('validation:placeholder.inUse', { users: user.name }),
    details: { templates: [{ id: user.id, name: user.name }], models: [] },
  });
});

test('the device list takes the console table filters and pages', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x', { label: `Filter ${unique().tag}`, isEnabled: false });
  const page = await apiJson<{ items: Array<{ id: number; lines: number[] }>; total: number; page: number; pageSize: number }>(
    request,
    'GET',
    `/devices?q=${colonMac(device.mac)}&enabled=false&pageSize=5`,
  );
  expect(page).toMatchObject({ total: 1, page: 1, pageSize: 5 });
  expect(page.items[0]).toMatchObject({ id: device.id, lines: device.lines });
  expect((await apiJson<{ total: number }>(request, 'GET', `/devices?q=${device.mac}&enabled=true`)).total).toBe(0);
});
