import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RedirectionError, type ClientConfig, type RedirectionErrorKind } from './types';
import { createYealinkXmlRpcClient, YEALINK_XMLRPC_BASE_URL, yealinkErrorKind, type YealinkXmlRpcVendor } from './yealink-xmlrpc';
import { startYealinkXmlRpcFake, YEALINK_FAKE_SEED, type YealinkXmlRpcFake } from './yealink-xmlrpc.fake';
import { decodeMethodResponse, encodeMethodCall, type XmlRpcValue } from './xmlrpc';

const MAC = '0015651a2b3c';
const TARGET = { serverName: YEALINK_FAKE_SEED.serverName, provisioningUrl: 'https://pbx.test/provisioning/' };

let fake: YealinkXmlRpcFake;
beforeEach(async () => {
  fake = await startYealinkXmlRpcFake();
});
afterEach(() => fake.close());

const clientFor = (config: Partial<ClientConfig> = {}, vendor?: YealinkXmlRpcVendor) =>
  createYealinkXmlRpcClient({ baseUrl: fake.baseUrl, username: YEALINK_FAKE_SEED.user, password: YEALINK_FAKE_SEED.password, ...config }, { vendor });

async function rejection(promise: Promise<unknown>): Promise<RedirectionError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(RedirectionError);
    return error as RedirectionError;
  }
  throw new Error('expected a RedirectionError');
}

const calls = () => fake.calls.map(({ method, params }) => [method, ...params]);

describe.each<YealinkXmlRpcVendor>(['yealink', 'escene'])('%s client against the §6.3 fake', (vendor) => {
  const client = (config: Partial<ClientConfig> = {}) => clientFor(config, vendor);

  it('registers and deregisters, sending plain MACs in the documented parameter order', async () => {
    await client().register('00:15:65:1A:2B:3C', TARGET);
    expect(fake.devices.get(MAC)).toEqual({ serverName: 'kpbx-test', url: null });
    await client().deregister(MAC);
    expect(fake.devices.size).toBe(0);
    expect(calls()).toEqual([
      ['redirect.registerDevice', MAC, 'kpbx-test'],
      ['redirect.deRegisterDevice', MAC],
    ]);
    expect(fake.calls.every((call) => call.authorized)).toBe(true);
  });

  it('re-points a MAC that is already ours with isOverride "1"', async () => {
    fake.servers.set('kpbx-other', 'https://other.test/provisioning/');
    await client().register(MAC, TARGET);
    await client().register(MAC, { ...TARGET, serverName: 'kpbx-other' });
    expect(fake.devices.get(MAC)?.serverName).toBe('kpbx-other');
    expect(calls().slice(1)).toEqual([
      ['redirect.registerDevice', MAC, 'kpbx-other'],
      ['redirect.registerDevice', MAC, 'kpbx-other', '1'],
    ]);
  });

  it('never overrides a MAC owned by another account', async () => {
    const error = await rejection(client().register(YEALINK_FAKE_SEED.foreignMac, TARGET));
    expect(error.kind).toBe('mac_owned_elsewhere');
    expect(error.vendorText).toContain('Are you sure you want to override MAC addresses');
    expect(calls()).toEqual([['redirect.registerDevice', YEALINK_FAKE_SEED.foreignMac, 'kpbx-test']]);
  });

  it('maps an unknown server to server_not_found', async () => {
    const error = await rejection(client().register(MAC, { ...TARGET, serverName: 'nope' }));
    expect(error.kind).toBe('server_not_found');
    expect(fake.devices.size).toBe(0);
  });

  it('refuses a malformed MAC without calling the vendor', async () => {
    expect((await rejection(client().register('0015651a2b', TARGET))).kind).toBe('mac_invalid');
    expect((await rejection(client().deregister('zz15651a2b3c'))).kind).toBe('mac_invalid');
    expect(fake.calls).toEqual([]);
  });

  it('treats deregistering a MAC the account does not hold as done', async () => {
    await client().deregister(MAC);
    await client().deregister(YEALINK_FAKE_SEED.foreignMac);
    expect(fake.foreignMacs.has(YEALINK_FAKE_SEED.foreignMac)).toBe(true);
  });

  it('test() proves the credentials with checkDevice and reports no server list (listServers unconfirmed)', async () => {
    expect(await client().test()).toEqual({ servers: [] });
    expect(calls()).toEqual([['redirect.checkDevice', '000000000000'], ['redirect.listServers']]);
  });

  it('list() returns the devices of this account', async () => {
    fake.servers.set('kpbx-other', 'https://other.test/provisioning/');
    await client().register(MAC, TARGET);
    await client().register('001565aabbcc', { ...TARGET, serverName: 'kpbx-other' });
    expect(await client().list(TARGET)).toEqual([
      { mac: MAC, serverName: 'kpbx-test', url: null },
      { mac: '001565aabbcc', serverName: 'kpbx-other', url: null },
    ]);
  });

  it('maps a wrong password (HTTP 401) to auth_failed', async () => {
    const wrong = client({ password: 'wrong' });
    expect((await rejection(wrong.test())).kind).toBe('auth_failed');
    expect((await rejection(wrong.register(MAC, TARGET))).kind).toBe('auth_failed');
    expect(fake.devices.size).toBe(0);
    expect(fake.calls.map((call) => call.authorized)).toEqual([false, false]);
  });

  it('maps HTTP 500 to a retryable transient error', async () => {
    await fake.setFailure('http500');
    const error = await rejection(client().register(MAC, TARGET));
    expect(error.kind).toBe('transient');
    expect(error.isRetryable).toBe(true);
  });

  it('maps HTTP 429 to rate_limited with Retry-After', async () => {
    await fake.setFailure('http429');
    const error = await rejection(client().register(MAC, TARGET));
    expect(error.kind).toBe('rate_limited');
    expect(error.retryAfterMs).toBe(1000);
  });

  it('times out a hanging server as a network error', async () => {
    await fake.setFailure('hang');
    const error = await rejection(client({ timeoutMs: 300 }).register(MAC, TARGET));
    expect(error.kind).toBe('network');
    expect(error.isRetryable).toBe(true);
  });

  it('maps a server that is down to network, and recovers on the same port', async () => {
    const baseUrl = fake.baseUrl;
    await fake.setFailure('down');
    expect((await rejection(client().register(MAC, TARGET))).kind).toBe('network');
    await fake.restart();
    expect(fake.baseUrl).toBe(baseUrl);
    await client().register(MAC, TARGET);
    expect(fake.devices.has(MAC)).toBe(true);
  });
});

