import type { Db } from '@/db/client';
import { type FetchLogStatements, fetchLogStatements, ROWS_PER_INSERT } from '@/db/queries/fetch-log';
import type { FetchChannel, FetchRefusal } from '@/db/schema';
import { findMac } from '@/lib/mac';
import { log } from '@/lib/logger';
import { withoutFileChanges } from './file-cache';
import { noteFetch } from './protection/enumeration';
import { type DetectedPhone, detectPhone, vendorFromMac } from './user-agent';

export type FetchRecord = {
  at: number;
  channel: FetchChannel;
  tenantId: number | null;
  fileName: string;
  clientIp: string;
  userAgent: string | null;
  status: number;
  deviceId: number | null;
  /** The sha256 of the file served (a device's phone then holds that version). */
  sha256?: string | null;
  /** Why phone access refused it (401/403). */
  refusal?: FetchRefusal | null;
};

/**
 * Each commit writes every page it dirtied to the WAL, and the log's device index (or, for a row no device owns, its
 * MAC index) takes each row on a random page: bigger batches dirty each page once for more rows (bench/serve: the
 * writer's CPU per fetch fell by a quarter from 200 ms / 1000 records to 1 s / 5000).
 */
const FLUSH_EVERY_MS = 1000;
const FLUSH_AT = 5000;
/** The log keeps the most recent rows only; older ones are pruned as new batches arrive. */
export const FETCH_LOG_KEEP = 200_000;
/**
 * Unknown devices kept per tenant: a sender guessing MACs adds one per guess, so the least recently
 * seen are dropped as new ones arrive over the cap (issue 12, finding 6). A real site has far fewer.
 */
export const UNKNOWN_DEVICES_KEEP = 10_000;

// Shared by every module graph of the process (server.ts and Next's compiled routes).
type FetchLogState = { queue: FetchRecord[]; timer: NodeJS.Timeout | null; db: Db | null; relay: ((record: FetchRecord) => void) | null };
const state = ((globalThis as typeof globalThis & { __provisioFetchLog?: FetchLogState }).__provisioFetchLog ??= {
  queue: [],
  timer: null,
  db: null,
  relay: null,
});

/**
 * In a web worker (lib/cluster) every record goes to the primary process, which logs it as its own: the worker
 * never writes the database, and whatever counts fetches sees those of every worker.
 */
export function relayFetchLog(relay: ((record: FetchRecord) => void) | null): void {
  state.relay = relay;
}

/**
 * Queues a fetch for the log. Writes are batched in one transaction every second so the serving
 * path never waits on the disk; `flushFetchLog` writes what is queued (on shutdown, in tests).
 */
export function recordFetch(db: Db, record: FetchRecord): void {
  if (state.relay) return state.relay(record);
  state.db = db;
  noteFetch(db, record);
  state.queue.push(record);
  if (state.queue.length >= FLUSH_AT) flushFetchLog();
  else if (!state.timer) {
    state.timer = setTimeout(flushFetchLog, FLUSH_EVERY_MS);
    state.timer.unref();
  }
}

export function flushFetchLog(): void {
  if (state.timer) clearTimeout(state.timer);
  state.timer = null;
  const batch = state.queue.splice(0);
  if (batch.length === 0 || !state.db) return;
  const db = state.db;
  try {
    // The log never changes a served file: the copies in memory stay good.
    withoutFileChanges(db, () => db.transaction(() => writeBatch(db, batch)));
  } catch (error) {
    log.error('could not write the fetch log', { error: String(error), dropped: batch.length });
  }
}

/** A record with what the batch writer works out: the row it inserts, the MAC in its file name. */
type Resolved = { record: FetchRecord; row: unknown[]; fileMac: string | null; phone: DetectedPhone | null };

/**
 * The batch in few statements (the flush is most of a fetch's cost on the main thread): each device's last fetch
 * updated once (which also tells whether it still exists), the tenants and other devices it names checked once,
 * rows inserted ROWS_PER_INSERT at a time, unknown devices record by record (rare: a 404 naming a MAC).
 */
