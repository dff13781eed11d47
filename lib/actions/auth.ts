'use server';

import type { Route } from 'next';
import { getDb } from '@/db/client';
import { type ActionResult, fail, formFields, invalid, ok } from '@/lib/action-result';
import { safeNextPath } from '@/lib/auth/next-path';
import { clientIp, endSession, startSession } from '@/lib/auth/session';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { getT } from '@/lib/i18n/server';
import { loginSchema } from '@/lib/validation/login';

/**
 * The sign-in form's action (useActionState). Public by nature, so throttled per client address and
 * user name instead of authorised. Wrong user and wrong password get the same message; success sets the
 * session cookie and names the page to open (the console, or where the proxy bounced from).
 * Actions here never call redirect(): see the note in lib/actions/run.ts.
 */
export async function loginAction(
  _previous: ActionResult<{ redirectTo: Route }> | null,
  formData: unknown,
): Promise<ActionResult<{ redirectTo: Route }> | null> {
  const { t } = await getT();
  const fields = formFields(formData);
  if (!fields) return fail(t, 400, 'validation:invalidType');
  const parsed = loginSchema.safeParse(fields);
  if (!parsed.success) return invalid(parsed.error, t);
  const outcome = await attemptSignIn(getDb(), await clientIp(), parsed.data.username, parsed.data.password);
  if (outcome.kind === 'throttled') return fail(t, 429, 'auth:errors.tooManyAttempts');
  if (outcome.kind === 'invalid') return fail(t, 401, 'auth:errors.invalidCredentials');
  if (outcome.kind === 'noTenant') return fail(t, 403, 'auth:errors.noTenant');
  await startSession(outcome.user.id);
  return ok({ redirectTo: safeNextPath(parsed.data.next) });
}

/** Deletes the session row and the cookie; the client then goes to /login. */
export async function logoutAction(): Promise<void> {
  await endSession();
}
