import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { freshDatabase } from '@/lib/test-db';
import { MAX_PER_ADDRESS } from './login-throttle';
import { attemptSignIn } from './sign-in';

// Issue 12, finding 5: the throttle was checked before the async password check and counted after it,
// so 20 parallel wrong passwords from one address were all checked and the right one still got in.

let db: Db;
beforeAll(async () => {
  ({ db } = await freshDatabase());
});

describe('sign-in attempts against a real database', () => {
  it('checks at most MAX_PER_ADDRESS of 20 parallel wrong passwords, then refuses the right one too', async () => {
    const address = '203.0.113.50';
    const outcomes = await Promise.all(Array.from({ length: 20 }, (_, i) => attemptSignIn(db, address, 'admin', `wrong-${i}`)));
    expect(outcomes.filter((o) => o.kind === 'invalid')).toHaveLength(MAX_PER_ADDRESS);
    expect(outcomes.filter((o) => o.kind === 'throttled')).toHaveLength(20 - MAX_PER_ADDRESS);
    expect((await attemptSignIn(db, address, 'admin', process.env.PROVISIO_ADMIN_PASSWORD!)).kind).toBe('throttled');
  });

  it('signs in with the right password and forgets earlier failures', async () => {
    const address = '203.0.113.51';
    for (let i = 0; i < MAX_PER_ADDRESS - 1; i++) expect((await attemptSignIn(db, address, 'admin', 'nope')).kind).toBe('invalid');
    expect(await attemptSignIn(db, address, 'admin', process.env.PROVISIO_ADMIN_PASSWORD!)).toMatchObject({ kind: 'ok', user: { username: 'admin' } });
    expect((await attemptSignIn(db, address, 'admin', 'nope')).kind).toBe('invalid');
  });
});
