import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { REDIRECTION_BRANDS, YEALINK_APIS } from '../../lib/redirection/brands';
import { tenants } from './tenants';

export const redirectionServers = sqliteTable(
  'redirection_servers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    brand: text('brand', { enum: REDIRECTION_BRANDS }).notNull(),
    name: text('name').notNull(),
    username: text('username').notNull(),
    /** Encrypted at rest (lib/secrets.ts); write-only for the browser and the API. */
    password: text('password').notNull(),
    isEnabled: integer('is_enabled', { mode: 'boolean' }).notNull().default(true),
    provisioningUrl: text('provisioning_url').notNull().default(''),
    /** The vendor API root; empty means the vendor's own cloud. */
    apiBaseUrl: text('api_base_url').notNull().default(''),
    /** Yealink only: which of its three API generations the account uses. */
    yealinkApi: text('yealink_api', { enum: YEALINK_APIS }).notNull().default('xmlrpc'),
    lastSuccessAt: integer('last_success_at', { mode: 'timestamp' }),
    lastErrorAt: integer('last_error_at', { mode: 'timestamp' }),
    lastError: text('last_error'),
    /** The normalised kind of the last error (lib/redirection/types.ts), for a message in the admin's language. */
    lastErrorKind: text('last_error_kind'),
    /** Set when the admin deleted it and asked to deregister its phones: the row goes once those jobs are done. */
    deletedAt: integer('deleted_at', { mode: 'timestamp' }),
  },
  (t) => [uniqueIndex('redirection_servers_tenant_brand_name_uq').on(t.tenantId, t.brand, t.name)],
);

/**
 * The outbox: what the vendor must be told, written in the same transaction as the device change
 * that implies it, sent by the worker (lib/redirection/worker.ts) with retries. Jobs of one MAC at
 * one server run in id order.
 */
export const redirectionJobs = sqliteTable(
  'redirection_jobs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    serverId: integer('server_id')
      .notNull()
      .references(() => redirectionServers.id, { onDelete: 'cascade' }),
    mac: text('mac').notNull(),
    action: text('action', { enum: ['register', 'deregister'] }).notNull(),
    state: text('state', { enum: ['pending', 'done', 'failed'] })
      .notNull()
      .default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: integer('next_attempt_at', { mode: 'timestamp_ms' }).notNull(),
    /** The normalised error kind and the vendor's words of the last failed attempt. */
    lastErrorKind: text('last_error_kind'),
    lastError: text('last_error'),
    createdAt: integer('created_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: integer('updated_at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [index('redirection_jobs_due_ix').on(t.state, t.nextAttemptAt), index('redirection_jobs_server_mac_ix').on(t.serverId, t.mac, t.id)],
);
