import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientConfig } from './types';
import { createYealinkRpsJsonClient } from './yealink-rps-json';
import { startYealinkRpsJsonFake, YEALINK_RPS_FAKE_SEED, type YealinkRpsJsonFake, type YealinkRpsJsonFakeOptions } from './yealink-rps-json.fake';
import { signYealinkRequest, YEALINK_CONTENT_TYPE } from './yealink-signature';

const MAC = '001565aabbcc';
const TARGET = { serverName: 'kpbx-test', provisioningUrl: 'https://pbx.example/provisioning/' };
const OTHER_SERVER = { id: 'srv2', serverName: 'kpbx-test-2', url: 'https://other.test/p/' };

let fake: YealinkRpsJsonFake;
const startFake = async (options: YealinkRpsJsonFakeOptions = {}) => {
  await fake?.close();
  fake = await startYealinkRpsJsonFake({ servers: [YEALINK_RPS_FAKE_SEED.server, OTHER_SERVER], ...options });
};
beforeEach(() => startFake());
afterEach(() => fake.close());

const client = (config: Partial<ClientConfig> = {}) =>
  createYealinkRpsJsonClient({ baseUrl: fake.baseUrl, username: 'test-key', password: 'test-secret', ...config });
const operations = () => fake.calls.map((c) => `${c.method} ${c.path.replace('/api/open/v1/', '')}`);
const bodyOf = (operation: string) => JSON.parse(fake.calls.find((c) => c.path.endsWith(operation))?.body ?? 'null');

describe('yealink RPS JSON client', () => {
  it('tests the credentials by listing the servers', async () => {
    expect(await client().test()).toEqual({ servers: ['kpbx-test', 'kpbx-test-2'] });
    expect(operations()).toEqual(['POST server/list']);
  });

  it('signs every request with a fresh nonce and the exact body MD5', async () => {
    await client().register(MAC, TARGET);
    const nonces = fake.calls.map((c) => c.headers['x-ca-nonce']);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(fake.calls.every((c) => c.headers['content-type'] === YEALINK_CONTENT_TYPE && /^\d{13}$/.test(String(c.headers['x-ca-timestamp'])))).toBe(true);
  });

  it('registers a MAC at the server it resolved by exact name', async () => {
    await client().register('00:15:65:AA:BB:CC', TARGET);
    expect(operations()).toEqual(['POST server/list', 'POST device/add']);
    expect(bodyOf('server/list')).toMatchObject({ key: 'kpbx-test' });
    expect(bodyOf('device/add')).toEqual({ macs: [MAC], serverId: 'srv1' });
    expect(fake.devices.get(MAC)).toMatchObject({ serverId: 'srv1' });
  });

  it('re-points a MAC already on our account with device/edit', async () => {
    await client().register(MAC, { ...TARGET, serverName: 'kpbx-test-2' });
    fake.calls.length = 0;
    await client().register(MAC, TARGET);
    expect(operations()).toEqual(['POST server/list', 'POST device/add', 'POST device/list', 'POST device/edit']);
    expect(bodyOf('device/edit')).toEqual({ id: fake.devices.get(MAC)?.id, serverId: 'srv1' });
    expect(fake.devices.get(MAC)?.serverId).toBe('srv1');
    await client().register(MAC, TARGET); // idempotent
    expect(fake.devices.size).toBe(1);
  });

  it('refuses a MAC another enterprise holds', async () => {
    await expect(client().register(YEALINK_RPS_FAKE_SEED.foreignMac, TARGET)).rejects.toMatchObject({ kind: 'mac_owned_elsewhere' });
  });

  it('refuses an unknown server name, and a name that only partly matches', async () => {
    await expect(client().register(MAC, { ...TARGET, serverName: 'nope' })).rejects.toMatchObject({ kind: 'server_not_found', vendorText: 'nope' });
    await expect(client().register(MAC, { ...TARGET, serverName: 'kpbx' })).rejects.toMatchObject({ kind: 'server_not_found' });
    expect(operations()).not.toContain('POST device/add');
  });

  it('refuses a malformed MAC before calling the vendor', async () => {
    await expect(client().register('0015', TARGET)).rejects.toMatchObject({ kind: 'mac_invalid' });
    expect(fake.calls).toHaveLength(0);
  });

  it('deregisters by id, and treats an absent MAC as done', async () => {
    await client().register(MAC, TARGET);
    await client().register('001565aabbcd', TARGET);
    fake.calls.length = 0;
    await client().deregister(MAC);
    expect(bodyOf('device/delete')).toEqual({ ids: [expect.any(String)] });
    expect([...fake.devices.keys()]).toEqual(['001565aabbcd']);
    fake.calls.length = 0;
    await client().deregister(MAC);
    expect(operations()).toEqual(['POST device/list']);
  });

  it('lists every device across pages, with the per-device URL winning over the server URL', async () => {
    await startFake({ pageSizeCap: 2 });
    const macs = ['001565000011', '001565000012', '001565000013', '001565000014', '001565000015'];
    for (const mac of macs) await client().register(mac, TARGET);
    fake.devices.get(macs[1])!.uniqueServerUrl = 'https://pbx.example/p/one/';
    fake.calls.length = 0;
    const devices = await client().list(TARGET);
    expect(devices.map((d) => d.mac)).toEqual(macs);
    expect(devices[0]).toEqual({ mac: macs[0], serverName: 'kpbx-test', url: 'https://pbx.test/provisioning/' });
    expect(devices[1].url).toBe('https://pbx.example/p/one/');
    expect(operations()).toEqual(['POST device/list', 'POST device/list', 'POST device/list']);
    expect(fake.calls.map((c) => JSON.parse(c.body).skip)).toEqual([0, 2, 4]);
  });
});

