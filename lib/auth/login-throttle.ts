/**
 * Failed-login throttle per client IP: after MAX_FAILURES failures inside WINDOW_MS the address
 * is refused until the window that started with its first failure has passed. In memory on
 * globalThis, so every module graph of the one process shares it and a restart clears it.
 */
export const MAX_FAILURES = 5;
export const WINDOW_MS = 60_000;

type Entry = { failures: number; windowStart: number };
const holder = globalThis as typeof globalThis & { __provisioLoginThrottle?: Map<string, Entry> };
const entries = () => (holder.__provisioLoginThrottle ??= new Map());

function current(ip: string, now: number): Entry | null {
  const entry = entries().get(ip);
  if (!entry) return null;
  if (now - entry.windowStart >= WINDOW_MS) {
    entries().delete(ip);
    return null;
  }
  return entry;
}

export const isThrottled = (ip: string, now = Date.now()) => (current(ip, now)?.failures ?? 0) >= MAX_FAILURES;

export function recordFailure(ip: string, now = Date.now()): void {
  const entry = current(ip, now);
  if (entry) entry.failures += 1;
  else entries().set(ip, { failures: 1, windowStart: now });
  // Keep the map bounded when many addresses fail once and never come back.
  if (entries().size > 10_000) for (const [key, value] of entries()) if (now - value.windowStart >= WINDOW_MS) entries().delete(key);
}

export const clearFailures = (ip: string) => void entries().delete(ip);
