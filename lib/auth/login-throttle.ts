/**
 * Sign-in throttle per client address and per user name. An attempt is counted the moment it starts,
 * before the (async) password check, so parallel guesses cannot all slip past the check (issue 12,
 * finding 5). After MAX_PER_ADDRESS attempts from one address, or MAX_PER_USER at one user name,
 * inside WINDOW_MS, further attempts are refused until that window (started by the first attempt)
 * has passed. A successful sign-in forgets both counters. In memory on globalThis, so every module
 * graph of the one process shares it and a restart clears it.
 */
export const MAX_PER_ADDRESS = 5;
export const MAX_PER_USER = 10;
export const WINDOW_MS = 60_000;
const MAX_ENTRIES = 10_000;

type Entry = { attempts: number; windowStart: number };
const holder = globalThis as typeof globalThis & { __provisioLoginThrottle?: Map<string, Entry> };
const entries = () => (holder.__provisioLoginThrottle ??= new Map());

export type AttemptKeys = { address: string; username: string };
const keysOf = ({ address, username }: AttemptKeys) => [
  { key: `address:${address}`, max: MAX_PER_ADDRESS },
  { key: `user:${username.trim().toLowerCase()}`, max: MAX_PER_USER },
];

function current(key: string, now: number): Entry | null {
  const entry = entries().get(key);
  if (!entry) return null;
  if (now - entry.windowStart >= WINDOW_MS) {
    entries().delete(key);
    return null;
  }
  return entry;
}

/**
 * Starts an attempt: false (refuse it) when the address or the user name has used its allowance,
 * else counts it against both and returns true. Synchronous, so check-and-count is one step.
 */
export function beginAttempt(who: AttemptKeys, now = Date.now()): boolean {
  const keys = keysOf(who);
  if (keys.some(({ key, max }) => (current(key, now)?.attempts ?? 0) >= max)) return false;
  for (const { key } of keys) {
    const entry = current(key, now);
    if (entry) entry.attempts += 1;
    else entries().set(key, { attempts: 1, windowStart: now });
  }
  // Keep the map bounded when many addresses try once and never come back.
  if (entries().size > MAX_ENTRIES) for (const [key, value] of entries()) if (now - value.windowStart >= WINDOW_MS) entries().delete(key);
  return true;
}

/** After a successful sign-in: the address and the user name start afresh. */
export const forgetAttempts = (who: AttemptKeys) => keysOf(who).forEach(({ key }) => entries().delete(key));
