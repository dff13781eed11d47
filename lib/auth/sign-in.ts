import type { Db } from '@/db/client';
import { getUser, tenantIdsOfUser } from '@/db/queries/users';
import { beginAttempt, forgetAttempts } from './login-throttle';
import { checkCredentials } from './sessions';

export type SignInOutcome = { kind: 'ok'; user: { id: number; username: string } } | { kind: 'invalid' } | { kind: 'throttled' } | { kind: 'noTenant' };

/**
 * One sign-in attempt from `address`: counted before the password is checked (see login-throttle.ts). A disabled user
 * is refused like a wrong password; a tenant admin or viewer without any tenant is told so (they could not work anyway).
 */
export async function attemptSignIn(db: Db, address: string, username: string, password: string): Promise<SignInOutcome> {
  const who = { address, username };
  if (!beginAttempt(who)) return { kind: 'throttled' };
  const user = await checkCredentials(db, username, password);
  if (!user) return { kind: 'invalid' };
  forgetAttempts(who);
  if (getUser(db, user.id)?.role !== 'owner' && tenantIdsOfUser(db, user.id).length === 0) return { kind: 'noTenant' };
  return { kind: 'ok', user };
}
