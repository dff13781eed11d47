import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { getUser, totpOfUser } from '@/db/queries/users';
import { users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { verifyPassword } from '@/lib/auth/secrets';
import { closeSessionsOf } from '@/lib/auth/sessions';
import { acceptedStep, newTotpSecret, totpUri } from '@/lib/auth/totp';
import { conflict, DomainError, found } from '@/lib/errors';
import { decryptSecret, encryptSecret } from '@/lib/secrets';

/**
 * A user's optional second factor (lib/auth/totp.ts). Enrolment has two steps: a new secret is stored (encrypted)
 * and shown, and only a code from the app confirms it — from then on sign-in asks for a code. Turning it off needs
 * a code or the password; an owner may reset another user's (a lost phone).
 */

const OFF = { totpSecret: null, totpEnabledAt: null, totpLastStep: null };

/** The audit entry of turning it on or off (never the secret). */
const audited = (tx: DbOrTx, user: { id: number; username: string }, isOn: boolean) =>
  recordAudit(tx, {
    tenantId: null,
    entity: 'user',
    entityId: user.id,
    label: user.username,
    action: 'update',
    before: { twoStepSignIn: !isOn },
    after: { twoStepSignIn: isOn },
  });

export const isTotpOn = (db: DbOrTx, userId: number) => (totpOfUser(db, userId)?.enabledAt ?? null) !== null;

/** A new secret for the user to add to their app: replaces an unconfirmed one, refused while TOTP is on. */
export function startTotpEnrolment(db: Db, userId: number): { secret: string; uri: string } {
  const user = found(getUser(db, userId), 'user');
  if (isTotpOn(db, userId)) throw conflict(null, 'validation:totp.alreadyOn');
  const secret = newTotpSecret();
  db.update(users)
    .set({ ...OFF, totpSecret: encryptSecret(secret) })
    .where(eq(users.id, userId))
    .run();
  return { secret, uri: totpUri(user.username, secret) };
}

/**
 * Accepts a code for the user's stored secret (confirmed or not), remembering its time step so it is never accepted
 * again. Synchronous from read to write: two requests with the same code cannot both pass.
 */
function acceptCode(db: Db, userId: number, code: string, now: number): boolean {
  const totp = totpOfUser(db, userId);
  if (!totp?.secret) return false;
  const step = acceptedStep(decryptSecret(totp.secret), code, totp.lastStep, now);
  if (step === null) return false;
  db.update(users).set({ totpLastStep: step }).where(eq(users.id, userId)).run();
  return true;
}

/** The sign-in's second step: a right, unused code of a user with TOTP on. */
export const acceptTotpCode = (db: Db, userId: number, code: string, now = Date.now()) => isTotpOn(db, userId) && acceptCode(db, userId, code, now);

/** A code from the app confirms the enrolment; the user's other sessions (opened without a code) end. */
export function confirmTotpEnrolment(db: Db, userId: number, keepSessionId: number, code: string, now = Date.now()): void {
  const user = found(getUser(db, userId), 'user');
  const totp = found(totpOfUser(db, userId), 'user');
  if (totp.enabledAt !== null) throw conflict(null, 'validation:totp.alreadyOn');
  if (!totp.secret) throw conflict(null, 'validation:totp.notStarted');
  if (!acceptCode(db, userId, code, now)) throw new DomainError(400, 'validation:totp.codeWrong', 'code');
  db.transaction((tx) => {
    tx.update(users)
      .set({ totpEnabledAt: new Date(now) })
      .where(eq(users.id, userId))
      .run();
    closeSessionsOf(tx, userId, keepSessionId);
    audited(tx, user, true);
  });
}

/** The user turns TOTP off, proving it is them with a current code or their password. */
export async function disableTotp(db: Db, userId: number, proof: string, now = Date.now()): Promise<void> {
  const user = found(getUser(db, userId), 'user');
  if (!isTotpOn(db, userId)) throw conflict(null, 'validation:totp.notOn');
  const code = proof.replace(/\s+/g, '');
  const isProven = acceptCode(db, userId, code, now) || (await verifyPassword(proof, user.passwordHash));
  if (!isProven) throw new DomainError(400, 'validation:totp.proofWrong', 'proof');
  db.transaction((tx) => {
    tx.update(users).set(OFF).where(eq(users.id, userId)).run();
    audited(tx, user, false);
  });
}

/** An owner turns another user's TOTP off (their phone is lost); the user signs in with the password alone and may enrol again. */
export function resetUserTotp(db: Db, actorUserId: number, userId: number): { id: number; username: string } {
  const user = found(getUser(db, userId), 'user');
  if (actorUserId === userId) throw conflict(null, 'validation:totp.useMyAccount');
  db.transaction((tx) => {
    const wasOn = isTotpOn(tx, userId);
    tx.update(users).set(OFF).where(eq(users.id, userId)).run();
    if (wasOn) audited(tx, user, false);
  });
  return { id: user.id, username: user.username };
}