describe('configuration', () => {
  it('defaults Yealink to the api-dm host', () => {
    expect(YEALINK_XMLRPC_BASE_URL).toBe('https://api-dm.yealink.com:8443/xmlrpc');
    expect(() => createYealinkXmlRpcClient({ baseUrl: '', username: 'u', password: 'p' })).not.toThrow();
  });

  it('refuses an Escene client without a configured endpoint', () => {
    expect(() => createYealinkXmlRpcClient({ baseUrl: ' ', username: 'u', password: 'p' }, { vendor: 'escene' })).toThrow(/Escene.*configure its URL/);
  });

  it('accepts the endpoint with a trailing slash and reports a wrong path as unknown', async () => {
    await clientFor({ baseUrl: `${fake.baseUrl}/` }).register(MAC, TARGET);
    expect((await rejection(clientFor({ baseUrl: fake.baseUrl.replace('/xmlrpc', '/rpc') }).test())).kind).toBe('unknown');
  });
});

describe('yealinkErrorKind', () => {
  it.each<[string, RedirectionErrorKind]>([
    ['Are you sure you want to override MAC addresses', 'mac_owned_elsewhere'],
    ['Error:Invalid server', 'server_not_found'],
    ['Error:Invalid MAC(s):0015651a2b3c', 'mac_invalid'],
    ["Error:The url can only begin with 'http://' or 'https://' or 'ftp://' or 'tftp://'", 'url_invalid'],
    ['Error:Authentication failed', 'auth_failed'],
    ['Error:Wrong username or password', 'auth_failed'],
    ['Error:abcdefghij', 'unknown'],
  ])('%s → %s', (text, kind) => {
    expect(yealinkErrorKind(text)).toBe(kind);
  });
});

describe('the fake', () => {
  async function rpc(method: string, params: XmlRpcValue[] = []) {
    const auth = Buffer.from(`${YEALINK_FAKE_SEED.user}:${YEALINK_FAKE_SEED.password}`).toString('base64');
    const response = await fetch(fake.baseUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml', Authorization: `Basic ${auth}` },
      body: encodeMethodCall(method, params),
    });
    return decodeMethodResponse(await response.text());
  }

  it('answers checkDevice for ours, foreign and absent MACs', async () => {
    fake.devices.set(MAC, { serverName: 'kpbx-test', url: null });
    expect(await rpc('redirect.checkDevice', [MAC])).toEqual({ ok: true, value: [true, 'registered'] });
    expect(await rpc('redirect.checkDevice', [YEALINK_FAKE_SEED.foreignMac])).toEqual({ ok: true, value: [true, 'registered elsewhere'] });
    expect(await rpc('redirect.checkDevice', ['001565ffffff'])).toEqual({ ok: true, value: [true, 'unregistered'] });
  });

  it('stores a unique URL, refuses a bad scheme, adds servers once and faults on unknown methods', async () => {
    expect(await rpc('redirect.registerDeviceWithUniqueUrl', [MAC, 'kpbx-test', 'gopher://x', '1'])).toMatchObject({
      value: [false, expect.stringMatching(/url can only/)],
    });
    expect(await rpc('redirect.registerDeviceWithUniqueUrl', [MAC, 'kpbx-test', 'https://pbx.test/p/1', '1'])).toEqual({ ok: true, value: [true, 'OK'] });
    expect(fake.devices.get(MAC)).toEqual({ serverName: 'kpbx-test', url: 'https://pbx.test/p/1' });
    expect(await rpc('redirect.addServer', ['kpbx 2', 'https://pbx2.test/'])).toEqual({ ok: true, value: [true, 'OK'] });
    expect(await rpc('redirect.addServer', ['kpbx 2', 'https://pbx2.test/'])).toMatchObject({ value: [false, expect.stringMatching(/^Error:/)] });
    expect(await rpc('redirect.nope')).toMatchObject({ ok: false, fault: { code: -32601 } });
  });
});
