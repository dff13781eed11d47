import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './tenants';

export const FETCH_CHANNELS = ['http', 'https', 'tftp', 'sip-pnp'] as const;
export type FetchChannel = (typeof FETCH_CHANNELS)[number];
/**
 * Why phone access refused a fetch (lib/provisioning/protection): outside the allowed networks, a blocked address, a
 * User-Agent naming another MAC (suspicious), TFTP while authentication is on, or wrong credentials sent.
 */
export const FETCH_REFUSALS = ['network', 'blocked', 'user-agent', 'tftp', 'credentials'] as const;
export type FetchRefusal = (typeof FETCH_REFUSALS)[number];

export const fetchLog = sqliteTable(
  'fetch_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    channel: text('channel', { enum: FETCH_CHANNELS }).notNull(),
    tenantId: integer('tenant_id').references(() => tenants.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    clientIp: text('client_ip').notNull(),
    userAgent: text('user_agent'),
    vendor: text('vendor'),
    model: text('model'),
    mac: text('mac'),
    status: integer('status').notNull(),
    deviceId: integer('device_id'),
    refusal: text('refusal', { enum: FETCH_REFUSALS }),
  },
  // Each index entry costs a fetch a B-tree insert and, when the row is pruned, a delete: only entries a read uses are
  // kept (no read filters or sorts on `at`; the newest rows are the highest ids).
  (t) => [
    index('fetch_log_tenant_idx').on(t.tenantId),
    // A device page's fetch history: its file's requests by device, the rest of its phone's by MAC (partial: most 404s
    // name neither, and a device's own file, most of the traffic, is found by device, so it costs no MAC entry).
    index('fetch_log_mac_idx')
      .on(t.mac)
      .where(sql`${t.mac} IS NOT NULL AND ${t.deviceId} IS NULL`),
    index('fetch_log_device_idx')
      .on(t.deviceId)
      .where(sql`${t.deviceId} IS NOT NULL`),
  ],
);

/** MACs that asked for a file no device owns. */
export const unknownDevices = sqliteTable(
  'unknown_devices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    mac: text('mac').notNull(),
    vendor: text('vendor'),
    model: text('model'),
    lastIp: text('last_ip').notNull(),
    lastFileName: text('last_file_name').notNull(),
    lastUserAgent: text('last_user_agent'),
    lastChannel: text('last_channel', { enum: FETCH_CHANNELS }).notNull(),
    firstSeenAt: integer('first_seen_at', { mode: 'timestamp_ms' }).notNull(),
    lastSeenAt: integer('last_seen_at', { mode: 'timestamp_ms' }).notNull(),
    count: integer('count').notNull().default(1),
  },
  (t) => [uniqueIndex('unknown_devices_tenant_mac_uq').on(t.tenantId, t.mac), index('unknown_devices_tenant_last_seen_idx').on(t.tenantId, t.lastSeenAt)],
);
