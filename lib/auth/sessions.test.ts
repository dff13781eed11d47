import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Db, openDatabase } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { sessions, users } from '@/db/schema';
import { SESSION_TTL_MS } from './constants';
import { hashPassword, hashToken } from './secrets';
import { checkCredentials, closeSession, findSession, openSession } from './sessions';

describe('console sessions', () => {
  let dir: string;
  let db: Db;
  let userId: number;

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-sessions-'));
    db = openDatabase(path.join(dir, 'provisio.db'));
    migrateDatabase(db);
    userId = db
      .insert(users)
      .values({ username: 'admin', passwordHash: await hashPassword('right-password') })
      .returning()
      .get().id;
  });
  afterAll(() => {
    db.$client.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('accepts the right password only, and unknown users the same way', async () => {
    expect(await checkCredentials(db, 'admin', 'right-password')).toEqual({ id: userId, username: 'admin' });
    expect(await checkCredentials(db, 'admin', 'wrong-password')).toBeNull();
    expect(await checkCredentials(db, 'nobody', 'right-password')).toBeNull();
  });

  it('stores only the hash of the token and finds the user until the session expires', () => {
    const now = new Date('2026-01-01T08:00:00Z');
    const { token, expiresAt } = openSession(db, userId, now);
    expect(expiresAt.getTime() - now.getTime()).toBe(SESSION_TTL_MS);
    const rows = db.select().from(sessions).all();
    expect(rows.some((r) => r.tokenHash === hashToken(token))).toBe(true);
    expect(rows.some((r) => r.tokenHash === token)).toBe(false);

    expect(findSession(db, token, now)?.username).toBe('admin');
    expect(findSession(db, token, new Date(expiresAt.getTime() + 1))).toBeNull();
    expect(findSession(db, `${token}x`, now)).toBeNull();
  });

  it('forgets a closed session, and sweeps expired ones at the next sign-in', () => {
    const old = openSession(db, userId, new Date('2020-01-01T00:00:00Z'));
    const current = openSession(db, userId);
    expect(
      db
        .select()
        .from(sessions)
        .all()
        .some((r) => r.tokenHash === hashToken(old.token)),
    ).toBe(false);
    closeSession(db, current.token);
    expect(findSession(db, current.token)).toBeNull();
  });
});
