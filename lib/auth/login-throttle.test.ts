import { beforeEach, describe, expect, it } from 'vitest';
import { clearFailures, isThrottled, MAX_FAILURES, recordFailure, WINDOW_MS } from './login-throttle';

describe('login throttle', () => {
  const ip = '192.0.2.7';
  beforeEach(() => clearFailures(ip));

  it('refuses an address after MAX_FAILURES failures within the window', () => {
    for (let i = 0; i < MAX_FAILURES - 1; i++) recordFailure(ip, 1_000 + i);
    expect(isThrottled(ip, 2_000)).toBe(false);
    recordFailure(ip, 2_000);
    expect(isThrottled(ip, 2_001)).toBe(true);
    expect(isThrottled('192.0.2.8', 2_001)).toBe(false);
  });

  it('lets the address in again once the window has passed', () => {
    for (let i = 0; i < MAX_FAILURES; i++) recordFailure(ip, 1_000);
    expect(isThrottled(ip, 1_000 + WINDOW_MS - 1)).toBe(true);
    expect(isThrottled(ip, 1_000 + WINDOW_MS)).toBe(false);
  });

  it('forgets failures after a successful login', () => {
    for (let i = 0; i < MAX_FAILURES; i++) recordFailure(ip, 1_000);
    clearFailures(ip);
    expect(isThrottled(ip, 1_001)).toBe(false);
  });
});
