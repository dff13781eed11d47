import type { Db } from '@/db/client';
import type { ServedFileState } from '@/db/queries/serving';
import type { FetchChannel } from '@/db/schema';
import { recordFetch } from './fetch-log';
import { cachedFile } from './file-cache';
import type { FileHeaders } from './http-headers';
import type { AuthRequest } from './protection/http-auth';
import { checkFetch } from './protection/gate';
import { noteServed } from './protection/snapshot';

/**
 * The one way a phone gets a file, over HTTP(S) and TFTP alike: resolves a tenant-relative path
 * (`<file>` for the default tenant, `<tenant_uuid>/<file>`) to a row of generated_files — never
 * rendering at request time, and from memory while it is unchanged (./file-cache.ts) — and queues
 * the fetch for the log. Misses look the same whatever exists, so nothing can be enumerated.
 */
export type ServeRequest = {
  /** Path below /provisioning/ (HTTP, still percent-encoded) or the TFTP file name. */
  path: string;
  channel: FetchChannel;
  clientIp: string;
  userAgent: string | null;
  /** HTTP: what authentication needs of the request (./protection); TFTP has none. */
  auth?: AuthRequest;
};
/** The copy held in memory: the same object for every fetch of an unchanged file. */
export type ServedFile = { status: 200; body: Buffer; contentType: string; etag: string; fileName: string; httpHeaders: FileHeaders };
/** 401: the challenges to send (WWW-Authenticate); 401 and 403 come before any lookup, the same whether the file exists or not. */
export type ServeResult = ServedFile | { status: 400 | 404 | 403 } | { status: 401; challenges: string[] };

export const MAX_PATH_LENGTH = 256;
/**
 * Servable names are what the console can produce, nothing more. A common file's name
 * (lib/validation/common.ts `fileName`: at most 128 characters, no leading dot); or a device file's
 * name from a file-name rule: prefix and suffix of at most 64 characters each (`fileNamePart`, a
 * leading dot allowed) around a MAC in one of the notations of lib/mac.ts MAC_FORMATS — 12 hex
 * digits, pairs joined by ':' or '-', or three groups of four joined by '.'. A ':' is accepted only
 * inside such a MAC; slashes, backslashes, NUL, '%' and anything non-ASCII never are.
 */
const COMMON_FILE_NAME = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;
const HEX2 = '[0-9A-Fa-f]{2}';
const MAC_IN_NAME = `(?:[0-9A-Fa-f]{12}|${HEX2}(?::${HEX2}){5}|${HEX2}(?:-${HEX2}){5}|[0-9A-Fa-f]{4}(?:\\.[0-9A-Fa-f]{4}){2})`;
const RULE_FILE_NAME = new RegExp(`^[A-Za-z0-9._-]{0,64}${MAC_IN_NAME}[A-Za-z0-9._-]{0,64}$`);
/** 64 + 17 (colon or hyphen notation) + 64; checked before the patterns, so a long name costs no backtracking. */
const MAX_FILE_NAME_LENGTH = 145;
const isServableName = (name: string) => name.length <= MAX_FILE_NAME_LENGTH && (COMMON_FILE_NAME.test(name) || RULE_FILE_NAME.test(name));
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PLAIN_NAME = /^[A-Za-z0-9._-]+$/;

type Parsed = { tenantUuid: string | null; fileName: string } | { status: 400 | 404 };

/** Splits and checks the path: traversal, encoded slashes, NUL bytes and odd names never reach the database. */
export function parseProvisioningPath(path: string, channel: FetchChannel): Parsed {
  if (path.length === 0 || path.length > MAX_PATH_LENGTH) return { status: path.length === 0 ? 404 : 400 };
  // Most requests: one segment with nothing to decode (the loop below would find the same).
  if (PLAIN_NAME.test(path))
    return path === '.' || path === '..' ? { status: 400 } : isServableName(path) ? { tenantUuid: null, fileName: path } : { status: 404 };
  const raw = channel === 'tftp' ? path.replace(/^\//, '') : path;
  if (raw.includes('\\') || raw.includes('\0')) return { status: 400 };
  const segments: string[] = [];
  // Empty segments are skipped: phones that add their own '/' to a server URL ending in one ask for
  // `/provisioning//<file>` (Grandstream P237, Yealink, Fanvil), and that must still be their file.
  for (const part of raw.split('/')) {
    if (part === '') continue;
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
  if (segments.length === 1 && isServableName(segments[0])) return { tenantUuid: null, fileName: segments[0] };
  if (segments.length === 2 && UUID.test(segments[0]) && isServableName(segments[1])) return { tenantUuid: segments[0], fileName: segments[1] };
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
  // Spelled out, not spread from the request: a spread costs as much as the whole gate.
  const gate = checkFetch(db, {
    tenantUuid: parsed.tenantUuid,
    fileName: parsed.fileName,
    channel: request.channel,
    clientIp: request.clientIp,
    userAgent: request.userAgent,
    auth: request.auth,
  });
  if (gate.status !== 200) {
    // A bare first request of an authenticating phone is not worth a row; wrong credentials and refusals are.
    if (gate.status === 403 || gate.attempted)
      recordFetch(db, {
        ...fetchOf(request, at, parsed.fileName),
        tenantId: gate.tenantId,
        status: gate.status,
        deviceId: null,
        refusal: gate.status === 403 ? gate.reason : 'credentials',
      });
    return gate.status === 403 ? { status: 403 } : { status: 401, challenges: gate.challenges };
  }
  const { tenantId, file: candidate } = cachedFile(db, parsed.tenantUuid, parsed.fileName.toLowerCase());
  const row = candidate && answersTo(candidate, parsed.fileName) ? candidate : undefined;
  recordFetch(db, {
    at,
    channel: request.channel,
    tenantId,
    fileName: parsed.fileName,
    clientIp: request.clientIp,
    userAgent: request.userAgent,
    status: row ? 200 : 404,
    deviceId: row?.deviceId ?? null,
    sha256: row?.sha256 ?? null,
  });
  if (row?.deviceId != null && tenantId !== null) noteServed(db, tenantId, parsed.fileName, request.clientIp);
  return row ?? { status: 404 };
}

const fetchOf = (request: ServeRequest, at: number, fileName: string) => ({
  at,
  channel: request.channel,
  fileName,
  clientIp: request.clientIp,
  userAgent: request.userAgent,
});

/**
 * Case rule. Phones substitute their MAC into a name their firmware spells out: Snom asks
 * `snomD785-000413ABCDEF.htm` (upper-case hex), Yealink and Polycom usually `001565abcdef.cfg`
 * but some firmware upper-cases it, Cisco `SEP<MAC>.cnf.xml`. So the hex digits of the MAC may
 * come in any case; the prefix and suffix, fixed by the firmware and copied into the rule, must
 * match as the rule writes them (`001565AABBCC.CFG` for `001565aabbcc.cfg` stays a plain miss).
 * Common files match exactly. The row was found by its lower-cased name, unique per tenant, so
 * the two names already agree but for case: only the case outside the MAC is left to check.
 */
function answersTo(row: ServedFileState, requested: string): boolean {
  if (requested === row.fileName) return true;
  if (row.macStart === null || row.macEnd === null) return false;
  return requested.slice(0, row.macStart) === row.fileName.slice(0, row.macStart) && requested.slice(row.macEnd) === row.fileName.slice(row.macEnd);
}
