/**
 * Limits on what one unauthenticated sender can make a daemon send (issue 12): a forged SUBSCRIBE or RRQ
 * must not turn us into an amplifier. Counters are per fixed window and the maps are bounded, so a
 * flood of distinct keys costs memory only up to `maxKeys`.
 */

/** `take` counts one event and returns how many `key` had in this window, itself included. */
export type WindowLimiter = { readonly limit: number; take(key: string, now?: number): number };

/** Counts events per `key` in fixed windows of `windowMs`; the caller refuses those over `limit`. */
export function windowLimiter(limit: number, windowMs: number, maxKeys = 4096): WindowLimiter {
  const counts = new Map<string, { windowStart: number; count: number }>();
  return {
    limit,
    take(key, now = Date.now()) {
      let entry = counts.get(key);
      if (!entry || now - entry.windowStart >= windowMs) {
        if (!entry && counts.size >= maxKeys) counts.delete(counts.keys().next().value!);
        entry = { windowStart: now, count: 0 };
        counts.delete(key);
        counts.set(key, entry);
      }
      entry.count++;
      return entry.count;
    },
  };
}

/** Addresses that left a NOTIFY unanswered: for `quietMs` they get one send, never retransmissions. */
export function quietAddresses(quietMs: number, maxKeys = 4096) {
  const until = new Map<string, number>();
  return {
    mark(address: string, now = Date.now()) {
      until.delete(address);
      if (until.size >= maxKeys) until.delete(until.keys().next().value!);
      until.set(address, now + quietMs);
    },
    isQuiet(address: string, now = Date.now()) {
      const end = until.get(address);
      if (end === undefined) return false;
      if (end > now) return true;
      until.delete(address);
      return false;
    },
  };
}