function writeBatch(db: Db, batch: FetchRecord[]) {
  const w = fetchLogStatements(db);
  const latest = new Map<number, { at: number; sha256: string | null }>();
  for (const r of batch) {
    if (r.deviceId === null || r.status >= 400) continue;
    latest.set(r.deviceId, { at: r.at, sha256: r.sha256 ?? latest.get(r.deviceId)?.sha256 ?? null });
  }
  const devices = new Map<number, boolean>();
  for (const [id, { at, sha256 }] of latest) devices.set(id, w.touchDevice.run({ at: Math.floor(at / 1000), sha256, id }).changes > 0);
  const tenants = new Map<number, boolean>();
  // A device (or tenant) deleted between the fetch and this batch keeps the record, without the link.
  const resolved = batch.map((record) =>
    resolve(
      record,
      (id) => exists(tenants, w.tenantExists, id),
      (id) => exists(devices, w.deviceExists, id),
    ),
  );

  let next = 0;
  for (; next + ROWS_PER_INSERT <= resolved.length; next += ROWS_PER_INSERT) {
    const chunk = resolved.slice(next, next + ROWS_PER_INSERT);
    try {
      w.insertLogs.run(chunk.flatMap((r) => r.row));
    } catch {
      insertOneByOne(db, chunk);
    }
  }
  insertOneByOne(db, resolved.slice(next));

  const grown = new Set<number>();
  for (const r of resolved) {
    try {
      if (listUnknown(db, r)) grown.add(r.record.tenantId!);
    } catch (error) {
      // One bad record (its tenant deleted meanwhile) must not cost the rest of the batch.
      log.warn('dropped a fetch log record', { error: String(error), fileName: r.record.fileName });
    }
  }
  w.prune.run(FETCH_LOG_KEEP);
  for (const tenantId of grown) w.pruneUnknown.run({ tenantId, keep: UNKNOWN_DEVICES_KEEP });
}

function exists(known: Map<number, boolean>, statement: FetchLogStatements['tenantExists'], id: number | null): number | null {
  if (id === null) return null;
  let found = known.get(id);
  if (found === undefined) {
    found = statement.get(id) !== undefined;
    known.set(id, found);
  }
  return found ? id : null;
}

function resolve(record: FetchRecord, tenantOf: (id: number | null) => number | null, deviceOf: (id: number | null) => number | null): Resolved {
  const r = record;
  const phone = phoneOf(r.userAgent);
  const fileMac = findMac(r.fileName);
  const mac = fileMac ?? phone?.mac ?? null;
  const vendor = phone?.vendor ?? vendorFromMac(mac);
  const row = [
    r.at,
    r.channel,
    tenantOf(r.tenantId),
    r.fileName,
    r.clientIp,
    r.userAgent,
    vendor,
    phone?.model ?? null,
    mac,
    r.status,
    deviceOf(r.deviceId),
    r.refusal ?? null,
  ];
  return { record, row, fileMac, phone };
}

function insertOneByOne(db: Db, rows: Resolved[]) {
  const w = fetchLogStatements(db);
  for (const r of rows) {
    try {
      w.insertLog.run(...(r.row as Parameters<FetchLogStatements['insertLog']['run']>));
    } catch (error) {
      log.warn('dropped a fetch log record', { error: String(error), fileName: r.record.fileName });
    }
  }
}

/** User agents recently parsed: a phone sends the same one for every file of its boot sequence. */
const phones = new Map<string, DetectedPhone | null>();
const PHONES_KEPT = 4096;
function phoneOf(userAgent: string | null): DetectedPhone | null {
  if (!userAgent) return null;
  let phone = phones.get(userAgent);
  if (phone === undefined) {
    if (phones.size >= PHONES_KEPT) phones.clear();
    phone = detectPhone(userAgent);
    phones.set(userAgent, phone);
  }
  return phone;
}

/** Lists a MAC-shaped request that no device of the tenant owns (the admin can adopt it later); true when the MAC is new to the tenant. */
function listUnknown(db: Db, { record: r, fileMac, phone }: Resolved): boolean {
  if ((r.deviceId !== null && r.status < 400) || r.status !== 404 || r.tenantId === null || !fileMac) return false;
  const w = fetchLogStatements(db);
  if (w.deviceByMac.get(r.tenantId, fileMac)) return false;
  const listed = w.upsertUnknown.get({
    tenantId: r.tenantId,
    mac: fileMac,
    vendor: phone?.vendor ?? vendorFromMac(fileMac),
    model: phone?.model ?? null,
    ip: r.clientIp,
    fileName: r.fileName,
    userAgent: r.userAgent,
    channel: r.channel,
    at: r.at,
  });
  return listed?.count === 1;
}
