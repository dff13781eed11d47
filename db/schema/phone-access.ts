import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './tenants';

export const PHONE_AUTH_MODES = ['off', 'basic', 'digest'] as const;
export type PhoneAuthMode = (typeof PHONE_AUTH_MODES)[number];

/** Who may fetch the tenant's files (lib/provisioning/protection); a tenant without a row has the defaults. */
export const phoneAccess = sqliteTable('phone_access', {
  tenantId: integer('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  authMode: text('auth_mode', { enum: PHONE_AUTH_MODES }).notNull().default('off'),
  username: text('username').notNull().default(''),
  /** Encrypted at rest (lib/secrets.ts). */
  password: text('password').notNull().default(''),
  /** CIDR networks, one per line; empty: every address may fetch. */
  allowedNetworks: text('allowed_networks').notNull().default(''),
  checkUserAgentMac: integer('check_user_agent_mac', { mode: 'boolean' }).notNull().default(false),
  /** Hours a new or armed device's file may be fetched without credentials; 0: the option is off. */
  firstFetchWindowHours: integer('first_fetch_window_hours').notNull().default(0),
  enumerationThreshold: integer('enumeration_threshold').notNull().default(30),
  enumerationWindowMinutes: integer('enumeration_window_minutes').notNull().default(10),
  enumerationCooldownMinutes: integer('enumeration_cooldown_minutes').notNull().default(60),
});

/** Source addresses refused after too many misses on MAC-shaped names, until `until` (or an unblock). */
export const blockedAddresses = sqliteTable(
  'blocked_addresses',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    address: text('address').notNull(),
    misses: integer('misses').notNull(),
    blockedAt: integer('blocked_at', { mode: 'timestamp_ms' }).notNull(),
    until: integer('until', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [uniqueIndex('blocked_addresses_tenant_address_uq').on(t.tenantId, t.address)],
);