describe('yealink RPS JSON authentication', () => {
  it('maps a wrong secret or key to auth_failed', async () => {
    await expect(client({ password: 'wrong' }).test()).rejects.toMatchObject({ kind: 'auth_failed', vendorText: 'signature.invalid' });
    await expect(client({ username: 'nobody' }).test()).rejects.toMatchObject({ kind: 'auth_failed', vendorText: 'accesskey.id.invalid' });
  });

  it('maps an HTTP 200 refusal with ret -1 to auth_failed too', async () => {
    await startFake({ authFailureStatus: 200 });
    await expect(client({ password: 'wrong' }).test()).rejects.toMatchObject({ kind: 'auth_failed' });
  });

  it('maps a client clock 30 minutes off to clock_skew', async () => {
    const late = client({ now: () => Date.now() - 30 * 60 * 1000 });
    await expect(late.test()).rejects.toMatchObject({ kind: 'clock_skew' });
    const early = client({ now: () => Date.now() + 30 * 60 * 1000 });
    await expect(early.test()).rejects.toMatchObject({ kind: 'clock_skew' });
  });

  it('(fake) refuses a replayed nonce and a body that does not match its Content-MD5', async () => {
    const body = JSON.stringify({ skip: 0, limit: 10 });
    const path = '/api/open/v1/server/list';
    const headers = { ...signYealinkRequest({ method: 'POST', path, body }, { key: 'test-key', secret: 'test-secret' }, randomUUID(), Date.now()) };
    const post = (text: string) => fetch(`${fake.baseUrl}${path}`, { method: 'POST', headers, body: text });
    expect((await post(body)).status).toBe(200);
    const replay = await post(body);
    expect(replay.status).toBe(401);
    expect((await replay.json()).error.msg).toBe('nonce.used');
    headers['X-Ca-Nonce'] = randomUUID();
    expect((await (await post(body.replace('10', '99'))).json()).error.msg).toBe('Content.MD5.invalid');
  });
});

describe('yealink RPS JSON failures', () => {
  it('maps 500 to transient', async () => {
    await fake.setFailure('http500');
    await expect(client().test()).rejects.toMatchObject({ kind: 'transient' });
  });

  it('maps 429 to rate_limited with the Retry-After delay', async () => {
    await fake.setFailure('http429');
    await expect(client().test()).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: 1000 });
  });

  it('maps a hanging vendor to network once the timeout passes', async () => {
    await fake.setFailure('hang');
    const started = Date.now();
    await expect(client({ timeoutMs: 300 }).test()).rejects.toMatchObject({ kind: 'network' });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('maps a vendor that is down to network, and works again on the same URL after a restart', async () => {
    await fake.setFailure('down');
    await expect(client().test()).rejects.toMatchObject({ kind: 'network' });
    await fake.restart();
    expect(await client().test()).toEqual({ servers: ['kpbx-test', 'kpbx-test-2'] });
  });
});
