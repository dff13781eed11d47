'use client';

import { useEffect, useState } from 'react';

/** How long a search box waits after the last keystroke: short enough that results follow typing (issue 11: ≤ 300 ms to results), long enough to skip the letters of a word typed at speed. */
export const SEARCH_DEBOUNCE_MS = 100;

/** The value, once it has stopped changing for `delayMs`. */
export function useDebouncedValue<T>(value: T, delayMs = 300): T {
  const [debounced, setDebounced] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setDebounced(value), delayMs);
    return () => clearTimeout(timer);
  }, [value, delayMs]);
  return debounced;
}
