/**
 * Hawk v1 HTTP authentication with HMAC-SHA-256, the scheme of the Snom SRAPS REST API: the client
 * signs the method, path + query, host, port, a timestamp, a nonce and (when there is a body) the
 * payload hash. Follows the mozilla/hawk protocol (API.md); facts and the spec test vectors are in
 * ../shared/domain/redirection-servers.md §1.1. `verifyHawk` is the server half, used by the fake.
 */
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

export type HawkCredentials = { id: string; key: string };

/** Everything the MAC covers; both ends must build exactly the same values. */
export type HawkArtifacts = {
  method: string;
  /** Path + query, as sent on the request line. */
  resource: string;
  host: string;
  port: number;
  ts: number;
  nonce: string;
  hash?: string;
  ext?: string;
};

/** Hawk's library default; SRAPS' own window is unconfirmed (§7). */
export const HAWK_SKEW_SEC = 60;

/** Attribute values travel inside double quotes without escaping, so these characters cannot be sent. */
const UNSAFE_ATTRIBUTE = /["\\\r\n]/;

/** base64(SHA-256) over the content type (no parameters, lower-cased) and the body. */
export function hawkPayloadHash(contentType: string, payload: string): string {
  const type = (contentType.split(';')[0] ?? '').trim().toLowerCase();
  return createHash('sha256').update(`hawk.1.payload\n${type}\n`).update(payload).update('\n').digest('base64');
}

/** The string the MAC is computed over (`hawk.1.header` …, one field a line, trailing newline). */
export function hawkNormalizedString(a: HawkArtifacts): string {
  return ['hawk.1.header', a.ts, a.nonce, a.method.toUpperCase(), a.resource, a.host.toLowerCase(), a.port, a.hash ?? '', a.ext ?? '', ''].join('\n');
}

export function hawkMac(key: string, artifacts: HawkArtifacts): string {
  return createHmac('sha256', key).update(hawkNormalizedString(artifacts)).digest('base64');
}

/** The `tsm` a server sends with "Stale timestamp", so a client holding the key can trust the server's clock. */
export function hawkTimestampMac(key: string, ts: number): string {
  return createHmac('sha256', key).update(`hawk.1.ts\n${ts}\n`).digest('base64');
}

export type HawkSignOptions = { nowMs?: number; nonce?: string; ext?: string };

/**
 * The `Authorization: Hawk …` value for one request. Host and port come from the URL actually
 * called (443/80 when implicit), so a base-URL override pointing at a test double still signs right.
 * `hash` is sent only with a body, as the PHP SRAPS tools do; both forms are valid Hawk.
 */
export function hawkHeader(
  credentials: HawkCredentials,
  request: { method: string; url: string; contentType?: string; payload?: string },
  options: HawkSignOptions = {},
): string {
  const url = new URL(request.url);
  const artifacts: HawkArtifacts = {
    method: request.method,
    resource: url.pathname + url.search,
    host: url.hostname,
    port: url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80,
    ts: Math.floor((options.nowMs ?? Date.now()) / 1000),
    nonce: options.nonce ?? randomBytes(6).toString('base64url'),
    hash: request.payload === undefined ? undefined : hawkPayloadHash(request.contentType ?? '', request.payload),
    ext: options.ext,
  };
  for (const value of [credentials.id, artifacts.nonce, artifacts.ext ?? '']) {
    if (UNSAFE_ATTRIBUTE.test(value)) throw new Error('Hawk attribute values may not contain quotes, backslashes or newlines');
  }
  const attributes: [string, string | number | undefined][] = [
    ['id', credentials.id],
    ['ts', artifacts.ts],
    ['nonce', artifacts.nonce],
    ['hash', artifacts.hash],
    ['ext', artifacts.ext],
    ['mac', hawkMac(credentials.key, artifacts)],
  ];
  return `Hawk ${attributes
    .filter(([, value]) => value !== undefined)
    .map(([name, value]) => `${name}="${value}"`)
    .join(', ')}`;
}

const KNOWN_ATTRIBUTES = new Set(['id', 'ts', 'nonce', 'hash', 'ext', 'mac', 'app', 'dlg']);

/** The attributes of a `Hawk …` header, or null when it is not one or is malformed (unknown or repeated attribute). */
export function parseHawkHeader(header: string): Record<string, string> | null {
  const match = /^\s*hawk\s+(.+)$/is.exec(header);
  if (!match?.[1]) return null;
  const attributes: Record<string, string> = {};
  let isMalformed = false;
  const rest = match[1].replace(/(\w+)="([^"\\]*)"\s*(?:,\s*|$)/g, (_all, name: string, value: string) => {
    if (!KNOWN_ATTRIBUTES.has(name) || name in attributes) isMalformed = true;
    attributes[name] = value;
    return '';
  });
  return isMalformed || rest.trim() !== '' ? null : attributes;
}

