import type { RedirectionErrorKind } from './types';

/** Errors only the admin can fix: the job waits (and is retried at once when the server is edited). */
const ADMIN_FIXABLE: ReadonlySet<RedirectionErrorKind> = new Set(['auth_failed', 'clock_skew', 'tls', 'server_not_found', 'unknown']);
/** Errors no retry can fix: the job is given up and shown as failed on the device. */
const FINAL: ReadonlySet<RedirectionErrorKind> = new Set(['mac_owned_elsewhere', 'mac_invalid', 'url_invalid']);

const SECOND = 1000;

/**
 * When to try a failed job again (epoch ms), or null to give it up. Network trouble, 5xx and 429
 * back off exponentially from 2 s to 10 min (a 429's Retry-After wins); admin-fixable errors from
 * 30 s to an hour.
 */
export function nextAttemptAt(kind: RedirectionErrorKind, attempts: number, now: number, retryAfterMs?: number): number | null {
  if (FINAL.has(kind)) return null;
  const [base, cap] = ADMIN_FIXABLE.has(kind) ? [30 * SECOND, 3600 * SECOND] : [2 * SECOND, 600 * SECOND];
  const backoff = Math.min(cap, base * 2 ** Math.min(attempts, 20));
  return now + (retryAfterMs !== undefined ? Math.max(retryAfterMs, SECOND) : backoff);
}
