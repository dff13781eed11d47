import type { Statement } from 'better-sqlite3';
import { desc, eq, isNull, or } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { fetchLog } from '@/db/schema';

/** The latest provisioning requests of a tenant; the default tenant also sees requests no tenant matched. */
export function recentFetches(db: DbOrTx, tenant: { id: number; isDefault: boolean }, limit = 20) {
  const scope = tenant.isDefault ? or(eq(fetchLog.tenantId, tenant.id), isNull(fetchLog.tenantId)) : eq(fetchLog.tenantId, tenant.id);
  return db
    .select({
      id: fetchLog.id,
      at: fetchLog.at,
      channel: fetchLog.channel,
      fileName: fetchLog.fileName,
      clientIp: fetchLog.clientIp,
      vendor: fetchLog.vendor,
      model: fetchLog.model,
      status: fetchLog.status,
      deviceId: fetchLog.deviceId,
      refusal: fetchLog.refusal,
    })
    .from(fetchLog)
    .where(scope)
    .orderBy(desc(fetchLog.id))
    .limit(limit)
    .all();
}

/** Rows written by one INSERT of a batch: per-statement costs dominate single-row inserts (2.5 against 6 µs a row). */
export const ROWS_PER_INSERT = 16;
/** The values of one fetch_log row, in insertLog's order. */
export const LOG_COLUMNS = 12;

export type FetchLogStatements = {
  prune: Statement<[number]>;
  /** ROWS_PER_INSERT rows, LOG_COLUMNS values each, tenant and device already known to exist (or null). */
  insertLogs: Statement<unknown[]>;
  tenantExists: Statement<[number], number>;
  deviceExists: Statement<[number], number>;
  insertLog: Statement<
    [number, string, number | null, string, string, string | null, string | null, string | null, string | null, number, number | null, string | null]
  >;
  /** Counts a change whenever the device exists, whether or not this fetch is its most recent. */
  touchDevice: Statement<[{ at: number; sha256: string | null; id: number }]>;
  deviceByMac: Statement<[number, string], { id: number }>;
  /** Answers the row's count: 1 when the MAC is new to the tenant. */
  upsertUnknown: Statement<[Record<string, unknown>], { count: number }>;
  /** Drops a tenant's least recently seen unknown devices beyond the most recent `keep`. */
  pruneUnknown: Statement<[{ tenantId: number; keep: number }]>;
};
const cache = new WeakMap<Db, FetchLogStatements>();

/**
 * The fetch log's writes, as raw prepared statements: they run for every fetch, and a query
 * builder per row costs more than the serving itself.
 */
export function fetchLogStatements(db: Db): FetchLogStatements {
  let s = cache.get(db);
  if (!s) {
    const c = db.$client;
    s = {
      prune: c.prepare('DELETE FROM fetch_log WHERE id <= (SELECT max(id) FROM fetch_log) - ?'),
      insertLogs: c.prepare(
        `INSERT INTO fetch_log (at, channel, tenant_id, file_name, client_ip, user_agent, vendor, model, mac, status, device_id, refusal)
         VALUES ${Array.from({ length: ROWS_PER_INSERT }, () => `(${Array(LOG_COLUMNS).fill('?').join(', ')})`).join(', ')}`,
      ),
      tenantExists: c.prepare('SELECT 1 FROM tenants WHERE id = ?').pluck() as Statement<[number], number>,
      deviceExists: c.prepare('SELECT 1 FROM devices WHERE id = ?').pluck() as Statement<[number], number>,
      // A device (or tenant) deleted between the fetch and this batch keeps the record, without the link.
      insertLog: c.prepare(
        `INSERT INTO fetch_log (at, channel, tenant_id, file_name, client_ip, user_agent, vendor, model, mac, status, device_id, refusal)
         VALUES (?, ?, (SELECT id FROM tenants WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, (SELECT id FROM devices WHERE id = ?), ?)`,
      ),
      // Records reach the writer out of order when web workers relay them (lib/cluster): the most recent fetch wins.
      touchDevice: c.prepare(
        `UPDATE devices SET last_fetched_sha256 = CASE WHEN @at >= coalesce(last_fetched_at, 0) THEN coalesce(@sha256, last_fetched_sha256) ELSE last_fetched_sha256 END,
          last_fetched_at = max(coalesce(last_fetched_at, 0), @at) WHERE id = @id`,
      ),
      deviceByMac: c.prepare('SELECT id FROM devices WHERE tenant_id = ? AND mac = ?'),
      upsertUnknown:
        c.prepare(`INSERT INTO unknown_devices (tenant_id, mac, vendor, model, last_ip, last_file_name, last_user_agent, last_channel, first_seen_at, last_seen_at, count)
        VALUES (@tenantId, @mac, @vendor, @model, @ip, @fileName, @userAgent, @channel, @at, @at, 1)
        ON CONFLICT (tenant_id, mac) DO UPDATE SET vendor = coalesce(excluded.vendor, vendor), model = coalesce(excluded.model, model),
          last_ip = CASE WHEN excluded.last_seen_at >= last_seen_at THEN excluded.last_ip ELSE last_ip END,
          last_file_name = CASE WHEN excluded.last_seen_at >= last_seen_at THEN excluded.last_file_name ELSE last_file_name END,
          last_user_agent = CASE WHEN excluded.last_seen_at >= last_seen_at THEN excluded.last_user_agent ELSE last_user_agent END,
          last_channel = CASE WHEN excluded.last_seen_at >= last_seen_at THEN excluded.last_channel ELSE last_channel END,
          first_seen_at = min(first_seen_at, excluded.first_seen_at), last_seen_at = max(last_seen_at, excluded.last_seen_at), count = count + 1
        RETURNING count`),
      pruneUnknown: c.prepare(`DELETE FROM unknown_devices WHERE id IN (SELECT id FROM unknown_devices WHERE tenant_id = @tenantId
        ORDER BY last_seen_at DESC, id DESC LIMIT -1 OFFSET @keep)`),
    };
    cache.set(db, s);
  }
  return s;
}
