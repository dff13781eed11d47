import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/**
 * HTTP authentication of phones: Basic (RFC 7617) and Digest (RFC 7616, MD5 and SHA-256, qop=auth). Nonces are
 * stateless: the time they were made and an HMAC of it, so any process holding the key verifies them and none has to
 * remember them. A nonce is good for NONCE_LIFETIME_MS; an older one that is otherwise right gets `stale=true`, which
 * tells the phone to retry with a new nonce without asking anyone for the password. Without per-nonce state the nonce
 * count is not checked for replays: a replayed request fetches the same file again, nothing more.
 */
export const REALM = 'Provisio';
export const NONCE_LIFETIME_MS = 10 * 60_000;
export const DIGEST_ALGORITHMS = ['SHA-256', 'MD5'] as const;
export type DigestAlgorithm = (typeof DIGEST_ALGORITHMS)[number];

/** What a tenant's settings give the check, worked out once per snapshot: the secrets hashed as the schemes need them. */
export type Credentials = {
  username: string;
  /** `user:password` for Basic. */
  basic: Buffer;
  /** H(user:realm:password) per algorithm (RFC 7616 §3.4.2). */
  ha1: Record<DigestAlgorithm, string>;
};

const hashOf = (algorithm: DigestAlgorithm, text: string) =>
  createHash(algorithm === 'MD5' ? 'md5' : 'sha256')
    .update(text, 'utf8')
    .digest('hex');

export function credentialsFor(username: string, password: string): Credentials {
  return {
    username,
    basic: Buffer.from(`${username}:${password}`, 'utf8'),
    ha1: { 'SHA-256': hashOf('SHA-256', `${username}:${REALM}:${password}`), MD5: hashOf('MD5', `${username}:${REALM}:${password}`) },
  };
}

/** The `response` of RFC 7616 §3.4.1 for qop=auth. */
export function digestResponse(
  algorithm: DigestAlgorithm,
  ha1: string,
  p: { method: string; uri: string; nonce: string; nc: string; cnonce: string; qop: string },
): string {
  const ha2 = hashOf(algorithm, `${p.method}:${p.uri}`);
  return hashOf(algorithm, `${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${ha2}`);
}

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

export function makeNonce(key: Buffer, now: number): string {
  const stamp = now.toString(16);
  return `${stamp}.${createHmac('sha256', key).update(stamp).digest('base64url')}`;
}

/** 'ok', 'stale' (made by us, but too old) or 'bad'. */
export function checkNonce(key: Buffer, nonce: string, now: number): 'ok' | 'stale' | 'bad' {
  const [stamp, mac] = nonce.split('.');
  if (!stamp || !mac || !/^[0-9a-f]{1,13}$/.test(stamp)) return 'bad';
  if (!sameText(mac, createHmac('sha256', key).update(stamp).digest('base64url'))) return 'bad';
  const age = now - parseInt(stamp, 16);
  return age >= 0 && age <= NONCE_LIFETIME_MS ? 'ok' : 'stale';
}

/** The WWW-Authenticate values of a 401: Basic, or Digest with SHA-256 first (the stronger one, RFC 7616 §3.7) then MD5. */
export function challenges(mode: 'basic' | 'digest', key: Buffer, now: number, stale = false): string[] {
  if (mode === 'basic') return [`Basic realm="${REALM}", charset="UTF-8"`];
  const nonce = makeNonce(key, now);
  return DIGEST_ALGORITHMS.map((algorithm) => `Digest realm="${REALM}", qop="auth", algorithm=${algorithm}, nonce="${nonce}"${stale ? ', stale=true' : ''}`);
}

/** `key=value` and `key="quoted value"` pairs of a Digest header (RFC 7235 auth-param); null when it does not parse. */
export function parseAuthParams(text: string): Map<string, string> | null {
  const params = new Map<string, string>();
  const pattern = /\s*([A-Za-z0-9_-]+)\s*=\s*(?:"((?:[^"\\]|\\.)*)"|([^\s,"]*))\s*(?:,|$)/y;
  let at = 0;
  while (at < text.length) {
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (!m || pattern.lastIndex === at) return null;
    params.set(m[1].toLowerCase(), m[2] !== undefined ? m[2].replace(/\\(.)/g, '$1') : m[3]);
    at = pattern.lastIndex;
  }
  return params;
}

export type AuthRequest = { header: string | null; method: string; /** The request-target as the phone sent it, query left out. */ path: string };
export type AuthOutcome = 'ok' | 'stale' | 'missing' | 'wrong';

/** Checks the Authorization header against the tenant's credentials in the mode it chose. */
export function verifyAuthorization(mode: 'basic' | 'digest', credentials: Credentials, key: Buffer, request: AuthRequest, now: number): AuthOutcome {
  const header = request.header?.trim();
  if (!header) return 'missing';
  const space = header.indexOf(' ');
  const scheme = (space < 0 ? header : header.slice(0, space)).toLowerCase();
  const rest = space < 0 ? '' : header.slice(space + 1);
  if (mode === 'basic') {
    if (scheme !== 'basic') return 'missing';
    const given = Buffer.from(rest.trim(), 'base64');
    return given.length === credentials.basic.length && timingSafeEqual(given, credentials.basic) ? 'ok' : 'wrong';
  }
  if (scheme !== 'digest') return 'missing';
  const p = parseAuthParams(rest);
  if (!p) return 'wrong';
  const algorithm = DIGEST_ALGORITHMS.find((a) => a === (p.get('algorithm') ?? 'MD5').toUpperCase());
  const [username, nonce, uri, response, nc, cnonce, qop] = ['username', 'nonce', 'uri', 'response', 'nc', 'cnonce', 'qop'].map((k) => p.get(k) ?? '');
  if (!algorithm || qop !== 'auth' || !nonce || !response || !nc || !cnonce) return 'wrong';
  // The credentials must be for this request, not another file's.
  if (uri.split('?')[0] !== request.path || username !== credentials.username) return 'wrong';
  const expected = digestResponse(algorithm, credentials.ha1[algorithm], { method: request.method, uri, nonce, nc, cnonce, qop });
  if (!sameText(response.toLowerCase(), expected)) return 'wrong';
  // Only a nonce whose response is right can be stale: a wrong password is never told to just retry.
  const freshness = checkNonce(key, nonce, now);
  return freshness === 'ok' ? 'ok' : freshness === 'stale' ? 'stale' : 'wrong';
}
