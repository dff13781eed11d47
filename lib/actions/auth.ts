'use server';

import type { Route } from 'next';
import { getDb } from '@/db/client';
import { type ActionResult, fail, formFields, invalid, ok } from '@/lib/action-result';
import { safeNextPath } from '@/lib/auth/next-path';
import { recordSession } from '@/lib/audit/reveal';
import { clientIp, endSession, getSession, startSession } from '@/lib/auth/session';
import { attemptSignIn, attemptSignInCode, type SignInOutcome } from '@/lib/auth/sign-in';
import { getT } from '@/lib/i18n/server';
import { loginSchema } from '@/lib/validation/login';
import { loginCodeSchema } from '@/lib/validation/totp';

/** What a sign-in step answers: the page to open, or (password right, TOTP on) the pending sign-in for the code step. */
export type LoginResult = { redirectTo: Route } | { pending: string };

async function answer(outcome: SignInOutcome, next: string | undefined): Promise<ActionResult<LoginResult>> {
  const { t } = await getT();
  if (outcome.kind === 'throttled') return fail(t, 429, 'auth:errors.tooManyAttempts');
  if (outcome.kind === 'invalid') return fail(t, 401, 'auth:errors.invalidCredentials');
  if (outcome.kind === 'wrongCode') return fail(t, 401, 'auth:errors.codeWrong', { field: 'code' });
  if (outcome.kind === 'expired') return fail(t, 401, 'auth:errors.codeExpired');
  if (outcome.kind === 'noTenant') return fail(t, 403, 'auth:errors.noTenant');
  if (outcome.kind === 'codeNeeded') return ok({ pending: outcome.pending });
  await startSession(outcome.user.id);
  recordSession(getDb(), outcome.user, 'sign-in');
  return ok({ redirectTo: safeNextPath(next) });
}

/**
 * The sign-in form's action (useActionState). Public by nature, so throttled per client address and
 * user name instead of authorised. Wrong user and wrong password get the same message; success sets the
 * session cookie and names the page to open (the console, or where the proxy bounced from), or, for a user
 * with two-step sign-in on, answers the pending sign-in that loginCodeAction completes.
 * Actions here never call redirect(): see the note in lib/actions/run.ts.
 */
export async function loginAction(_previous: ActionResult<LoginResult> | null, formData: unknown): Promise<ActionResult<LoginResult> | null> {
  const { t } = await getT();
  const fields = formFields(formData);
  if (!fields) return fail(t, 400, 'validation:invalidType');
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, t);
  return answer(await attemptSignIn(getDb(), await clientIp(), parsed.data.username, parsed.data.password), parsed.data.next);
}

/** The second step of a sign-in with TOTP: the code for the pending sign-in; no session before the code is right. */
export async function loginCodeAction(_previous: ActionResult<LoginResult> | null, formData: unknown): Promise<ActionResult<LoginResult> | null> {
  const { t } = await getT();
  const fields = formFields(formData);
  if (!fields) return fail(t, 400, 'validation:invalidType');
  const parsed = loginCodeSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, t);
  return answer(attemptSignInCode(getDb(), await clientIp(), parsed.data.pending, parsed.data.code), parsed.data.next);
}

/** Deletes the session row and the cookie; the client then goes to /login. */
export async function logoutAction(): Promise<void> {
  const session = await getSession();
  await endSession();
  if (session) recordSession(getDb(), { id: session.userId, username: session.username }, 'sign-out');
}
