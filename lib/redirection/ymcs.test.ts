import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ClientConfig } from './types';
import { createYmcsClient, YMCS_BASE_URL, YMCS_US_BASE_URL } from './ymcs';
import { startYmcsFake, YMCS_FAKE_SEED, type YmcsFake, type YmcsFakeOptions } from './ymcs.fake';

const MAC = '001565aabbcc';
const TARGET = { serverName: 'kpbx-test', provisioningUrl: 'https://pbx.example/provisioning/' };
const OTHER_SERVER = { id: 'srv2', serverName: 'kpbx-test-2', url: 'https://other.test/p/' };

let fake: YmcsFake;
const startFake = async (options: YmcsFakeOptions = {}) => {
  await fake?.close();
  fake = await startYmcsFake({ servers: [YMCS_FAKE_SEED.server, OTHER_SERVER], ...options });
};
beforeEach(() => startFake());
afterEach(() => fake.close());

const client = (config: Partial<ClientConfig> = {}) => createYmcsClient({ baseUrl: fake.baseUrl, username: 'cid-test', password: 'csecret-test', ...config });
const paths = () => fake.calls.map((c) => c.path.replace('/v2/rps/', ''));
const tokenRequests = () => fake.calls.filter((c) => c.path === '/v2/token').length;
const bodyOf = (path: string) => JSON.parse(fake.calls.findLast((c) => c.path.endsWith(path))?.body ?? 'null');

