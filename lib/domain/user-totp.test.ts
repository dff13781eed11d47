import { generateSync } from 'otplib';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { totpOfUser } from '@/db/queries/users';
import { MAX_PER_ADDRESS } from '@/lib/auth/login-throttle';
import { findSession, openSession } from '@/lib/auth/sessions';
import { attemptSignIn, attemptSignInCode } from '@/lib/auth/sign-in';
import { acceptedStep, PENDING_TTL_MS } from '@/lib/auth/totp';
import { freshDatabase } from '@/lib/test-db';
import { userCreateSchema } from '@/lib/validation/users';
import { refusal } from './test-support';
import { confirmTotpEnrolment, disableTotp, isTotpOn, resetUserTotp, startTotpEnrolment } from './user-totp';
import { createUser } from './users';

// Issue 10: the console's optional second factor (TOTP), enrolment to sign-in, on a real SQLite file.

const PASSWORD = 'long-enough-password';
const STEP_MS = 30_000;
let db: Db;
let ownerId: number;
let addressCount = 0;
const newAddress = () => `198.51.100.${++addressCount}`;

beforeAll(async () => {
  ({ db } = await freshDatabase());
  ownerId = (db.$client.prepare("SELECT id FROM users WHERE username = 'admin'").get() as { id: number }).id;
});

/** What the user's authenticator app shows at `now`. */
const codeAt = (secret: string, now: number) => generateSync({ secret, epoch: Math.floor(now / 1000) });
const sessionCount = (userId: number) => (db.$client.prepare('SELECT count(*) AS n FROM sessions WHERE user_id = ?').get(userId) as { n: number }).n;

/** A user with TOTP on, confirmed at `now`; returns the secret the app holds. */
async function userWithTotp(username: string, now: number) {
  const user = await createUser(db, userCreateSchema.parse({ username, password: PASSWORD, role: 'owner' }));
  const { secret } = startTotpEnrolment(db, user.id);
  const { token } = openSession(db, user.id);
  confirmTotpEnrolment(db, user.id, findSession(db, token)!.sessionId, codeAt(secret, now), now);
  return { id: user.id, secret };
}

describe('enrolment', () => {
  it('stores the secret encrypted, needs a right code to confirm, and then ends the other sessions', async () => {
    const now = Date.now();
    const user = await createUser(db, userCreateSchema.parse({ username: 'totp-enrol', password: PASSWORD, role: 'viewer', tenantIds: [1] }));
    const { secret, uri } = startTotpEnrolment(db, user.id);
    expect(uri).toBe(`otpauth://totp/Provisio:totp-enrol?secret=${secret}&issuer=Provisio`);
    const stored = totpOfUser(db, user.id)!;
    expect(stored.secret).not.toContain(secret);
    expect(stored.secret).toMatch(/^v1:/);
    // Not in force before a code confirms it: the password alone still signs in.
    expect(isTotpOn(db, user.id)).toBe(false);
    expect((await attemptSignIn(db, newAddress(), 'totp-enrol', PASSWORD)).kind).toBe('ok');

    const here = openSession(db, user.id).token;
    const elsewhere = openSession(db, user.id).token;
    const wrong = String((Number(codeAt(secret, now)) + 1) % 1_000_000).padStart(6, '0');
    const error = refusal(() => confirmTotpEnrolment(db, user.id, findSession(db, here)!.sessionId, wrong, now));
    expect({ code: error.code, field: error.field }).toEqual({ code: 'validation:totp.codeWrong', field: 'code' });
    expect(isTotpOn(db, user.id)).toBe(false);

    confirmTotpEnrolment(db, user.id, findSession(db, here)!.sessionId, codeAt(secret, now), now);
    expect(isTotpOn(db, user.id)).toBe(true);
    expect(findSession(db, here)).not.toBeNull();
    expect(findSession(db, elsewhere)).toBeNull();
    expect(refusal(() => startTotpEnrolment(db, user.id)).code).toBe('validation:totp.alreadyOn');
  });

  it('replaces an unconfirmed secret when enrolment starts again: only the new one confirms', async () => {
    const now = Date.now();
    const user = await createUser(db, userCreateSchema.parse({ username: 'totp-restart', password: PASSWORD, role: 'owner' }));
    const first = startTotpEnrolment(db, user.id).secret;
    const second = startTotpEnrolment(db, user.id).secret;
    expect(second).not.toBe(first);
    expect(refusal(() => confirmTotpEnrolment(db, user.id, 0, codeAt(first, now), now)).code).toBe('validation:totp.codeWrong');
    confirmTotpEnrolment(db, user.id, 0, codeAt(second, now), now);
    expect(isTotpOn(db, user.id)).toBe(true);
  });
});

