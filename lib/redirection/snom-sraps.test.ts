import { afterEach, describe, expect, it } from 'vitest';
import { nextLink, srapsError } from './snom-sraps-api';
import { createSnomSrapsClient, SNOM_SRAPS_BASE_URL } from './snom-sraps';
import { FAKE_FOREIGN_MAC, FAKE_KEY_ID, FAKE_SECRET, startSnomSrapsFake, type SnomSrapsFake, type SnomSrapsFakeOptions } from './snom-sraps.fake';
import { RedirectionError, type ClientConfig } from './types';

const MAC = '000413aabbcc';
const TARGET = { serverName: 'Provisio HQ', provisioningUrl: 'https://pbx.example/provisioning/' };

let fake: SnomSrapsFake | null = null;
afterEach(async () => {
  await fake?.close();
  fake = null;
});

async function setup(options: SnomSrapsFakeOptions = {}, config: Partial<ClientConfig> = {}) {
  fake = await startSnomSrapsFake(options);
  const client = createSnomSrapsClient({ baseUrl: fake.baseUrl, username: FAKE_KEY_ID, password: FAKE_SECRET, timeoutMs: 2000, ...config });
  return { fake, client };
}

/** The rejection of a promise, which must be a RedirectionError. */
async function refusal(promise: Promise<unknown>): Promise<RedirectionError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(RedirectionError);
  return error as RedirectionError;
}

const calls = (f: SnomSrapsFake) => f.calls.map((c) => `${c.method} ${c.path} ${c.status}`);

