import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { MIGRATIONS_FOLDER } from '@/db/migrate';
import { getUser } from '@/db/queries/users';
import { checkCredentials, consoleSessionOf, findSession, openSession } from '@/lib/auth/sessions';
import { attemptSignIn } from '@/lib/auth/sign-in';
import { createTenant, deleteTenant } from '@/lib/domain/tenants';
import { freshDatabase } from '@/lib/test-db';
import { passwordChangeSchema, userAccessSchema, userCreateSchema } from '@/lib/validation/users';
import { refusal } from './test-support';
import { changeOwnPassword, createUser, resetUserPassword, setUserAccess, setUserDisabled } from './users';

// Issue 10: users, roles and the console session rules, on a real SQLite file.

let db: Db;
let A: { id: number; uuid: string };
let B: { id: number; uuid: string };
let ownerId: number;

beforeAll(async () => {
  let tenantId: number;
  ({ db, tenantId } = await freshDatabase());
  A = { id: tenantId, uuid: (db.$client.prepare('SELECT uuid FROM tenants WHERE id = ?').get(tenantId) as { uuid: string }).uuid };
  const b = createTenant(db, { name: 'Branch' });
  B = { id: b.id, uuid: b.uuid };
  ownerId = getUserId('admin');
});

const getUserId = (username: string) => (db.$client.prepare('SELECT id FROM users WHERE username = ?').get(username) as { id: number }).id;
const newUser = (username: string, role: 'owner' | 'tenant_admin' | 'viewer', tenantIds: number[]) =>
  createUser(db, userCreateSchema.parse({ username, password: 'long-enough-password', role, tenantIds }));

describe('console sessions with roles', () => {
  it('gives the first admin (bootstrap) the owner role, reaching every tenant and any chosen one', () => {
    const { token } = openSession(db, ownerId);
    expect(consoleSessionOf(db, token, B.uuid)).toMatchObject({ role: 'owner', tenantIds: null, tenant: { id: B.id } });
    expect(consoleSessionOf(db, token, undefined)).toMatchObject({ tenant: { id: A.id } });
  });

  it('keeps a tenant admin on their tenants: a cookie naming another tenant falls back to theirs', async () => {
    const user = await newUser('branch-admin', 'tenant_admin', [B.id]);
    const { token } = openSession(db, user.id);
    expect(consoleSessionOf(db, token, A.uuid)).toMatchObject({ role: 'tenant_admin', tenantIds: [B.id], tenant: { id: B.id } });
    expect(consoleSessionOf(db, token, undefined)?.tenant.id).toBe(B.id);
    expect(consoleSessionOf(db, token, 'no-such-uuid')?.tenant.id).toBe(B.id);
  });

  it('refuses a tenant admin or viewer without tenants at sign-in, and has no session for them', async () => {
    const user = await newUser('orphan', 'viewer', [A.id]);
    // Their only tenant was deleted meanwhile (the assignment goes with it).
    const gone = createTenant(db, { name: 'Short-lived' });
    setUserAccess(db, ownerId, user.id, userAccessSchema.parse({ role: 'viewer', tenantIds: [gone.id] }));
    deleteTenant(db, gone.id);
    expect((await attemptSignIn(db, '192.0.2.90', 'orphan', 'long-enough-password')).kind).toBe('noTenant');
    expect(consoleSessionOf(db, openSession(db, user.id).token, undefined)).toBeNull();
  });

  it('ends a disabled user at once: no sign-in, no session, and enabling lets them sign in again', async () => {
    const user = await newUser('leaver', 'viewer', [A.id]);
    const { token } = openSession(db, user.id);
    setUserDisabled(db, ownerId, user.id, true);
    expect(findSession(db, token)).toBeNull();
    expect(await checkCredentials(db, 'leaver', 'long-enough-password')).toBeNull();
    setUserDisabled(db, ownerId, user.id, false);
    expect(await checkCredentials(db, 'leaver', 'long-enough-password')).toMatchObject({ username: 'leaver' });
  });
});

