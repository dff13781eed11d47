/**
 * The `X-Ca-*` request signature of Yealink's RPS JSON "open API" (the Device Management
 * platform): Content-MD5 of the exact body bytes, a newline-joined string to sign, and
 * base64(HMAC-SHA-256(AccessKey Secret, string to sign)). One module signs for the client and
 * verifies for the loopback fake, so both read the algorithm from the same place.
 * Source: ../shared/domain/redirection-servers.md §2.2 (algorithm and worked example).
 */
import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

export const YEALINK_CONTENT_TYPE = 'application/json;charset=UTF-8';

/** What the signature covers. `path` is the URL path as sent, with or without its leading slash. */
export type YealinkSignedRequest = {
  method: string;
  path: string;
  query?: Readonly<Record<string, string>>;
  /** The body exactly as it goes on the wire; absent for GET. */
  body?: string | Uint8Array;
};

export type YealinkSignatureHeaders = {
  'X-Ca-Key': string;
  'X-Ca-Nonce': string;
  'X-Ca-Timestamp': string;
  'X-Ca-Signature': string;
  'Content-MD5'?: string;
};

const hasBody = (body: YealinkSignedRequest['body']): body is string | Uint8Array => body !== undefined && body.length > 0;

/** base64 of the binary MD5 of the body bytes (a string is taken as UTF-8, as fetch sends it). */
export function yealinkContentMd5(body: string | Uint8Array): string {
  return createHash('md5').update(body).digest('base64');
}

/**
 * The string Yealink signs. Query keys are sorted: the sources disagree on the order, and for the
 * single-parameter calls we make both readings give the same string; an empty value is written
 * as the bare key.
 */
export function yealinkStringToSign(request: YealinkSignedRequest, signed: { key: string; nonce: string; timestamp: string; contentMd5?: string }): string {
  const lines = [request.method.toUpperCase()];
  if (signed.contentMd5) lines.push(`Content-MD5:${signed.contentMd5}`);
  lines.push(`X-Ca-Key:${signed.key}`, `X-Ca-Nonce:${signed.nonce}`, `X-Ca-Timestamp:${signed.timestamp}`, request.path.replace(/^\/+/, ''));
  const query = Object.entries(request.query ?? {}).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  if (query.length > 0) lines.push(query.map(([k, v]) => (v === '' ? k : `${k}=${v}`)).join('&'));
  return lines.join('\n');
}

const hmac = (secret: string, text: string) => createHmac('sha256', secret).update(text, 'utf8').digest('base64');

/**
 * The authentication headers for one request. Nonce and timestamp (Unix milliseconds) are
 * parameters so the worked example can be replayed; callers pass a fresh nonce every time,
 * since the platform refuses a reused one.
 */
export function signYealinkRequest(
  request: YealinkSignedRequest,
  credentials: { key: string; secret: string },
  nonce: string,
  timestampMs: number | string,
): YealinkSignatureHeaders {
  const contentMd5 = hasBody(request.body) ? yealinkContentMd5(request.body) : undefined;
  const signed = { key: credentials.key, nonce, timestamp: String(timestampMs), contentMd5 };
  const headers: YealinkSignatureHeaders = {
    'X-Ca-Key': signed.key,
    'X-Ca-Nonce': nonce,
    'X-Ca-Timestamp': signed.timestamp,
    'X-Ca-Signature': hmac(credentials.secret, yealinkStringToSign(request, signed)),
  };
  if (contentMd5) headers['Content-MD5'] = contentMd5;
  return headers;
}

export type YealinkSignatureProblem = 'missing_headers' | 'content_md5' | 'signature';

const sameText = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/**
 * Checks a received request's Content-MD5 and X-Ca-Signature against the secret; null when both
 * hold. `headers` uses Node's lower-case names. Whether the key is known, the timestamp fresh and
 * the nonce new is the server's policy, not the signature's, and is left to the caller.
 */
export function verifyYealinkSignature(
  request: YealinkSignedRequest,
  headers: Readonly<Record<string, string | string[] | undefined>>,
  secret: string,
): YealinkSignatureProblem | null {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const key = one('x-ca-key');
  const nonce = one('x-ca-nonce');
  const timestamp = one('x-ca-timestamp');
  const signature = one('x-ca-signature');
  if (!key || !nonce || !timestamp || !signature) return 'missing_headers';
  const contentMd5 = one('content-md5');
  if (hasBody(request.body) ? !contentMd5 || !sameText(contentMd5, yealinkContentMd5(request.body)) : contentMd5 !== undefined) return 'content_md5';
  const expected = hmac(secret, yealinkStringToSign(request, { key, nonce, timestamp, contentMd5 }));
  return sameText(signature, expected) ? null : 'signature';
}
