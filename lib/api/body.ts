/**
 * The largest request body the API reads: a 256 KB template (the largest input) written as JSON,
 * every character escaped, still fits. A 300 MB body was once parsed whole (1.57 GB of memory).
 */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/** A device CSV import (POST /api/v1/devices/import, the console's import): 10,000 rows with their accounts fit with room to spare. */
export const MAX_IMPORT_BODY_BYTES = 8 * 1024 * 1024;

/** A body over the limit (413), told by Content-Length or found while reading; the rest is never read. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`request body larger than ${limit} bytes`);
    this.name = 'BodyTooLargeError';
  }
}

/** A body that is not UTF-8 (400): refused rather than stored with U+FFFD in place of its bytes. */
export class BodyNotUtf8Error extends Error {
  constructor() {
    super('request body is not UTF-8');
    this.name = 'BodyNotUtf8Error';
  }
}

/** The request body as text, read up to `limit` bytes and decoded strictly as UTF-8. */
export async function readBodyText(request: Request, limit = MAX_API_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limit) throw new BodyTooLargeError(limit);
  if (!request.body) return '';
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    size += chunk.value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooLargeError(limit);
    }
    chunks.push(chunk.value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new BodyNotUtf8Error();
  }
}

/** The body parsed as JSON (SyntaxError when it is not), within the limit and UTF-8. */
export async function readJsonBody(request: Request, limit = MAX_API_BODY_BYTES): Promise<unknown> {
  return JSON.parse(await readBodyText(request, limit)) as unknown;
}
