import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { generateSecret, generateURI, verifySync } from 'otplib';

/**
 * The console's optional second factor: TOTP (RFC 6238) as authenticator apps do it — SHA-1, 6 digits, 30-second
 * steps, base32 secret — through otplib. A code is accepted one step early or late (clock drift), and only for a time
 * step after the last one accepted, so a code cannot be used twice.
 */
const ISSUER = 'Provisio';
const PERIOD_S = 30;

export const newTotpSecret = () => generateSecret();

/** What an authenticator app reads (as a QR code elsewhere, typed or pasted here). */
export const totpUri = (username: string, secret: string) => generateURI({ issuer: ISSUER, label: username, secret });

/** The time step of `code` when it is valid now and later than `lastStep`, else null. */
export function acceptedStep(secret: string, code: string, lastStep: number | null, now = Date.now()): number | null {
  if (!/^\d{6}$/.test(code)) return null;
  const epoch = Math.floor(now / 1000);
  // otplib refuses (throws) an afterTimeStep beyond the window, e.g. after the clock went back: nothing can be valid then.
  const latestInWindow = Math.floor((epoch + PERIOD_S) / PERIOD_S);
  if (lastStep !== null && lastStep >= latestInWindow) return null;
  const result = verifySync({ secret, token: code, epoch, epochTolerance: PERIOD_S, afterTimeStep: lastStep ?? undefined });
  return result.valid && 'timeStep' in result ? result.timeStep : null;
}

/**
 * The pending sign-in between a right password and a right code: `<userId>.<expiry ms>.<nonce>.<HMAC>`, signed with a
 * key of this process (a restart only means typing the password again). It opens nothing by itself: it only lets
 * its holder try codes for that user, counted by the sign-in throttle, for PENDING_TTL_MS.
 */
export const PENDING_TTL_MS = 5 * 60_000;
const holder = globalThis as typeof globalThis & { __provisioPendingLoginKey?: Buffer };
const signingKey = () => (holder.__provisioPendingLoginKey ??= randomBytes(32));
const sign = (payload: string) => createHmac('sha256', signingKey()).update(payload).digest('base64url');

export function pendingLoginToken(userId: number, now = Date.now()): string {
  const payload = `${userId}.${now + PENDING_TTL_MS}.${randomBytes(12).toString('base64url')}`;
  return `${payload}.${sign(payload)}`;
}

/** The user id of an authentic, unexpired pending sign-in, or null. */
export function userOfPendingLogin(token: string, now = Date.now()): number | null {
  const cut = token.lastIndexOf('.');
  if (cut < 0) return null;
  const payload = token.slice(0, cut);
  const given = Buffer.from(token.slice(cut + 1));
  const expected = Buffer.from(sign(payload));
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  const [userId, expiresAt] = payload.split('.').map(Number);
  return Number.isSafeInteger(userId) && expiresAt > now ? userId : null;
}
