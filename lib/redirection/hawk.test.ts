import { describe, expect, it } from 'vitest';
import { hawkHeader, hawkPayloadHash, parseHawkHeader, verifyHawk, type HawkVerifyInput } from './hawk';

// The protocol example of the Hawk spec (mozilla/hawk API.md), as quoted in §1.1 of the research notes.
const SPEC = { id: 'dh37fgj492je', key: 'werxhqb98rpaxn39848xrunpaw3489ruxnpa98w4rxn' };
const SPEC_URL = 'http://example.com:8000/resource/1?b=1&a=2';
const SPEC_OPTS = { nowMs: 1353832234_000, nonce: 'j4h3g2', ext: 'some-app-ext-data' };
const SPEC_BODY = { contentType: 'text/plain', payload: 'Thank you for flying Hawk' };

describe('Hawk signer (spec vectors)', () => {
  it('signs the GET example', () => {
    const header = hawkHeader(SPEC, { method: 'GET', url: SPEC_URL }, SPEC_OPTS);
    expect(header).toBe('Hawk id="dh37fgj492je", ts="1353832234", nonce="j4h3g2", ext="some-app-ext-data", mac="6R4rV5iE+NPoym+WwjeHzjAGXUtLNIxmo1vpMofpLAE="');
  });

  it('hashes the payload example, ignoring content-type parameters and case', () => {
    expect(hawkPayloadHash('text/plain', SPEC_BODY.payload)).toBe('Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=');
    expect(hawkPayloadHash('Text/Plain; charset=utf-8', SPEC_BODY.payload)).toBe('Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=');
  });

  it('signs the POST example with the payload hash', () => {
    const attributes = parseHawkHeader(hawkHeader(SPEC, { method: 'POST', url: SPEC_URL, ...SPEC_BODY }, SPEC_OPTS));
    expect(attributes).toMatchObject({ hash: 'Yi9LfIIFRtBEPt74PVmbTF/xVAwPn7ub15ePICfgnuY=', mac: 'aSe1DERmZuRl3pI36/9BdZmnErTw3sNzOOAUlfeKjVw=' });
  });

  it('signs the implicit https port and omits hash and ext when absent', () => {
    const header = hawkHeader(SPEC, { method: 'GET', url: 'https://api.sraps.snom.com/api/v1/tokens/x' }, { nowMs: 0, nonce: 'n' });
    expect(Object.keys(parseHawkHeader(header) ?? {})).toEqual(['id', 'ts', 'nonce', 'mac']);
    const verify = (defaultPort: number) =>
      verifyHawk({
        header,
        method: 'GET',
        resource: '/api/v1/tokens/x',
        host: 'API.sraps.snom.com',
        defaultPort,
        payload: '',
        keyOf: () => SPEC.key,
        nowMs: 0,
        nonces: new Set(),
      }).ok;
    expect([verify(443), verify(80)]).toEqual([true, false]);
  });

  it('refuses attribute values that cannot be quoted', () => {
    expect(() => hawkHeader({ id: 'a"b', key: 'k' }, { method: 'GET', url: SPEC_URL })).toThrow(/quotes/);
  });
});

describe('parseHawkHeader', () => {
  it('reads attributes and rejects other schemes, junk and repeats', () => {
    expect(parseHawkHeader('Hawk id="a", ts="1", nonce="n", mac="m"')).toEqual({ id: 'a', ts: '1', nonce: 'n', mac: 'm' });
    expect(parseHawkHeader('Basic YTpi')).toBeNull();
    expect(parseHawkHeader('Hawk id="a", junk')).toBeNull();
    expect(parseHawkHeader('Hawk id="a", id="b"')).toBeNull();
    expect(parseHawkHeader('Hawk evil="a"')).toBeNull();
  });
});

describe('verifyHawk', () => {
  const nowMs = 1_700_000_000_000;
  const url = 'http://127.0.0.1:4567/api/v1/companies/c1/endpoints/000413aabbcc?x=1';
  const body = '{"mac":"000413aabbcc"}';
  function input(overrides: Partial<HawkVerifyInput> & { sign?: { key?: string; nowMs?: number; nonce?: string; payload?: string } } = {}): HawkVerifyInput {
    const { sign = {}, ...rest } = overrides;
    const header = hawkHeader(
      { id: 'kid', key: sign.key ?? 'secret' },
      { method: 'PUT', url, contentType: 'application/json', payload: sign.payload ?? body },
      { nowMs: sign.nowMs ?? nowMs, nonce: sign.nonce ?? 'nonce-1' },
    );
    return {
      header,
      method: 'PUT',
      resource: '/api/v1/companies/c1/endpoints/000413aabbcc?x=1',
      host: '127.0.0.1:4567',
      contentType: 'application/json; charset=utf-8',
      payload: body,
      keyOf: (id) => (id === 'kid' ? 'secret' : undefined),
      nowMs,
      nonces: new Set(),
      ...rest,
    };
  }
  const errorOf = (i: HawkVerifyInput) => {
    const verdict = verifyHawk(i);
    return verdict.ok ? 'ok' : verdict.error;
  };

  it('accepts a request signed for its host and port', () => {
    expect(verifyHawk(input())).toEqual({ ok: true, id: 'kid' });
  });

  it('refuses a missing or malformed header and unknown credentials', () => {
    expect(errorOf(input({ header: undefined }))).toBe('Missing authentication');
    expect(errorOf(input({ header: 'Hawk id="kid"' }))).toBe('Missing attributes');
    expect(errorOf(input({ header: 'Bearer abc' }))).toBe('Bad header format');
    expect(errorOf(input({ keyOf: () => undefined }))).toBe('Unknown credentials');
  });

  it('refuses a wrong key, another port, another path or method', () => {
    expect(errorOf(input({ sign: { key: 'wrong' } }))).toBe('Bad mac');
    expect(errorOf(input({ host: '127.0.0.1:4568' }))).toBe('Bad mac');
    expect(errorOf(input({ host: '127.0.0.1' }))).toBe('Bad mac');
    expect(errorOf(input({ resource: '/api/v1/companies/c1/endpoints/000413aabbcc' }))).toBe('Bad mac');
    expect(errorOf(input({ method: 'DELETE' }))).toBe('Bad mac');
  });

  it('refuses a body that does not match the signed hash', () => {
    expect(errorOf(input({ payload: '{"mac":"000413000001"}' }))).toBe('Bad payload hash');
    expect(errorOf(input({ contentType: 'text/plain' }))).toBe('Bad payload hash');
  });

  it('refuses a reused nonce', () => {
    const nonces = new Set<string>();
    expect(errorOf(input({ nonces }))).toBe('ok');
    expect(errorOf(input({ nonces }))).toBe('Invalid nonce');
  });

  it('refuses a timestamp outside the 60 s window and tells the server time with a valid tsm', () => {
    expect(errorOf(input({ sign: { nowMs: nowMs - 59_000 } }))).toBe('ok');
    const verdict = verifyHawk(input({ sign: { nowMs: nowMs - 61_000 } }));
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.error).toBe('Stale timestamp');
    expect(verdict.wwwAuthenticate).toMatch(/^Hawk ts="1700000000", tsm="[A-Za-z0-9+/=]+", error="Stale timestamp"$/);
  });
});