export type HawkVerifyInput = {
  header: string | undefined;
  method: string;
  /** Path + query of the request line. */
  resource: string;
  /** The Host header as received; its port defaults to `defaultPort`. */
  host: string | undefined;
  defaultPort?: number;
  contentType?: string;
  payload: string;
  keyOf: (id: string) => string | undefined;
  nowMs: number;
  /** Nonces already seen (`id:nonce`); verifyHawk adds to it. */
  nonces: Set<string>;
  skewSec?: number;
};

export type HawkVerdict = { ok: true; id: string } | { ok: false; error: string; wwwAuthenticate: string };

const same = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Checks a Hawk-signed request the way a Hawk server does, in the library's order: header shape,
 * credentials, MAC (over the Host header's host and port), payload hash when `hash` is present,
 * nonce reuse, then the timestamp window. A stale timestamp is answered with the server's `ts` and
 * its `tsm`, only once the MAC has proved the client holds the key.
 */
export function verifyHawk(input: HawkVerifyInput): HawkVerdict {
  const refuse = (error: string, extra = ''): HawkVerdict => ({ ok: false, error, wwwAuthenticate: `Hawk ${extra}error="${error}"` });
  if (!input.header) return refuse('Missing authentication');
  const attributes = parseHawkHeader(input.header);
  if (!attributes) return refuse('Bad header format');
  const { id, ts, nonce, mac, hash, ext } = attributes;
  if (!id || !ts || !nonce || !mac || !/^\d+$/.test(ts)) return refuse('Missing attributes');
  const hostMatch = /^\s*(\[[^\]]+\]|[^:\s]+)(?::(\d+))?\s*$/.exec(input.host ?? '');
  if (!hostMatch?.[1]) return refuse('Invalid Host header');
  const key = input.keyOf(id);
  if (key === undefined) return refuse('Unknown credentials');

  const artifacts: HawkArtifacts = {
    method: input.method,
    resource: input.resource,
    host: hostMatch[1],
    port: hostMatch[2] ? Number(hostMatch[2]) : (input.defaultPort ?? 80),
    ts: Number(ts),
    nonce,
    hash,
    ext,
  };
  if (!same(hawkMac(key, artifacts), mac)) return refuse('Bad mac');
  if (hash !== undefined && !same(hawkPayloadHash(input.contentType ?? '', input.payload), hash)) return refuse('Bad payload hash');
  if (input.nonces.has(`${id}:${nonce}`)) return refuse('Invalid nonce');
  input.nonces.add(`${id}:${nonce}`);

  const nowSec = Math.floor(input.nowMs / 1000);
  if (Math.abs(artifacts.ts - nowSec) > (input.skewSec ?? HAWK_SKEW_SEC)) {
    return refuse('Stale timestamp', `ts="${nowSec}", tsm="${hawkTimestampMac(key, nowSec)}", `);
  }
  return { ok: true, id };
}
