import type { Db } from '@/db/client';
import { type ServedFile, serveProvisioningFile } from './serve';

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
/** Headers as res.writeHead takes them flat (name, value, name, value…): shared between answers, never to be changed. */
export type HttpAnswer = { status: number; headers: string[]; body: Buffer | null };

const COMMON_HEADERS = ['Cache-Control', 'no-store', 'X-Content-Type-Options', 'nosniff'];
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

type FileHeaders = { ok: string[]; notModified: string[] };
/** The headers of a served file, built once per copy in memory (./file-cache.ts keeps one object per unchanged file). */
const headersOfFile = new WeakMap<ServedFile, FileHeaders>();
function fileHeaders(file: ServedFile): FileHeaders {
  let headers = headersOfFile.get(file);
  if (!headers) {
    const notModified = [...COMMON_HEADERS, 'Content-Type', `${file.contentType}; charset=utf-8`, 'ETag', file.etag];
    headers = { ok: [...notModified, 'Content-Length', String(file.body.length)], notModified };
    headersOfFile.set(file, headers);
  }
  return headers;
}

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
    auth: { header: request.authorization ?? null, method: request.method, path: `${PROVISIONING_PREFIX}${request.path}` },
  });
  if (result.status === 401) return unauthorized(result.challenges);
  if (result.status !== 200) return { 400: BAD_REQUEST, 403: FORBIDDEN, 404: NOT_FOUND }[result.status];
  const headers = fileHeaders(result);
  if (matchesEtag(request.ifNoneMatch, result.etag)) return { status: 304, headers: headers.notModified, body: null };
  return { status: 200, headers: headers.ok, body: request.method === 'HEAD' ? null : result.body };
}
