import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { expect, test } from '@playwright/test';
import { apiJson, factory, unique } from '../support/api';
import { E2E } from '../support/e2e-env.mjs';
import { rawGet } from '../support/raw-http';

const colonMac = (mac: string) => mac.match(/../g)!.join(':');
const yealinkUa = (mac: string) => `Yealink SIP-T46U 108.86.0.20 ${colonMac(mac)}`;

test('a phone fetches its file over HTTP: 200, content type, ETag, 304, HEAD', async ({ request }) => {
  const { device, account } = await factory.device(request);
  const url = `/provisioning/${device.file!.fileName}`;
  const res = await request.get(url, { headers: { 'User-Agent': yealinkUa(device.mac) } });
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('text/plain; charset=utf-8');
  expect(res.headers()['cache-control']).toBe('no-store');
  const body = await res.text();
  expect(body.split('\n')[0]).toBe('#!version:1.0.0.1');
  expect(body).toContain(`account.1.user_name = ${account.sipUsername}`);
  expect(body).toContain(`account.1.password = pw-${account.sipUsername}-S3cret`);
  const etag = res.headers().etag;
  expect(etag).toMatch(/^"[0-9a-f]{64}"$/);

  const cached = await request.get(url, { headers: { 'If-None-Match': etag } });
  expect(cached.status()).toBe(304);
  expect(await cached.body()).toHaveLength(0);

  const head = await request.head(url);
  expect(head.status()).toBe(200);
  expect(head.headers()['content-length']).toBe(String(Buffer.byteLength(body)));
  expect(await head.body()).toHaveLength(0);
});

