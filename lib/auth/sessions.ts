import { eq, lte } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { userByName, userOfSession } from '@/db/queries/users';
import { sessions } from '@/db/schema';
import { generateSecret, hashToken, verifyPassword } from './secrets';
import { SESSION_TTL_MS } from './constants';

export type SessionUser = { userId: number; username: string; expiresAt: Date };

// A valid scrypt hash of a random string: unknown user names cost the same time as wrong passwords.
const DUMMY_HASH = 'scrypt$AAAAAAAAAAAAAAAAAAAAAA$vS5yhcpWr25RbOyrGTMwLpTaFNNKDLe6HOgZghAf7P8';

/** The user whose name and password match, or null. Takes about as long either way. */
export async function checkCredentials(db: Db, username: string, password: string): Promise<{ id: number; username: string } | null> {
  const user = userByName(db, username);
  const isValid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
  return user && isValid ? { id: user.id, username: user.username } : null;
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

/** The user of an unexpired session token, or null. */
export function findSession(db: Db, token: string, now = new Date()): SessionUser | null {
  return userOfSession(db, hashToken(token), now) ?? null;
}

export function closeSession(db: Db, token: string): void {
  db.delete(sessions)
    .where(eq(sessions.tokenHash, hashToken(token)))
    .run();
}
