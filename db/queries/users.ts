import { and, asc, eq, gt, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { apiTokens, apiTokenTenants, sessions, tenants, userTenants, users, type Role } from '@/db/schema';

export const userByName = (db: DbOrTx, username: string) =>
  db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.username, username))
    .get();

export const getUser = (db: DbOrTx, id: number) =>
  db
    .select({ id: users.id, username: users.username, passwordHash: users.passwordHash, role: users.role, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, id))
    .get();

/** The second factor of a user: the stored (encrypted) secret, whether a code confirmed it, the last accepted time step. */
export const totpOfUser = (db: DbOrTx, id: number) =>
  db.select({ secret: users.totpSecret, enabledAt: users.totpEnabledAt, lastStep: users.totpLastStep }).from(users).where(eq(users.id, id)).get();

export const hasUsers = (db: DbOrTx) => db.select({ id: users.id }).from(users).get() !== undefined;

export const hasApiTokens = (db: DbOrTx) => db.select({ id: apiTokens.id }).from(apiTokens).get() !== undefined;

/** The enabled user of an unexpired session, by the SHA-256 of its cookie token. */
export const userOfSession = (db: DbOrTx, tokenHash: string, now: Date) =>
  db
    .select({ sessionId: sessions.id, userId: users.id, username: users.username, role: users.role, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now), isNull(users.disabledAt)))
    .get();

/** An API token by the SHA-256 of its secret. */
export const apiTokenByHash = (db: DbOrTx, tokenHash: string) =>
  db.select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role }).from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).get();

export const tenantIdsOfUser = (db: DbOrTx, userId: number) =>
  db
    .select({ id: userTenants.tenantId })
    .from(userTenants)
    .where(eq(userTenants.userId, userId))
    .all()
    .map((row) => row.id);

export const tenantIdsOfToken = (db: DbOrTx, tokenId: number) =>
  db
    .select({ id: apiTokenTenants.tenantId })
    .from(apiTokenTenants)
    .where(eq(apiTokenTenants.tokenId, tokenId))
    .all()
    .map((row) => row.id);

export type TenantRef = { id: number; name: string };

function tenantsBy<K extends number>(rows: { key: K; id: number; name: string }[]): Map<K, TenantRef[]> {
  const byKey = new Map<K, TenantRef[]>();
  for (const row of rows) byKey.set(row.key, [...(byKey.get(row.key) ?? []), { id: row.id, name: row.name }]);
  return byKey;
}

/** A row of the users page: times in epoch ms, the assigned tenants by name; never the password hash. */
export type UserRow = { id: number; username: string; role: Role; isDisabled: boolean; hasTotp: boolean; createdAt: number; tenants: TenantRef[] };

export function listUserRows(db: DbOrTx): UserRow[] {
  const assigned = tenantsBy(
    db
      .select({ key: userTenants.userId, id: tenants.id, name: tenants.name })
      .from(userTenants)
      .innerJoin(tenants, eq(tenants.id, userTenants.tenantId))
      .orderBy(asc(tenants.id))
      .all(),
  );
  return db
    .select()
    .from(users)
    .orderBy(asc(users.username))
    .all()
    .map((u) => ({
      id: u.id,
      username: u.username,
      role: u.role,
      isDisabled: u.disabledAt !== null,
      hasTotp: u.totpEnabledAt !== null,
      createdAt: u.createdAt.getTime(),
      tenants: u.role === 'owner' ? [] : (assigned.get(u.id) ?? []),
    }));
}

/** A row of the API tokens page: never the token nor its hash. */
export type ApiTokenRow = { id: number; name: string; role: Role; createdAt: number; lastUsedAt: number | null; tenants: TenantRef[] };

export function listApiTokenRows(db: DbOrTx): ApiTokenRow[] {
  const scoped = tenantsBy(
    db
      .select({ key: apiTokenTenants.tokenId, id: tenants.id, name: tenants.name })
      .from(apiTokenTenants)
      .innerJoin(tenants, eq(tenants.id, apiTokenTenants.tenantId))
      .orderBy(asc(tenants.id))
      .all(),
  );
  return db
    .select()
    .from(apiTokens)
    .orderBy(asc(apiTokens.id))
    .all()
    .map((row) => ({
      id: row.id,
      name: row.name,
      role: row.role,
      createdAt: row.createdAt.getTime(),
      lastUsedAt: row.lastUsedAt?.getTime() ?? null,
      tenants: row.role === 'owner' ? [] : (scoped.get(row.id) ?? []),
    }));
}

export const enabledOwnerIds = (db: DbOrTx) =>
  db
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'owner'), isNull(users.disabledAt)))
    .all()
    .map((row) => row.id);
