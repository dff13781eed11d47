import { and, eq, gt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { apiTokens, sessions, users } from '@/db/schema';

export const userByName = (db: DbOrTx, username: string) =>
  db.select({ id: users.id, username: users.username, passwordHash: users.passwordHash }).from(users).where(eq(users.username, username)).get();

export const hasUsers = (db: DbOrTx) => db.select({ id: users.id }).from(users).get() !== undefined;

export const hasApiTokens = (db: DbOrTx) => db.select({ id: apiTokens.id }).from(apiTokens).get() !== undefined;

/** The user of an unexpired session, by the SHA-256 of its cookie token. */
export const userOfSession = (db: DbOrTx, tokenHash: string, now: Date) =>
  db
    .select({ userId: users.id, username: users.username, expiresAt: sessions.expiresAt })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(and(eq(sessions.tokenHash, tokenHash), gt(sessions.expiresAt, now)))
    .get();

/** An API token by the SHA-256 of its secret. */
export const apiTokenByHash = (db: DbOrTx, tokenHash: string) =>
  db.select({ id: apiTokens.id, name: apiTokens.name, role: apiTokens.role }).from(apiTokens).where(eq(apiTokens.tokenHash, tokenHash)).get();