describe('signing in with TOTP on', () => {
  it('asks for the code after the right password, opens no session before it, and takes each code once', async () => {
    const start = Date.now();
    const user = await userWithTotp('totp-login', start);
    const address = newAddress();
    const sessionsBefore = sessionCount(user.id);

    const first = await attemptSignIn(db, address, 'totp-login', PASSWORD);
    expect(first.kind).toBe('codeNeeded');
    expect(sessionCount(user.id)).toBe(sessionsBefore);
    const pending = first.kind === 'codeNeeded' ? first.pending : '';
    expect(pending).not.toContain(user.secret);

    // The confirmation's code is spent: the same time step is refused, the next one signs in.
    expect(attemptSignInCode(db, address, pending, codeAt(user.secret, start), start).kind).toBe('wrongCode');
    const later = start + STEP_MS;
    expect(attemptSignInCode(db, address, pending, codeAt(user.secret, later), later)).toMatchObject({ kind: 'ok', user: { id: user.id } });
    expect(attemptSignInCode(db, address, pending, codeAt(user.secret, later), later).kind).toBe('wrongCode');
    // One step of clock drift is accepted (a phone a little early); a code minutes old is not.
    expect(attemptSignInCode(db, address, pending, codeAt(user.secret, later + 2 * STEP_MS), later + STEP_MS).kind).toBe('ok');
    expect(attemptSignInCode(db, address, pending, codeAt(user.secret, later), later + 4 * STEP_MS).kind).toBe('wrongCode');
  });

  it('refuses a forged, altered or expired pending sign-in', async () => {
    const now = Date.now();
    const user = await userWithTotp('totp-pending', now);
    const outcome = await attemptSignIn(db, newAddress(), 'totp-pending', PASSWORD);
    const pending = outcome.kind === 'codeNeeded' ? outcome.pending : '';
    const [, expiry, nonce, mac] = pending.split('.');
    const code = codeAt(user.secret, now + STEP_MS);
    expect(attemptSignInCode(db, newAddress(), [ownerId, expiry, nonce, mac].join('.'), code, now + STEP_MS).kind).toBe('expired');
    expect(attemptSignInCode(db, newAddress(), `${user.id}.${Number(expiry) + 3_600_000}.${nonce}.${mac}`, code, now + STEP_MS).kind).toBe('expired');
    expect(attemptSignInCode(db, newAddress(), 'garbage', code, now + STEP_MS).kind).toBe('expired');
    const afterTtl = now + PENDING_TTL_MS + STEP_MS;
    expect(attemptSignInCode(db, newAddress(), pending, codeAt(user.secret, afterTtl), afterTtl).kind).toBe('expired');
  });

  it('counts wrong codes in the sign-in throttle, and a right password in between does not reset it', async () => {
    const now = Date.now();
    const user = await userWithTotp('totp-guess', now);
    const address = newAddress();
    const wrong = String((Number(codeAt(user.secret, now + STEP_MS)) + 500_000) % 1_000_000).padStart(6, '0');
    let attempts = 0;
    let pending = '';
    while (attempts < MAX_PER_ADDRESS) {
      const outcome = await attemptSignIn(db, address, 'totp-guess', PASSWORD);
      attempts++;
      expect(outcome.kind).toBe('codeNeeded');
      if (outcome.kind === 'codeNeeded') pending = outcome.pending;
      if (attempts < MAX_PER_ADDRESS) {
        expect(attemptSignInCode(db, address, pending, wrong, now + STEP_MS).kind).toBe('wrongCode');
        attempts++;
      }
    }
    // The allowance is used up: even the right code, and the right password, are refused now.
    expect(attemptSignInCode(db, address, pending, codeAt(user.secret, now + STEP_MS), now + STEP_MS).kind).toBe('throttled');
    expect((await attemptSignIn(db, address, 'totp-guess', PASSWORD)).kind).toBe('throttled');
    // From another address the right code still works (the per-user allowance is larger), and it clears the counters.
    const other = newAddress();
    expect(attemptSignInCode(db, other, pending, codeAt(user.secret, now + STEP_MS), now + STEP_MS).kind).toBe('ok');
  });
});