describe('user administration rules', () => {
  it('refuses a taken user name, unknown tenants and a non-owner without tenants', async () => {
    await expect(newUser('admin', 'owner', [])).rejects.toMatchObject({ code: 'validation:user.usernameTaken', field: 'username' });
    await expect(newUser('ghost', 'viewer', [9999])).rejects.toMatchObject({ code: 'validation:user.tenantUnknown' });
    expect(userCreateSchema.safeParse({ username: 'x', password: 'long-enough-password', role: 'viewer', tenantIds: [] }).error?.issues[0]).toMatchObject({
      path: ['tenantIds'],
      message: 'validation:user.tenantsRequired',
    });
    expect(userCreateSchema.safeParse({ username: 'has space', password: 'short', role: 'boss' }).error?.issues.map((i) => i.message)).toEqual(
      expect.arrayContaining(['validation:user.usernameInvalid', 'validation:user.passwordTooShort', 'validation:user.roleInvalid']),
    );
  });

  it('keeps one enabled owner, and nobody changes their own role or disables themselves', async () => {
    const other = await newUser('second-owner', 'owner', []);
    expect(refusal(() => setUserDisabled(db, ownerId, ownerId, true)).code).toBe('validation:user.notYourself');
    expect(refusal(() => setUserAccess(db, ownerId, ownerId, userAccessSchema.parse({ role: 'viewer', tenantIds: [A.id] }))).code).toBe(
      'validation:user.notYourself',
    );
    setUserAccess(db, ownerId, other.id, userAccessSchema.parse({ role: 'viewer', tenantIds: [A.id] }));
    expect(getUser(db, other.id)?.role).toBe('viewer');
    // `other` (now a viewer) cannot be the one to demote the last owner, and the rule holds for any actor.
    expect(refusal(() => setUserAccess(db, other.id, ownerId, userAccessSchema.parse({ role: 'viewer', tenantIds: [A.id] }))).code).toBe(
      'validation:user.lastOwner',
    );
    expect(refusal(() => setUserDisabled(db, other.id, ownerId, true)).code).toBe('validation:user.lastOwner');
  });

  it('ends the other sessions when users change their own password, and all of them on a reset', async () => {
    const user = await newUser('changer', 'tenant_admin', [A.id]);
    const here = openSession(db, user.id);
    const elsewhere = openSession(db, user.id);
    const hereId = consoleSessionOf(db, here.token, undefined)!.sessionId;
    const change = (currentPassword: string) =>
      changeOwnPassword(
        db,
        user.id,
        hereId,
        passwordChangeSchema.parse({ currentPassword, newPassword: 'a-brand-new-password', confirmPassword: 'a-brand-new-password' }),
      );
    await expect(change('wrong-password')).rejects.toMatchObject({ code: 'validation:user.currentPasswordWrong', field: 'currentPassword' });
    expect(findSession(db, elsewhere.token)).not.toBeNull();
    await change('long-enough-password');
    expect(findSession(db, here.token)).not.toBeNull();
    expect(findSession(db, elsewhere.token)).toBeNull();
    expect(await checkCredentials(db, 'changer', 'a-brand-new-password')).toMatchObject({ username: 'changer' });

    await resetUserPassword(db, ownerId, user.id, 'set-by-the-owner-1');
    expect(findSession(db, here.token)).toBeNull();
    expect(await checkCredentials(db, 'changer', 'set-by-the-owner-1')).toMatchObject({ username: 'changer' });
    await expect(resetUserPassword(db, ownerId, ownerId, 'set-by-the-owner-1')).rejects.toMatchObject({ code: 'validation:user.useMyAccount' });
    expect(
      passwordChangeSchema.safeParse({ currentPassword: 'x', newPassword: 'a-brand-new-password', confirmPassword: 'other' }).error?.issues[0],
    ).toMatchObject({
      path: ['confirmPassword'],
      message: 'validation:user.passwordMismatch',
    });
  });
});

describe('migration 0008 (users and roles)', () => {
  it('makes the existing admin an owner, admin tokens owners and reader tokens viewers of every existing tenant', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-roles-migration-'));
    const folder = path.join(dir, 'migrations');
    fs.cpSync(MIGRATIONS_FOLDER, folder, { recursive: true });
    const journalFile = path.join(folder, 'meta', '_journal.json');
    const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
    const upTo = journal.entries.findIndex((e) => e.tag.endsWith('_users_roles'));
    fs.writeFileSync(journalFile, JSON.stringify({ ...journal, entries: journal.entries.slice(0, upTo) }));
    const sqlite = new Database(path.join(dir, 'old.db'));
    sqlite.pragma('foreign_keys = ON');
    migrate(drizzle(sqlite), { migrationsFolder: folder });
    sqlite.exec(`
      INSERT INTO tenants (uuid, name, is_default) VALUES ('u-1', 'Default', 1), ('u-2', 'Other', 0);
      INSERT INTO users (username, password_hash) VALUES ('admin', 'scrypt$x$y');
      INSERT INTO api_tokens (name, token_hash, role) VALUES ('writer', 'h1', 'admin'), ('reader', 'h2', 'reader');`);
    migrate(drizzle(sqlite), { migrationsFolder: MIGRATIONS_FOLDER });
    expect(sqlite.prepare('SELECT username, role, disabled_at AS disabledAt FROM users').all()).toEqual([
      { username: 'admin', role: 'owner', disabledAt: null },
    ]);
    expect(sqlite.prepare('SELECT name, role FROM api_tokens ORDER BY id').all()).toEqual([
      { name: 'writer', role: 'owner' },
      { name: 'reader', role: 'viewer' },
    ]);
    expect(sqlite.prepare('SELECT t.name FROM api_token_tenants s JOIN tenants t ON t.id = s.tenant_id ORDER BY t.id').all()).toEqual([
      { name: 'Default' },
      { name: 'Other' },
    ]);
    sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
