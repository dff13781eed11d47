import type { Db } from '@/db/client';
import { beginAttempt, forgetAttempts } from './login-throttle';
import { checkCredentials } from './sessions';

export type SignInOutcome = { kind: 'ok'; user: { id: number; username: string } } | { kind: 'invalid' } | { kind: 'throttled' };

/** One sign-in attempt from `address`: counted before the password is checked (see login-throttle.ts). */
export async function attemptSignIn(db: Db, address: string, username: string, password: string): Promise<SignInOutcome> {
  const who = { address, username };
  if (!beginAttempt(who)) return { kind: 'throttled' };
  const user = await checkCredentials(db, username, password);
  if (!user) return { kind: 'invalid' };
  forgetAttempts(who);
  return { kind: 'ok', user };
}