describe('YMCS client', () => {
  it('defaults to the EU cloud and names the US one', () => {
    expect(YMCS_BASE_URL).toBe('https://eu-api.ymcs.yealink.com');
    expect(YMCS_US_BASE_URL).toBe('https://us-api.ymcs.yealink.com');
  });

  it('tests the credentials with a token and the server list', async () => {
    expect(await client().test()).toEqual({ servers: ['kpbx-test', 'kpbx-test-2'] });
    expect(paths()).toEqual(['/v2/token', 'listServers']);
    const [token, list] = fake.calls;
    expect(token.headers.authorization).toBe(`Basic ${Buffer.from('cid-test:csecret-test').toString('base64')}`);
    expect(JSON.parse(token.body)).toEqual({ grant_type: 'client_credentials' });
    expect(list.headers.authorization).toBe('Bearer tok-1');
  });

  it('sends fresh timestamp and nonce headers on every call', async () => {
    await client().register(MAC, TARGET);
    const nonces = fake.calls.map((c) => c.headers.nonce);
    expect(nonces.every((n) => /^[0-9a-f]{32}$/.test(String(n)))).toBe(true);
    expect(new Set(nonces).size).toBe(nonces.length);
    expect(fake.calls.every((c) => /^\d{13}$/.test(String(c.headers.timestamp)))).toBe(true);
  });

  it('registers a MAC at the server it resolved by name', async () => {
    await client().register('00-15-65-AA-BB-CC', TARGET);
    expect(paths()).toEqual(['/v2/token', 'listServers', 'addDevicesByMac']);
    expect(bodyOf('addDevicesByMac')).toEqual([{ mac: MAC, serverId: 'srv1' }]);
    expect(fake.devices.get(MAC)).toMatchObject({ serverId: 'srv1' });
  });

  it('uses one token for several calls', async () => {
    const ymcs = client();
    await ymcs.test();
    await ymcs.register(MAC, TARGET);
    await ymcs.list(TARGET);
    await Promise.all([ymcs.deregister(MAC), ymcs.test()]);
    expect(tokenRequests()).toBe(1);
  });

  it('shares one token request between concurrent first calls', async () => {
    const ymcs = client();
    await Promise.all([ymcs.test(), ymcs.test(), ymcs.list(TARGET)]);
    expect(tokenRequests()).toBe(1);
  });

  it('fetches a new token and retries once when the vendor expired it early', async () => {
    const ymcs = client();
    await ymcs.test();
    fake.expireTokens();
    await ymcs.register(MAC, TARGET);
    expect(paths()).toEqual(['/v2/token', 'listServers', 'listServers', '/v2/token', 'listServers', 'addDevicesByMac']);
    expect(fake.calls.at(-1)?.headers.authorization).toBe('Bearer tok-2');
  });

  it('renews the token shortly before it expires, without waiting for a 401', async () => {
    let clock = Date.now();
    await startFake({ tokenTtlSeconds: 120, now: () => clock });
    const ymcs = client({ now: () => clock });
    await ymcs.test();
    clock += 61_000; // inside the last minute of the token's life
    await ymcs.test();
    expect(paths()).toEqual(['/v2/token', 'listServers', '/v2/token', 'listServers']);
  });

  it('deletes and re-adds a MAC already on our account (800003)', async () => {
    await client().register(MAC, { ...TARGET, serverName: 'kpbx-test-2' });
    fake.calls.length = 0;
    await client().register(MAC, TARGET);
    expect(paths()).toEqual(['/v2/token', 'listServers', 'addDevicesByMac', 'delDevices', 'addDevicesByMac']);
    expect(bodyOf('delDevices')).toEqual({ deviceIdType: 'mac', deviceIds: [MAC] });
    expect(fake.devices.get(MAC)?.serverId).toBe('srv1');
  });

  it('refuses a MAC another organisation manages (800004)', async () => {
    await expect(client().register(YMCS_FAKE_SEED.foreignMac, TARGET)).rejects.toMatchObject({ kind: 'mac_owned_elsewhere' });
  });

  it('refuses an unknown server name', async () => {
    await expect(client().register(MAC, { ...TARGET, serverName: 'kpbx' })).rejects.toMatchObject({ kind: 'server_not_found', vendorText: 'kpbx' });
    expect(paths()).not.toContain('addDevicesByMac');
  });

  it('maps a wrong client secret to auth_failed', async () => {
    await expect(client({ password: 'wrong' }).test()).rejects.toMatchObject({ kind: 'auth_failed', vendorText: 'invalid_client' });
    expect(paths()).toEqual(['/v2/token']);
  });

  it('deregisters by MAC, and treats an absent MAC as done', async () => {
    await client().register(MAC, TARGET);
    await client().deregister(MAC);
    expect(fake.devices.size).toBe(0);
    await client().deregister(MAC);
    expect(bodyOf('delDevices')).toEqual({ deviceIdType: 'mac', deviceIds: [MAC] });
  });

  it('lists every device across pages', async () => {
    await startFake({ pageSizeCap: 2 });
    const macs = ['001565000011', '001565000012', '001565000013', '001565000014', '001565000015'];
    for (const mac of macs) await client().register(mac, TARGET);
    fake.devices.get(macs[2])!.uniqueServerUrl = 'https://pbx.example/p/three/';
    fake.calls.length = 0;
    const devices = await client().list(TARGET);
    expect(devices.map((d) => d.mac)).toEqual(macs);
    expect(devices[0]).toEqual({ mac: macs[0], serverName: 'kpbx-test', url: 'https://pbx.test/provisioning/' });
    expect(devices[2].url).toBe('https://pbx.example/p/three/');
    expect(fake.calls.filter((c) => c.path.endsWith('listDevices')).map((c) => JSON.parse(c.body).skip)).toEqual([0, 2, 4]);
  });

  it('(fake) refuses a call without timestamp and nonce headers', async () => {
    const response = await fetch(`${fake.baseUrl}/v2/rps/listServers`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ code: '900400' });
  });
});

describe('YMCS failures', () => {
  it('maps 500 to transient', async () => {
    await fake.setFailure('http500');
    await expect(client().test()).rejects.toMatchObject({ kind: 'transient' });
  });

  it('maps 429 to rate_limited with the Retry-After delay', async () => {
    await fake.setFailure('http429');
    await expect(client().test()).rejects.toMatchObject({ kind: 'rate_limited', retryAfterMs: 1000 });
  });

  it('maps a hanging vendor to network once the timeout passes', async () => {
    const ymcs = client({ timeoutMs: 300 });
    await ymcs.test();
    await fake.setFailure('hang');
    await expect(ymcs.register(MAC, TARGET)).rejects.toMatchObject({ kind: 'network' });
  });

  it('maps a vendor that is down to network, and works again on the same URL after a restart', async () => {
    await fake.setFailure('down');
    await expect(client().test()).rejects.toMatchObject({ kind: 'network' });
    await fake.restart();
    expect(await client().test()).toEqual({ servers: ['kpbx-test', 'kpbx-test-2'] });
  });
});
