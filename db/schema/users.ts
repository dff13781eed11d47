import { sql } from 'drizzle-orm';
import { integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './tenants';

/**
 * Who may do what (lib/auth/roles.ts): an owner everything in every tenant; a tenant admin everything
 * inside the tenants assigned to them; a viewer reads those tenants, secrets never revealed.
 */
export const ROLES = ['owner', 'tenant_admin', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    username: text('username').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull().default('viewer'),
    /** Set when an owner disabled the user: no sign-in, no session. */
    disabledAt: integer('disabled_at', { mode: 'timestamp' }),
    /** TOTP second factor (lib/auth/totp.ts): the base32 secret, encrypted (lib/secrets.ts); set but unconfirmed while enrolling. */
    totpSecret: text('totp_secret'),
    /** Set once a code confirmed the enrolment: from then on sign-in asks for a code. */
    totpEnabledAt: integer('totp_enabled_at', { mode: 'timestamp' }),
    /** The last accepted time step: a code is never accepted twice. */
    totpLastStep: integer('totp_last_step'),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [uniqueIndex('users_username_uq').on(t.username)],
);

/** The tenants a tenant admin or viewer works on (an owner needs none). */
export const userTenants = sqliteTable(
  'user_tenants',
  {
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.tenantId] })],
);

/** Bearer tokens for /api/v1. Only the SHA-256 of the token is stored. */
export const apiTokens = sqliteTable(
  'api_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    tokenHash: text('token_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull().default('viewer'),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    lastUsedAt: integer('last_used_at', { mode: 'timestamp' }),
  },
  (t) => [uniqueIndex('api_tokens_hash_uq').on(t.tokenHash)],
);

/** The tenants a token of role tenant_admin or viewer may reach (an owner token reaches all). */
export const apiTokenTenants = sqliteTable(
  'api_token_tenants',
  {
    tokenId: integer('token_id')
      .notNull()
      .references(() => apiTokens.id, { onDelete: 'cascade' }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.tokenId, t.tenantId] })],
);

/** Console sessions; the cookie carries a random token, only its SHA-256 is stored. */
export const sessions = sqliteTable(
  'sessions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tokenHash: text('token_hash').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    expiresAt: integer('expires_at', { mode: 'timestamp' }).notNull(),
  },
  (t) => [uniqueIndex('sessions_token_hash_uq').on(t.tokenHash)],
);
