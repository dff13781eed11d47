import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { devices, fetchLog, unknownDevices, type FetchChannel } from '@/db/schema';
import { findMac } from '@/lib/mac';
import { log } from '@/lib/logger';
import { detectPhone, vendorFromMac } from './user-agent';

export type FetchRecord = {
  at: number;
  channel: FetchChannel;
  tenantId: number | null;
  fileName: string;
  clientIp: string;
  userAgent: string | null;
  status: number;
  deviceId: number | null;
};

const FLUSH_EVERY_MS = 200;
const FLUSH_AT = 1000;

// Shared by every module graph of the process (server.ts and Next's compiled routes).
const state = ((globalThis as typeof globalThis & { __provisioFetchLog?: { queue: FetchRecord[]; timer: NodeJS.Timeout | null; db: Db | null } })
  .__provisioFetchLog ??= { queue: [], timer: null, db: null });

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
  try {
    const db = state.db;
    db.transaction((tx) => {
      for (const r of batch) writeOne(tx as unknown as Db, r);
    });
  } catch (error) {
    log.error('could not write the fetch log', { error: String(error), dropped: batch.length });
  }
}

function writeOne(db: Db, r: FetchRecord) {
  const phone = detectPhone(r.userAgent);
  const fileMac = findMac(r.fileName);
  const mac = fileMac ?? phone?.mac ?? null;
  const at = new Date(r.at);
  db.insert(fetchLog)
    .values({ at, channel: r.channel, tenantId: r.tenantId, fileName: r.fileName, clientIp: r.clientIp, userAgent: r.userAgent, vendor: phone?.vendor ?? vendorFromMac(mac), model: phone?.model ?? null, mac, status: r.status, deviceId: r.deviceId })
    .run();
  if (r.deviceId !== null && r.status < 400) {
    db.update(devices).set({ lastFetchedAt: at }).where(eq(devices.id, r.deviceId)).run();
    return;
  }
  if (r.status === 404 && r.tenantId !== null && fileMac) recordUnknown(db, r, fileMac, phone?.vendor ?? vendorFromMac(fileMac), phone?.model ?? null);
}

/** A MAC-shaped request that no device of the tenant owns: the admin can adopt it later. */
function recordUnknown(db: Db, r: FetchRecord, mac: string, vendor: string | null, model: string | null) {
  const tenantId = r.tenantId as number;
  if (db.select({ id: devices.id }).from(devices).where(and(eq(devices.tenantId, tenantId), eq(devices.mac, mac))).get()) return;
  const at = new Date(r.at);
  db.insert(unknownDevices)
    .values({ tenantId, mac, vendor, model, lastIp: r.clientIp, lastFileName: r.fileName, lastUserAgent: r.userAgent, lastChannel: r.channel, firstSeenAt: at, lastSeenAt: at })
    .onConflictDoUpdate({
      target: [unknownDevices.tenantId, unknownDevices.mac],
      set: {
        vendor: sql`coalesce(${vendor}, ${unknownDevices.vendor})`,
        model: sql`coalesce(${model}, ${unknownDevices.model})`,
        lastIp: r.clientIp,
        lastFileName: r.fileName,
        lastUserAgent: r.userAgent,
        lastChannel: r.channel,
        lastSeenAt: at,
        count: sql`${unknownDevices.count} + 1`,
      },
    })
    .run();
}