test('an XML model is served as application/xml', async ({ request }) => {
  const { device } = await factory.device(request, 'Snom D785');
  const res = await request.get(`/provisioning/${device.file!.fileName}`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/xml; charset=utf-8');
  expect(device.file!.fileName).toBe(`snomD785-${device.mac.toUpperCase()}.htm`);
});

test('misses look the same whatever exists', async ({ request }) => {
  const { device } = await factory.device(request);
  const other = await request.get(`/provisioning/${unique().mac}.cfg`);
  const wrongCase = await request.get(`/provisioning/${device.file!.fileName.toUpperCase()}`);
  const junk = await request.get('/provisioning/index.html');
  for (const res of [other, wrongCase, junk]) {
    expect(res.status()).toBe(404);
    expect(await res.text()).toBe('Not found\n');
  }
  expect((await request.post(`/provisioning/${device.file!.fileName}`)).status()).toBe(405);
});

test('traversal, encoded slashes, NUL bytes and over-long names never escape the tenant', async () => {
  const cases: Array<[string, number[]]> = [
    ['/provisioning/../package.json', [400, 404]],
    ['/provisioning/..%2f..%2fpackage.json', [400]],
    ['/provisioning/%2e%2e/package.json', [400]],
    ['/provisioning/%2e%2e%2fdata%2fprovisio.db', [400]],
    ['/provisioning/..%5c..%5cpackage.json', [400]],
    ['/provisioning/a%00.cfg', [400]],
    ['/provisioning/%ff%fe.cfg', [400]],
    [`/provisioning/${'a'.repeat(300)}.cfg`, [400]],
    ['/provisioning/a/b/c.cfg', [404]],
    ['/provisioning/.env', [404]],
    ['/provisioning/', [404]],
  ];
  for (const [target, statuses] of cases) {
    const res = await rawGet(target);
    expect(statuses, `${target} → ${res.status}`).toContain(res.status);
    expect(res.body).not.toContain('"name": "provisio"');
    expect(res.body).not.toContain('SQLite');
  }
});

test('tenant paths: the default tenant by UUID too, another tenant only under its UUID', async ({ request }) => {
  const { items: tenants } = await apiJson<{ items: Array<{ id: number; uuid: string; isDefault: boolean }> }>(request, 'GET', '/tenants');
  const defaultTenant = tenants.find((t) => t.isDefault)!;
  const { device } = await factory.device(request);
  expect((await request.get(`/provisioning/${defaultTenant.uuid}/${device.file!.fileName}`)).status()).toBe(200);

  const tenant = await apiJson<{ id: number; uuid: string }>(request, 'POST', '/tenants', { name: `Tenant ${unique().tag}` }, 201);
  const q = `?tenant=${tenant.uuid}`;
  const { items: models } = await apiJson<{ items: Array<{ id: number; name: string }> }>(request, 'GET', `/device-models${q}`);
  const yealink = models.find((m) => m.name === 'Yealink T4x')!;
  const { items: templates } = await apiJson<{ items: Array<{ id: number }> }>(request, 'GET', `/templates${q}&modelId=${yealink.id}`);
  const account = await apiJson<{ id: number }>(
    request,
    'POST',
    `/accounts${q}`,
    { extension: '100', sipUsername: 'tenant-user', sipPassword: 'tenant-secret' },
    201,
  );
  const { mac } = unique();
  const other = await apiJson<{ file: { fileName: string } }>(
    request,
    'POST',
    `/devices${q}`,
    { mac, modelId: yealink.id, templateId: templates[0].id, lines: [account.id] },
    201,
  );

  const own = await request.get(`/provisioning/${tenant.uuid}/${other.file.fileName}`);
  expect(own.status()).toBe(200);
  expect(await own.text()).toContain('tenant-secret');
  expect((await request.get(`/provisioning/${other.file.fileName}`)).status()).toBe(404);
  expect((await request.get(`/provisioning/${defaultTenant.uuid}/${other.file.fileName}`)).status()).toBe(404);
  expect((await request.get(`/provisioning/00000000-0000-4000-8000-000000000000/${other.file.fileName}`)).status()).toBe(404);
  await apiJson(request, 'DELETE', `/tenants/${tenant.id}`, undefined, 204);
  expect((await request.get(`/provisioning/${tenant.uuid}/${other.file.fileName}`)).status()).toBe(404);
});

test('HTTPS with the self-signed certificate, verified by curl --cacert', async ({ request }) => {
  const { device, account } = await factory.device(request, 'Fanvil X series');
  const cert = path.resolve(E2E.dataDir, 'tls', 'cert.pem');
  const url = `https://127.0.0.1:${E2E.httpsPort}/provisioning/${device.file!.fileName}`;
  const out = execFileSync('curl', ['-sS', '--fail', '--cacert', cert, '-A', `Fanvil X4U 2.12.1 ${device.mac}`, '-D', '-', url], { encoding: 'utf8' });
  expect(out).toMatch(/^HTTP\/1\.1 200/);
  expect(out).toContain('content-type: application/xml; charset=utf-8'.replace('content-type', 'Content-Type'));
  expect(out).toContain(`pw-${account.sipUsername}-S3cret`);
  const insecure = execFileSync('curl', ['-sS', '-k', '-o', '/dev/null', '-w', '%{http_code}', `https://127.0.0.1:${E2E.httpsPort}/provisioning/nothing.cfg`], {
    encoding: 'utf8',
  });
  expect(insecure).toBe('404');
});

test('curl over plain HTTP with a real Snom User-Agent', async ({ request }) => {
  const { device, account } = await factory.device(request, 'Snom D735');
  const out = execFileSync(
    'curl',
    [
      '-sS',
      '--fail',
      '-A',
      `Mozilla/4.0 (compatible; snomD735-SIP 10.1.54.13 ${device.mac.toUpperCase()})`,
      `http://127.0.0.1:${E2E.httpPort}/provisioning/${device.file!.fileName}`,
    ],
    { encoding: 'utf8' },
  );
  expect(out).toContain('<user_name idx="1" perm="R">');
  expect(out).toContain(`pw-${account.sipUsername}-S3cret`);
});

test('fetches are logged: last fetch on the device, unknown MACs recorded with a vendor guess', async ({ request }) => {
  const { device } = await factory.device(request);
  expect((await request.get(`/provisioning/${device.file!.fileName}`, { headers: { 'User-Agent': yealinkUa(device.mac) } })).status()).toBe(200);
  await expect.poll(async () => (await apiJson<{ lastFetchedAt: string | null }>(request, 'GET', `/devices/${device.id}`)).lastFetchedAt).not.toBeNull();

  const stranger = `805ec0${unique().mac.slice(6)}`;
  for (let i = 0; i < 2; i++) {
    expect(
      (await request.get(`/provisioning/${stranger}.cfg`, { headers: { 'User-Agent': `Yealink SIP-T54W 96.86.0.100 ${colonMac(stranger)}` } })).status(),
    ).toBe(404);
  }
  await expect
    .poll(
      async () =>
        (await apiJson<{ items: Array<{ mac: string; count: number }> }>(request, 'GET', '/unknown-devices')).items.find((u) => u.mac === stranger)?.count,
    )
    .toBe(2);
  const { items } = await apiJson<{ items: Array<Record<string, unknown>> }>(request, 'GET', '/unknown-devices');
  expect(items.find((u) => u.mac === stranger)).toMatchObject({
    vendor: 'Yealink',
    model: 'T54W',
    lastChannel: 'http',
    lastFileName: `${stranger}.cfg`,
    lastIp: '127.0.0.1',
  });
});
