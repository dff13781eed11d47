import path from 'node:path';
import { generateSync } from 'otplib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import type { Db } from '@/db/client';
import { SESSION_COOKIE } from '@/lib/auth/constants';
import { openSession } from '@/lib/auth/sessions';
import { createUser } from '@/lib/domain/users';
import { freshDatabase } from '@/lib/test-db';
import { userCreateSchema } from '@/lib/validation/users';

// Issue 10: the two-step sign-in and the viewer's refusals through the real server actions, on a real SQLite file.
// Next's request scope (cookies, headers) does not exist outside Next: a cookie jar stands in. Nothing of ours is replaced.
vi.mock('server-only', () => ({}));
const jar = new Map<string, string>();
vi.mock('next/headers', () => ({
  cookies: async () => ({
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
    set: (name: string, value: string) => void jar.set(name, value),
    delete: (name: string) => void jar.delete(name),
  }),
  headers: async () => new Headers(),
}));

const { loginAction, loginCodeAction, logoutAction } = await import('./auth');
const { confirmTotpAction, resetUserTotpAction, startTotpAction } = await import('./users');
const { createPlaceholderAction } = await import('./placeholders');

const PASSWORD = 'long-enough-password';
let db: Db;
let tenantId: number;

beforeAll(async () => {
  let dir: string;
  ({ db, tenantId, dir } = await freshDatabase());
  process.env.DATABASE_PATH = path.join(dir, 'provisio.db');
});

const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.set(name, value);
  return data;
};
const signInAs = (userId: number) => jar.set(SESSION_COOKIE, openSession(db, userId).token);

describe('two-step sign-in through the actions', () => {
  it('enrols from My account, then signs in only with password and code, the session cookie set only after the code', async () => {
    const user = await createUser(db, userCreateSchema.parse({ username: 'action-totp', password: PASSWORD, role: 'viewer', tenantIds: [tenantId] }));
    jar.clear();
    signInAs(user.id);
    const started = await startTotpAction();
    if (!started.ok) throw new Error(started.message);
    expect(await confirmTotpAction({ code: '000000x' })).toMatchObject({ ok: false, status: 400, fieldErrors: { code: [expect.any(String)] } });
    const confirmation = generateSync({ secret: started.data.secret });
    expect(await confirmTotpAction({ code: confirmation })).toEqual({ ok: true, data: null });

    jar.clear();
    const first = await loginAction(null, form({ username: 'action-totp', password: PASSWORD }));
    expect(first).toMatchObject({ ok: true, data: { pending: expect.any(String) } });
    expect(jar.has(SESSION_COOKIE)).toBe(false);
    const pending = first?.ok && 'pending' in first.data ? first.data.pending : '';

    // The code the confirmation used is spent; the next time step's code signs in.
    const spent = await loginCodeAction(null, form({ pending, code: confirmation }));
    expect(spent).toMatchObject({ ok: false, status: 401, code: 'auth:errors.codeWrong', fieldErrors: { code: [expect.any(String)] } });
    expect(jar.has(SESSION_COOKIE)).toBe(false);
    const next = generateSync({ secret: started.data.secret, epoch: Math.floor(Date.now() / 1000) + 30 });
    expect(await loginCodeAction(null, form({ pending, code: next, next: '/devices' }))).toEqual({ ok: true, data: { redirectTo: '/devices' } });
    expect(jar.has(SESSION_COOKIE)).toBe(true);

    // The audit log has the sign-in (after the code, not after the password alone) and the sign-out, as that user.
    const sessionEntries = () =>
      db.$client.prepare("SELECT action, actor_kind AS kind, actor_name AS name FROM audit_log WHERE entity = 'session' AND entity_id = ?").all(user.id);
    expect(sessionEntries()).toEqual([{ action: 'sign-in', kind: 'user', name: 'action-totp' }]);
    await logoutAction();
    expect(jar.has(SESSION_COOKIE)).toBe(false);
    expect(sessionEntries()).toEqual([
      { action: 'sign-in', kind: 'user', name: 'action-totp' },
      { action: 'sign-out', kind: 'user', name: 'action-totp' },
    ]);
  });
});

describe('what the server refuses a viewer (the console hides these controls too)', () => {
  it('refuses a write and the owner-only TOTP reset, but lets the viewer set up their own second factor', async () => {
    const viewer = await createUser(db, userCreateSchema.parse({ username: 'action-viewer', password: PASSWORD, role: 'viewer', tenantIds: [tenantId] }));
    jar.clear();
    signInAs(viewer.id);
    expect(await createPlaceholderAction({ name: 'RO_VIEWER', value: 'x' })).toMatchObject({ ok: false, status: 403, code: 'auth:errors.readOnly' });
    expect(await resetUserTotpAction(viewer.id)).toMatchObject({ ok: false, status: 403, code: 'auth:errors.ownerOnly' });
    expect(await startTotpAction()).toMatchObject({ ok: true, data: { secret: expect.any(String) } });
  });
});
