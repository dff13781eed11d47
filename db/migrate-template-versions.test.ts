import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { expect, it } from 'vitest';
import { openDatabase } from './client';
import { MIGRATIONS_FOLDER, migrateDatabase } from './migrate';

// Issue 11: the migration that adds template history gives every template that exists then its version 1.

/** A copy of the migrations folder that stops before `tag`: the database as the previous release left it. */
function migrationsBefore(tag: string) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-migrations-'));
  fs.cpSync(MIGRATIONS_FOLDER, dir, { recursive: true });
  const journalFile = path.join(dir, 'meta', '_journal.json');
  const journal = JSON.parse(fs.readFileSync(journalFile, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(
    0,
    journal.entries.findIndex((e) => e.tag === tag),
  );
  fs.writeFileSync(journalFile, JSON.stringify(journal));
  return dir;
}

it('gives the templates of an older database a version 1 as they were', () => {
  const db = openDatabase(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-test-')), 'provisio.db'));
  migrate(db, { migrationsFolder: migrationsBefore('0015_template_versions') });
  const run = (statement: string) => db.$client.prepare(statement).run();
  run(`INSERT INTO tenants (id, uuid, name) VALUES (1, 'u-1', 'Default')`);
  run(`INSERT INTO brands (id, tenant_id, name) VALUES (1, 1, 'Acme')`);
  run(`INSERT INTO filename_rules (id, tenant_id, name, mac_format) VALUES (1, 1, 'acme', 'lower')`);
  run(`INSERT INTO device_models (id, tenant_id, brand_id, filename_rule_id, name) VALUES (1, 1, 1, 1, 'Acme X')`);
  run(
    `INSERT INTO templates (id, tenant_id, model_id, name, format, body, line_endings, updated_at) VALUES (5, 1, 1, 'acme', 'text', 'a = 1', 'crlf', 1700000000)`,
  );

  migrateDatabase(db);

  expect(db.$client.prepare('SELECT * FROM template_versions').all()).toEqual([
    expect.objectContaining({
      tenant_id: 1,
      template_id: 5,
      number: 1,
      at: 1700000000000,
      actor_kind: 'system',
      origin: 'initial',
      body: 'a = 1',
      format: 'text',
      line_endings: 'crlf',
      changed_device_ids: null,
    }),
  ]);
  db.$client.close();
});
