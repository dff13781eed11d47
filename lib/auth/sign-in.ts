import type { Db } from '@/db/client';
import { getUser, tenantIdsOfUser } from '@/db/queries/users';
import { acceptTotpCode, isTotpOn } from '@/lib/domain/user-totp';
import { beginAttempt, forgetAttempts } from './login-throttle';
import { checkCredentials } from './sessions';
import { pendingLoginToken, userOfPendingLogin } from './totp';

export type SignInOutcome =
  | { kind: 'ok'; user: { id: number; username: string } }
  | { kind: 'codeNeeded'; pending: string }
  | { kind: 'invalid' }
  | { kind: 'wrongCode' }
  | { kind: 'expired' }
  | { kind: 'throttled' }
  | { kind: 'noTenant' };

/** A tenant admin or viewer without any tenant is told so (they could not work anyway). */
const signedIn = (db: Db, user: { id: number; username: string }): SignInOutcome =>
  getUser(db, user.id)?.role !== 'owner' && tenantIdsOfUser(db, user.id).length === 0 ? { kind: 'noTenant' } : { kind: 'ok', user };

/**
 * One sign-in attempt from `address`: counted before the password is checked (see login-throttle.ts). A disabled user
 * is refused like a wrong password. A user with TOTP on gets no session yet but a pending sign-in for the code step;
 * the attempts are forgotten only once the code is right, so a known password does not buy unlimited code guesses.
 */
export async function attemptSignIn(db: Db, address: string, username: string, password: string): Promise<SignInOutcome> {
  const who = { address, username };
  if (!beginAttempt(who)) return { kind: 'throttled' };
  const user = await checkCredentials(db, username, password);
  if (!user) return { kind: 'invalid' };
  if (isTotpOn(db, user.id)) return { kind: 'codeNeeded', pending: pendingLoginToken(user.id) };
  forgetAttempts(who);
  return signedIn(db, user);
}

/** The second step: the code of the pending sign-in's user, counted by the same throttle as passwords. */
export function attemptSignInCode(db: Db, address: string, pending: string, code: string, now = Date.now()): SignInOutcome {
  const userId = userOfPendingLogin(pending, now);
  const user = userId === null ? undefined : getUser(db, userId);
  if (!user || user.disabledAt !== null) return { kind: 'expired' };
  const who = { address, username: user.username };
  if (!beginAttempt(who, now)) return { kind: 'throttled' };
  if (!acceptTotpCode(db, user.id, code, now)) return { kind: 'wrongCode' };
  forgetAttempts(who);
  return signedIn(db, user);
}
