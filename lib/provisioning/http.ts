import type { Db } from '@/db/client';
import { serveProvisioningFile } from './serve';

export type HttpRequestFacts = {
  method: string;
  /** Path below /provisioning/, still percent-encoded. */
  path: string;
  secure: boolean;
  clientIp: string;
  userAgent: string | null;
  ifNoneMatch: string | null;
};
export type HttpAnswer = { status: number; headers: Record<string, string>; body: Buffer | null };

const COMMON_HEADERS = { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' };
const text = (status: number, message: string, extra: Record<string, string> = {}): HttpAnswer => ({
  status,
  headers: { ...COMMON_HEADERS, 'Content-Type': 'text/plain; charset=utf-8', ...extra },
  body: Buffer.from(`${message}\n`),
});

const matchesEtag = (header: string | null, etag: string) =>
  !!header && header.split(',').some((candidate) => ['*', etag].includes(candidate.trim().replace(/^W\//, '')));

/** GET/HEAD for phones: file, 304 on a matching ETag, and uniform 400/404 answers. */
export function answerProvisioningRequest(db: Db, request: HttpRequestFacts): HttpAnswer {
  if (request.method !== 'GET' && request.method !== 'HEAD') return text(405, 'Method not allowed', { Allow: 'GET, HEAD' });
  const result = serveProvisioningFile(db, {
    path: request.path,
    channel: request.secure ? 'https' : 'http',
    clientIp: request.clientIp,
    userAgent: request.userAgent,
  });
  if (result.status !== 200) return result.status === 400 ? text(400, 'Bad request') : text(404, 'Not found');
  const headers = {
    ...COMMON_HEADERS,
    'Content-Type': `${result.contentType}; charset=utf-8`,
    ETag: result.etag,
    'Content-Length': String(result.body.length),
  };
  if (matchesEtag(request.ifNoneMatch, result.etag)) {
    const { 'Content-Length': _length, ...rest } = headers;
    return { status: 304, headers: rest, body: null };
  }
  return { status: 200, headers, body: request.method === 'HEAD' ? null : result.body };
}
