'use server';

import type { ActionResult } from '@/lib/action-result';
import { changeOwnPassword, createApiToken, createUser, resetUserPassword, revokeApiToken, setUserAccess, setUserDisabled } from '@/lib/domain/users';
import { confirmTotpEnrolment, disableTotp, resetUserTotp, startTotpEnrolment } from '@/lib/domain/user-totp';
import { id } from '@/lib/validation/common';
import { totpConfirmSchema, totpDisableSchema } from '@/lib/validation/totp';
import { apiTokenSchema, passwordChangeSchema, passwordResetSchema, userAccessSchema, userCreateSchema } from '@/lib/validation/users';
import { runAction } from './run';

type SavedUser = { id: number; username: string };

/** The users page (the owner's only): create a user with a role and tenants. */
export async function createUserAction(input: unknown): Promise<ActionResult<SavedUser>> {
  return runAction(({ db }) => createUser(db, userCreateSchema.parse(input)), 'owner');
}

/** Sets another user's role and tenants. */
export async function setUserAccessAction(userId: unknown, input: unknown): Promise<ActionResult<SavedUser>> {
  return runAction(({ db, session }) => setUserAccess(db, session.userId, id.parse(userId), userAccessSchema.parse(input)), 'owner');
}

/** Disables (ending their sessions) or enables another user. */
export async function setUserDisabledAction(userId: unknown, isDisabled: unknown): Promise<ActionResult<SavedUser>> {
  return runAction(({ db, session }) => setUserDisabled(db, session.userId, id.parse(userId), isDisabled === true), 'owner');
}

/** Sets a new password for another user; their sessions end. */
export async function resetUserPasswordAction(userId: unknown, input: unknown): Promise<ActionResult<SavedUser>> {
  return runAction(({ db, session }) => resetUserPassword(db, session.userId, id.parse(userId), passwordResetSchema.parse(input).password), 'owner');
}

/** My account: any signed-in user changes their own password; their other sessions end. */
export async function changeOwnPasswordAction(input: unknown): Promise<ActionResult> {
  return runAction(async ({ db, session }) => {
    await changeOwnPassword(db, session.userId, session.sessionId, passwordChangeSchema.parse(input));
    return null;
  }, 'read');
}

/** My account, two-step sign-in: a new secret to add to the authenticator app (shown, not yet in force). */
export async function startTotpAction(): Promise<ActionResult<{ secret: string; uri: string }>> {
  return runAction(({ db, session }) => startTotpEnrolment(db, session.userId), 'read');
}

/** A code from the app confirms the enrolment: from now on sign-in asks for a code; other sessions end. */
export async function confirmTotpAction(input: unknown): Promise<ActionResult> {
  return runAction(({ db, session }) => {
    confirmTotpEnrolment(db, session.userId, session.sessionId, totpConfirmSchema.parse(input).code);
    return null;
  }, 'read');
}

/** Turns two-step sign-in off, with a current code or the password. */
export async function disableTotpAction(input: unknown): Promise<ActionResult> {
  return runAction(async ({ db, session }) => {
    await disableTotp(db, session.userId, totpDisableSchema.parse(input).proof);
    return null;
  }, 'read');
}

/** The owner turns another user's two-step sign-in off (lost phone). */
export async function resetUserTotpAction(userId: unknown): Promise<ActionResult<SavedUser>> {
  return runAction(({ db, session }) => resetUserTotp(db, session.userId, id.parse(userId)), 'owner');
}

/** A new API token with a role and tenant scope; `token` is shown once. */
export async function createApiTokenAction(input: unknown): Promise<ActionResult<{ id: number; name: string; token: string }>> {
  return runAction(({ db }) => createApiToken(db, apiTokenSchema.parse(input)), 'owner');
}

export async function revokeApiTokenAction(tokenId: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db }) => revokeApiToken(db, id.parse(tokenId)), 'owner');
}
