/** Headers as res.writeHead takes them flat (name, value, name, value…): shared between answers, never to be changed. */
export const COMMON_HEADERS = ['Cache-Control', 'no-store', 'X-Content-Type-Options', 'nosniff'];

/** A served file's headers for 200 and 304. */
export type FileHeaders = { ok: string[]; notModified: string[] };

/** Built once per copy in memory (./file-cache.ts), so an answer allocates none. */
export function fileHeaders(contentType: string, etag: string, length: number): FileHeaders {
  const notModified = [...COMMON_HEADERS, 'Content-Type', `${contentType}; charset=utf-8`, 'ETag', etag];
  return { ok: [...notModified, 'Content-Length', String(length)], notModified };
}
