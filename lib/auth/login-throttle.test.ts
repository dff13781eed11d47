import { beforeEach, describe, expect, it } from 'vitest';
import { beginAttempt, forgetAttempts, MAX_PER_ADDRESS, MAX_PER_USER, WINDOW_MS } from './login-throttle';

describe('login throttle', () => {
  const who = { address: '192.0.2.7', username: 'admin' };
  beforeEach(() => {
    forgetAttempts(who);
    for (let i = 0; i < 30; i++) forgetAttempts({ address: `198.51.100.${i}`, username: 'admin' });
  });

  it('allows MAX_PER_ADDRESS attempts from one address within the window, then refuses', () => {
    for (let i = 0; i < MAX_PER_ADDRESS; i++) expect(beginAttempt({ ...who, username: `user${i}` }, 1_000 + i)).toBe(true);
    expect(beginAttempt(who, 2_000)).toBe(false);
    expect(beginAttempt({ address: '192.0.2.8', username: 'someone' }, 2_000)).toBe(true);
    forgetAttempts({ address: '192.0.2.8', username: 'someone' });
    for (let i = 0; i < MAX_PER_ADDRESS; i++) forgetAttempts({ ...who, username: `user${i}` });
  });

  it('allows MAX_PER_USER attempts at one user name from many addresses, then refuses (any case)', () => {
    for (let i = 0; i < MAX_PER_USER; i++) expect(beginAttempt({ address: `198.51.100.${i}`, username: 'admin' }, 1_000)).toBe(true);
    expect(beginAttempt({ address: '198.51.100.29', username: ' ADMIN ' }, 1_001)).toBe(false);
  });

  it('starts afresh once the window has passed', () => {
    for (let i = 0; i < MAX_PER_ADDRESS; i++) beginAttempt(who, 1_000);
    expect(beginAttempt(who, 1_000 + WINDOW_MS - 1)).toBe(false);
    expect(beginAttempt(who, 1_000 + WINDOW_MS)).toBe(true);
  });

  it('forgets the address and the user name after a successful sign-in', () => {
    for (let i = 0; i < MAX_PER_ADDRESS; i++) beginAttempt(who, 1_000);
    forgetAttempts(who);
    expect(beginAttempt(who, 1_001)).toBe(true);
  });
});
