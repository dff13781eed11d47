import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { apiTokens, users } from '@/db/schema';
import { verifyPassword, hashToken } from '@/lib/auth/secrets';

describe('first start', () => {
  it('generates the admin password and API token once, into a 0600 file, and never again', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-first-start-'));
    const saved = { ...process.env };
    delete process.env.PROVISIO_ADMIN_PASSWORD;
    delete process.env.PROVISIO_API_TOKEN;
    process.env.DATA_DIR = dir;
    const { vi } = await import('vitest');
    vi.resetModules();
    const { bootstrap } = await import('./bootstrap');
    const db = openDatabase(path.join(dir, 'provisio.db'));
    await bootstrap(db);
    const file = path.join(dir, 'initial-credentials.txt');
    expect(fs.statSync(file).mode & 0o777).toBe(0o600);
    const text = fs.readFileSync(file, 'utf8');
    const password = /console password: (\S+)/.exec(text)![1];
    const token = /Bearer …\): (\S+)/.exec(text)![1];
    const admin = db.select().from(users).get()!;
    expect(admin.username).toBe('admin');
    expect(await verifyPassword(password, admin.passwordHash)).toBe(true);
    expect(
      db
        .select()
        .from(apiTokens)
        .all()
        .map((t) => t.tokenHash),
    ).toEqual([hashToken(token)]);
    fs.rmSync(file);
    await bootstrap(db);
    expect(fs.existsSync(file)).toBe(false);
    Object.assign(process.env, saved);
  });
});
