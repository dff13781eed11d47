import type { Db } from '@/db/client';
import { servedFile, servingTenantId } from '@/db/queries/serving';
import type { FetchChannel } from '@/db/schema';
import { recordFetch } from './fetch-log';

/**
 * The one way a phone gets a file, over HTTP(S) and TFTP alike: resolves a tenant-relative path
 * (`<file>` for the default tenant, `<tenant_uuid>/<file>`) to a row of generated_files — never
 * rendering at request time — and queues the fetch for the log. Misses look the same whatever
 * exists, so nothing can be enumerated.
 */
export type ServeRequest = {
  /** Path below /provisioning/ (HTTP, still percent-encoded) or the TFTP file name. */
  path: string;
  channel: FetchChannel;
  clientIp: string;
  userAgent: string | null;
};
export type ServedFile = { status: 200; body: Buffer; contentType: string; etag: string; fileName: string };
export type ServeResult = ServedFile | { status: 400 | 404 };

export const MAX_PATH_LENGTH = 256;
const FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

type Parsed = { tenantUuid: string | null; fileName: string } | { status: 400 | 404 };

/** Splits and checks the path: traversal, encoded slashes, NUL bytes and odd names never reach the database. */
export function parseProvisioningPath(path: string, channel: FetchChannel): Parsed {
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) return { status: path.length === 0 ? 404 : 400 };
  const raw = channel === 'tftp' ? path.replace(/^\//, '') : path;
  if (raw.includes('\\') || raw.includes('\0')) return { status: 400 };
  const segments: string[] = [];
  for (const part of raw.split('/')) {
    let segment = part;
    if (channel !== 'tftp') {
      try {
        segment = decodeURIComponent(part);
      } catch {
        return { status: 400 };
      }
    }
    if (segment === '.' || segment === '..' || /[/\\\0]/.test(segment)) return { status: 400 };
    segments.push(segment);
  }
  if (segments.length === 1 && FILE_NAME.test(segments[0])) return { tenantUuid: null, fileName: segments[0] };
  if (segments.length === 2 && UUID.test(segments[0]) && FILE_NAME.test(segments[1])) return { tenantUuid: segments[0], fileName: segments[1] };
  return { status: 404 };
}

export function serveProvisioningFile(db: Db, request: ServeRequest): ServeResult {
  const parsed = parseProvisioningPath(request.path, request.channel);
  const at = Date.now();
  if ('status' in parsed) {
    recordFetch(db, {
      at,
      channel: request.channel,
      tenantId: null,
      fileName: request.path.slice(0, MAX_PATH_LENGTH),
      clientIp: request.clientIp,
      userAgent: request.userAgent,
      status: parsed.status,
      deviceId: null,
    });
    return parsed;
  }
  const tenantId = servingTenantId(db, parsed.tenantUuid);
  const row = tenantId === null ? undefined : servedFile(db, tenantId, parsed.fileName);
  recordFetch(db, {
    at,
    channel: request.channel,
    tenantId,
    fileName: parsed.fileName,
    clientIp: request.clientIp,
    userAgent: request.userAgent,
    status: row ? 200 : 404,
    deviceId: row?.deviceId ?? null,
  });
  if (!row) return { status: 404 };
  return { status: 200, body: Buffer.from(row.body, 'utf8'), contentType: row.contentType, etag: `"${row.sha256}"`, fileName: parsed.fileName };
}