describe('Snom SRAPS client against the loopback fake', () => {
  it('defaults to the public SRAPS API root', () => {
    expect(SNOM_SRAPS_BASE_URL).toBe('https://api.sraps.snom.com/api/v1/');
  });

  it('test() discovers the company and lists profile names', async () => {
    const { fake, client } = await setup();
    fake.profiles.set('p-old', { uuid: 'p-old', name: 'Branch', settings_manager: {} });
    expect(await client.test()).toEqual({ servers: ['Branch'] });
    expect(calls(fake)).toEqual(['GET /api/v1/tokens/kid-test 200', 'GET /api/v1/companies/c1/ 200', 'GET /api/v1/companies/c1/provisioning-profiles/ 200']);
  });

  it('register() creates the profile with setting_server (found on settings page 2), then puts the endpoint in it', async () => {
    const { fake, client } = await setup();
    await client.register('00:04:13:AA:BB:CC', TARGET);
    const [profile] = [...fake.profiles.values()];
    expect(profile).toMatchObject({ name: TARGET.serverName, settings_manager: { 's-srv': { value: TARGET.provisioningUrl, attrs: { perm: 'RW' } } } });
    expect(fake.endpoints.get(MAC)).toEqual({ mac: MAC, autoprovisioning_enabled: true, provisioning_profile: profile?.uuid });
    expect(calls(fake)).toEqual([
      'GET /api/v1/tokens/kid-test 200',
      'GET /api/v1/companies/c1/ 200',
      'GET /api/v1/settings/?page_size=1000 200',
      'GET /api/v1/settings/?page_size=1000&page=2 200',
      'GET /api/v1/companies/c1/provisioning-profiles/ 200',
      'POST /api/v1/companies/c1/provisioning-profiles/ 201',
      `PUT /api/v1/companies/c1/endpoints/${MAC} 201`,
    ]);
  });

  it('re-register is idempotent: discovery cached, profile reused, endpoint put again', async () => {
    const { fake, client } = await setup();
    await client.register(MAC, TARGET);
    fake.calls.length = 0;
    await client.register(MAC, TARGET);
    expect(fake.profiles.size).toBe(1);
    expect(calls(fake)).toEqual(['GET /api/v1/companies/c1/provisioning-profiles/ 200', `PUT /api/v1/companies/c1/endpoints/${MAC} 200`]);
  });

  it('a changed URL updates the existing profile in place', async () => {
    const { fake, client } = await setup();
    await client.register(MAC, TARGET);
    const uuid = [...fake.profiles.keys()][0];
    await client.register(MAC, { ...TARGET, provisioningUrl: 'https://pbx2.example/p/' });
    expect([...fake.profiles.values()]).toEqual([
      { uuid, name: TARGET.serverName, settings_manager: { 's-srv': { value: 'https://pbx2.example/p/', attrs: { perm: 'RW' } } } },
    ]);
    expect(calls(fake)).toContain(`PUT /api/v1/companies/c1/provisioning-profiles/${uuid}/ 200`);
  });

  it('finds the profiles collection without a company link', async () => {
    const { fake, client } = await setup({ profileMode: 'unlinked' });
    await client.register(MAC, TARGET);
    expect(fake.endpoints.get(MAC)?.provisioning_profile).toBe([...fake.profiles.keys()][0]);
  });

  it('falls back to a per-endpoint setting_server when profiles are forbidden', async () => {
    const { fake, client } = await setup({ profileMode: 'forbidden' });
    await client.register(MAC, TARGET);
    expect(fake.profiles.size).toBe(0);
    expect(fake.endpoints.get(MAC)).toEqual({
      mac: MAC,
      autoprovisioning_enabled: true,
      settings_manager: { 's-srv': { value: TARGET.provisioningUrl, attrs: { perm: 'RW' } } },
    });
    expect(await client.list(TARGET)).toEqual([{ mac: MAC, serverName: null, url: TARGET.provisioningUrl }]);
  });

  it('list() returns our endpoints across {results, next} pages, not the foreign MAC', async () => {
    const { fake, client } = await setup({ endpointPageSize: 1 });
    await client.register(MAC, TARGET);
    await client.register('000413aabbcd', TARGET);
    fake.endpoints.set('000413aabbce', { mac: '000413aabbce' });
    expect(await client.list(TARGET)).toEqual([
      { mac: MAC, serverName: TARGET.serverName, url: TARGET.provisioningUrl },
      { mac: '000413aabbcd', serverName: TARGET.serverName, url: TARGET.provisioningUrl },
      { mac: '000413aabbce', serverName: null, url: null },
    ]);
    expect(calls(fake).filter((c) => c.includes('/endpoints/?'))).toEqual([
      'GET /api/v1/companies/c1/endpoints/?page=2 200',
      'GET /api/v1/companies/c1/endpoints/?page=3 200',
    ]);
  });

  it('deregister() deletes, and an absent MAC counts as done', async () => {
    const { fake, client } = await setup();
    await client.register(MAC, TARGET);
    await client.deregister(MAC);
    expect(fake.endpoints.has(MAC)).toBe(false);
    await expect(client.deregister(MAC)).resolves.toBeUndefined();
    expect(fake.calls.at(-1)?.status).toBe(404);
  });

  it('a wrong secret, an unknown key or an unsendable key id is auth_failed', async () => {
    const { fake, client } = await setup({}, { password: 'wrong' });
    expect(await refusal(client.test())).toMatchObject({ kind: 'auth_failed', vendorText: 'HTTP 401 Hawk authentication failed (Bad mac)' });
    const stranger = createSnomSrapsClient({ baseUrl: fake.baseUrl, username: 'kid-other', password: FAKE_SECRET });
    expect((await refusal(stranger.test())).kind).toBe('auth_failed');
    const quoted = createSnomSrapsClient({ baseUrl: fake.baseUrl, username: 'kid"x', password: FAKE_SECRET });
    expect((await refusal(quoted.test())).kind).toBe('auth_failed');
    expect(fake.calls).toHaveLength(2);
  });

  it('a client clock 10 minutes off is clock_skew', async () => {
    const { fake, client } = await setup({}, { now: () => Date.now() - 10 * 60_000 });
    const error = await refusal(client.test());
    expect(error.kind).toBe('clock_skew');
    expect(error.vendorText).toContain('Stale timestamp');
    expect(fake.calls[0]?.status).toBe(401);
  });

  it('a MAC owned by another company is mac_owned_elsewhere; an unreadable one is refused before any call', async () => {
    const { fake, client } = await setup();
    expect((await refusal(client.register(FAKE_FOREIGN_MAC, TARGET))).kind).toBe('mac_owned_elsewhere');
    expect((await refusal(client.deregister(FAKE_FOREIGN_MAC))).kind).toBe('mac_owned_elsewhere');
    const before = fake.calls.length;
    expect((await refusal(client.register('00:04:13', TARGET))).kind).toBe('mac_invalid');
    expect((await refusal(client.register(MAC, { ...TARGET, provisioningUrl: 'not a url' }))).kind).toBe('url_invalid');
    expect(fake.calls.length).toBe(before);
  });

  it('HTTP 500 is transient and retryable; 429 is rate_limited with Retry-After', async () => {
    const { fake, client } = await setup();
    await fake.setFailure('http500');
    const error = await refusal(client.test());
    expect([error.kind, error.isRetryable]).toEqual(['transient', true]);
    await fake.setFailure('http429');
    const limited = await refusal(client.test());
    expect([limited.kind, limited.retryAfterMs]).toEqual(['rate_limited', 1000]);
    await fake.setFailure('none');
    await expect(client.test()).resolves.toEqual({ servers: [] });
  });

  it('a hanging server is a network error after timeoutMs', async () => {
    const { fake, client } = await setup({}, { timeoutMs: 300 });
    await fake.setFailure('hang');
    const started = Date.now();
    expect((await refusal(client.test())).kind).toBe('network');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('a server that goes down is a network error, and works again on the same port', async () => {
    const { fake, client } = await setup();
    const port = fake.port;
    await fake.setFailure('down');
    expect((await refusal(client.test())).kind).toBe('network');
    await fake.restart();
    expect(fake.port).toBe(port);
    await expect(client.test()).resolves.toEqual({ servers: [] });
  });

  it('refuses to follow an absolute link to another origin', async () => {
    const { fake, client } = await setup({ linkOrigin: 'http://127.0.0.2:9' });
    const error = await refusal(client.test());
    expect(error.kind).toBe('unknown');
    expect(error.vendorText).toContain('another origin');
    expect(calls(fake)).toEqual(['GET /api/v1/tokens/kid-test 200']);
  });
});

describe('SRAPS answer helpers', () => {
  const answer = (status: number, text: string, headers: Record<string, string> = {}) => ({ status, text, headers: new Headers(headers) });

  it('maps refusals to error kinds', () => {
    expect(srapsError(answer(400, '{"mac":["invalid"]}'), 'mac').kind).toBe('mac_invalid');
    expect(srapsError(answer(400, '{"provisioning_profile":["unknown"]}'), 'mac').kind).toBe('unknown');
    expect(srapsError(answer(403, '{"message":"User lacks permission to endpoint"}'), 'mac').kind).toBe('mac_owned_elsewhere');
    expect(srapsError(answer(401, '{"detail":"Hawk authentication failed"}', { 'WWW-Authenticate': 'Hawk error="Bad mac"' }))).toMatchObject({
      kind: 'auth_failed',
      vendorText: 'HTTP 401 Hawk authentication failed (Bad mac)',
    });
    expect(srapsError(answer(401, '', { 'WWW-Authenticate': 'Hawk ts="1", tsm="x", error="Stale timestamp"' })).kind).toBe('clock_skew');
    expect(srapsError(answer(418, 'teapot'))).toMatchObject({ kind: 'unknown', vendorText: 'HTTP 418 teapot' });
  });

  it('reads rel="next" from an RFC 8288 Link header', () => {
    expect(nextLink('<https://a/x?page=1>; rel="prev", <https://a/x?page=3>; rel="next"')).toBe('https://a/x?page=3');
    expect(nextLink('<https://a/x?page=3>; title="t"; rel=next')).toBe('https://a/x?page=3');
    expect(nextLink('<https://a/x>; rel="last"')).toBeNull();
    expect(nextLink(null)).toBeNull();
  });
});
