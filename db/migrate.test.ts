import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';

describe('npm run db:migrate', () => {
  it('creates and migrates the database of DATA_DIR without starting the server', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-migrate-'));
    const out = execFileSync('npm', ['run', '-s', 'db:migrate'], { env: { ...process.env, DATA_DIR: dir }, encoding: 'utf8' });
    expect(out).toContain(path.join(dir, 'provisio.db'));
    const db = new Database(path.join(dir, 'provisio.db'), { readonly: true });
    const tables = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'table'")
      .all()
      .map((t) => (t as { name: string }).name);
    db.close();
    expect(tables).toEqual(expect.arrayContaining(['tenants', 'devices', 'generated_files', '__drizzle_migrations']));
  });
});
