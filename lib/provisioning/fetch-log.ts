import type { Db } from '@/db/client';
import { fetchLogStatements } from '@/db/queries/fetch-log';
import type { FetchChannel } from '@/db/schema';
import { findMac } from '@/lib/mac';
import { log } from '@/lib/logger';
import { withoutFileChanges } from './file-cache';
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
};

const FLUSH_EVERY_MS = 200;
const FLUSH_AT = 1000;
/** The log keeps the most recent rows only; older ones are pruned as new batches arrive. */
export const FETCH_LOG_KEEP = 200_000;
/**
 * Unknown devices kept per tenant: a sender guessing MACs adds one per guess, so the least recently
 * seen are dropped as new ones arrive over the cap (issue 12, finding 6). A real site has far fewer.
 */
export const UNKNOWN_DEVICES_KEEP = 10_000;

// Shared by every module graph of the process (server.ts and Next's compiled routes).
const state = ((
  globalThis as typeof globalThis & { __provisioFetchLog?: { queue: FetchRecord[]; timer: NodeJS.Timeout | null; db: Db | null } }
).__provisioFetchLog ??= { queue: [], timer: null, db: null });

/**
 * Queues a fetch for the log. Writes are batched in one transaction every 200 ms so the serving
 * path never waits on the disk; `flushFetchLog` writes what is queued (on shutdown, in tests).
 */
export function recordFetch(db: Db, record: FetchRecord): void {
  state.db = db;
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
    withoutFileChanges(db, () =>
      db.transaction(() => {
        const grown = new Set<number>();
        for (const r of batch) {
          try {
            const newUnknownIn = writeOne(db, r);
            if (newUnknownIn !== null) grown.add(newUnknownIn);
          } catch (error) {
            // One bad record (its tenant deleted meanwhile) must not cost the rest of the batch.
            log.warn('dropped a fetch log record', { error: String(error), fileName: r.fileName });
          }
        }
        const w = fetchLogStatements(db);
        w.prune.run(FETCH_LOG_KEEP);
        for (const tenantId of grown) w.pruneUnknown.run({ tenantId, keep: UNKNOWN_DEVICES_KEEP });
      }),
    );
  } catch (error) {
    log.error('could not write the fetch log', { error: String(error), dropped: batch.length });
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

/** Writes one record; answers the tenant when it listed a MAC new to that tenant's unknown devices. */
function writeOne(db: Db, r: FetchRecord): number | null {
  const w = fetchLogStatements(db);
  const phone = phoneOf(r.userAgent);
  const fileMac = findMac(r.fileName);
  const mac = fileMac ?? phone?.mac ?? null;
  const vendor = phone?.vendor ?? vendorFromMac(mac);
  w.insertLog.run(r.at, r.channel, r.tenantId, r.fileName, r.clientIp, r.userAgent, vendor, phone?.model ?? null, mac, r.status, r.deviceId);
  if (r.deviceId !== null && r.status < 400) {
    w.touchDevice.run(Math.floor(r.at / 1000), r.sha256 ?? null, r.deviceId);
    return null;
  }
  // A MAC-shaped request that no device of the tenant owns: the admin can adopt it later.
  if (r.status !== 404 || r.tenantId === null || !fileMac || w.deviceByMac.get(r.tenantId, fileMac)) return null;
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
  return listed?.count === 1 ? r.tenantId : null;
}
