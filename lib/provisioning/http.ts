import type { Db } from '@/db/client';
import { COMMON_HEADERS } from './http-headers';
import { serveProvisioningFile } from './serve';

export type HttpRequestFacts = {
  method: string;
  /** Path below /provisioning/, still percent-encoded. */
  path: string;
  secure: boolean;
  clientIp: string;
  userAgent: string | null;
  ifNoneMatch: string | null;
  /** The Authorization header (phone authentication, ./protection). */
  authorization?: string | null;
};
/** Headers flat, as res.writeHead takes them (./http-headers.ts): shared between answers, never to be changed. */
export type HttpAnswer = { status: number; headers: string[]; body: Buffer | null };

const text = (status: number, message: string, extra: string[] = []): HttpAnswer => {
  const body = Buffer.from(`${message}\n`);
  return { status, headers: [...COMMON_HEADERS, 'Content-Type', 'text/plain; charset=utf-8', 'Content-Length', String(body.length), ...extra], body };
};
// Built once: every miss gets the same answer.
const NOT_FOUND = text(404, 'Not found');
const BAD_REQUEST = text(400, 'Bad request');
const NOT_ALLOWED = text(405, 'Method not allowed', ['Allow', 'GET, HEAD']);
const FORBIDDEN = text(403, 'Forbidden');
const UNAUTHORIZED_BODY = Buffer.from('Unauthorized\n');
/** A 401 carries a fresh nonce, so only its body is shared. */
const unauthorized = (challenges: string[]): HttpAnswer => ({
  status: 401,
  headers: [
    ...COMMON_HEADERS,
    'Content-Type',
    'text/plain; charset=utf-8',
    'Content-Length',
    String(UNAUTHORIZED_BODY.length),
    ...challenges.flatMap((challenge) => ['WWW-Authenticate', challenge]),
  ],
  body: UNAUTHORIZED_BODY,
});
/** The request-target phones sign in a Digest response. */
const PROVISIONING_PREFIX = '/provisioning/';

const matchesEtag = (header: string | null, etag: string) =>
  !!header && header.split(',').some((candidate) => ['*', etag].includes(candidate.trim().replace(/^W\//, '')));

/** GET/HEAD for phones: file, 304 on a matching ETag, and uniform 400/404 answers. */
export function answerProvisioningRequest(db: Db, request: HttpRequestFacts): HttpAnswer {
  if (request.method !== 'GET' && request.method !== 'HEAD') return NOT_ALLOWED;
  const result = serveProvisioningFile(db, {
    path: request.path,
    channel: request.secure ? 'https' : 'http',
    clientIp: request.clientIp,
    userAgent: request.userAgent,
    // Without credentials there is nothing to check: the gate takes a missing header as missing.
    auth: request.authorization ? { header: request.authorization, method: request.method, path: `${PROVISIONING_PREFIX}${request.path}` } : undefined,
  });
  if (result.status === 401) return unauthorized(result.challenges);
  if (result.status !== 200) return { 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND }[result.status];
  const headers = result.httpHeaders;
  if (matchesEtag(request.ifNoneMatch, result.etag)) return { status: 304, headers: headers.notModified, body: null };
  return { status: 200, headers: headers.ok, body: request.method === 'HEAD' ? null : result.body };
}