describe('turning TOTP off', () => {
  it('needs a current unused code or the password', async () => {
    const now = Date.now();
    const user = await userWithTotp('totp-off', now);
    await expect(disableTotp(db, user.id, 'not-my-password', now)).rejects.toMatchObject({ code: 'validation:totp.proofWrong' });
    // The confirmation's code cannot be replayed to turn it off.
    await expect(disableTotp(db, user.id, codeAt(user.secret, now), now)).rejects.toMatchObject({ code: 'validation:totp.proofWrong', field: 'proof' });
    await disableTotp(db, user.id, codeAt(user.secret, now + STEP_MS), now + STEP_MS);
    expect(totpOfUser(db, user.id)).toEqual({ secret: null, enabledAt: null, lastStep: null });
    expect((await attemptSignIn(db, newAddress(), 'totp-off', PASSWORD)).kind).toBe('ok');
    await expect(disableTotp(db, user.id, PASSWORD)).rejects.toMatchObject({ code: 'validation:totp.notOn' });

    const again = await userWithTotp('totp-off-pw', now);
    await disableTotp(db, again.id, PASSWORD);
    expect(isTotpOn(db, again.id)).toBe(false);
  });

  it('lets an owner reset another user (lost phone), but not themselves', async () => {
    const now = Date.now();
    const user = await userWithTotp('totp-lost-phone', now);
    expect((await attemptSignIn(db, newAddress(), 'totp-lost-phone', PASSWORD)).kind).toBe('codeNeeded');
    expect(resetUserTotp(db, ownerId, user.id)).toEqual({ id: user.id, username: 'totp-lost-phone' });
    expect((await attemptSignIn(db, newAddress(), 'totp-lost-phone', PASSWORD)).kind).toBe('ok');
    expect(refusal(() => resetUserTotp(db, user.id, user.id)).code).toBe('validation:totp.useMyAccount');
    // Both the enrolment and the reset are in the audit log, as on/off only.
    const entries = db.$client
      .prepare("SELECT changes FROM audit_log WHERE entity = 'user' AND entity_id = ? ORDER BY id")
      .all(user.id)
      .map((row) => JSON.parse((row as { changes: string }).changes));
    expect(entries.slice(-2)).toEqual([[{ field: 'twoStepSignIn', from: false, to: true }], [{ field: 'twoStepSignIn', from: true, to: false }]]);
    expect(refusal(() => resetUserTotp(db, ownerId, 999_999)).status).toBe(404);
  });
});

describe('acceptedStep', () => {
  it('refuses every code, without throwing, when the last accepted step lies ahead (the clock went back)', () => {
    const now = Date.now();
    const secret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    const step = Math.floor(now / STEP_MS);
    expect(acceptedStep(secret, codeAt(secret, now), null, now)).toBe(step);
    expect(acceptedStep(secret, codeAt(secret, now), step + 100, now)).toBeNull();
    expect(acceptedStep(secret, 'abcdef', null, now)).toBeNull();
  });
});
