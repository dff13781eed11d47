import { and, eq, lte, ne } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { getTenantByUuid, listTenants } from '@/db/queries/tenants';
import { tenantIdsOfUser, userByName, userOfSession } from '@/db/queries/users';
import { sessions } from '@/db/schema';
import { type Role, type Scope, pickTenant, scopeOf } from './roles';
import { generateSecret, hashToken, verifyPassword } from './secrets';
import { SESSION_TTL_MS } from './constants';

export type SessionUser = { sessionId: number; userId: number; username: string; role: Role; expiresAt: Date };

/** A signed-in console user: who, in which role, which tenants they reach and the one the console works on. */
export type ConsoleSession = Scope & {
  sessionId: number;
  userId: number;
  username: string;
  /** The tenant the console works on: the one the tenant switcher chose when reachable, else the default or first reachable one. */
  tenant: { id: number; name: string; uuid: string; isDefault: boolean };
};

// A valid scrypt hash of a random string: unknown user names cost the same time as wrong passwords.
const DUMMY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$vS5yhcpWr25RbOyrGTMwLpTaFNNKDLe6HOgZghAf7P8';

/** The enabled user whose name and password match, or null. Takes about as long either way. */
export async function checkCredentials(db: Db, username: string, password: string): Promise<{ id: number; username: string } | null> {
  const user = userByName(db, username);
  const isValid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  return user && isValid && user.disabledAt === null ? { id: user.id, username: user.username } : null;
}

/** Starts a session: returns the random token for the cookie; only its SHA-256 is stored. Expired rows are swept here. */
export function openSession(db: Db, userId: number, now = new Date()): { token: string; expiresAt: Date } {
  const token = generateSecret(32);
  const expiresAt = new Date(now.getTime() + SESSION_TTL_MS);
  db.transaction((tx) => {
    tx.delete(sessions).where(lte(sessions.expiresAt, now)).run();
    tx.insert(sessions)
      .values({ tokenHash: hashToken(token), userId, expiresAt })
      .run();
  });
  return { token, expiresAt };
}

/** The enabled user of an unexpired session token, or null. */
export function findSession(db: Db, token: string, now = new Date()): SessionUser | null {
  return userOfSession(db, hashToken(token), now) ?? null;
}

/**
 * The console session of a cookie token: null when the session is unknown, expired or its user disabled, or when
 * the user reaches no tenant. `chosenUuid` (the tenant switcher's cookie) is followed only to a reachable tenant.
 */
export function consoleSessionOf(db: Db, token: string, chosenUuid: string | undefined, now = new Date()): ConsoleSession | null {
  const user = findSession(db, token, now);
  if (!user) return null;
  const scope = scopeOf(user.role, tenantIdsOfUser(db, user.userId));
  const tenant = pickTenant(scope, chosenUuid ? getTenantByUuid(db, chosenUuid) : undefined, listTenants(db));
  if (!tenant) return null;
  return {
    ...scope,
    sessionId: user.sessionId,
    userId: user.userId,
    username: user.username,
    tenant: { id: tenant.id, name: tenant.name, uuid: tenant.uuid, isDefault: tenant.isDefault },
  };
}

export function closeSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)))
    .run();
}

/** Ends every session of the user but `keepSessionId` (after a password change), or all of them (reset, disable). */
export function closeSessionsOf(db: DbOrTx, userId: number, keepSessionId?: number): void {
  db.delete(sessions)
    .where(keepSessionId === undefined ? eq(sessions.userId, userId) : and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)))
    .run();
}
