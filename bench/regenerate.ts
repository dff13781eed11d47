/**
 * bench/regenerate: a child process builds a temp SQLite file with N devices spread over the built-in models (1–3
 * lines each); this process then times a full regeneration after a PBX settings change (every file changes) and
 * after a save that changes nothing, with its peak RSS (it only regenerates, as the server's main process would).
 * The reference, in the same process: a plain loop writing the same number of rows with better-sqlite3 prepared
 * statements. Pages render in a render thread, as in the server (NO_RENDER_THREAD=1: in the main thread).
 *   npm run bench:regenerate [-- --devices 100000]
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { closeDatabase, openDatabase, type Db } from '@/db/client';
import { getDefaultTenant } from '@/db/queries/tenants';
import { bootstrap } from '@/lib/bootstrap';
import { updatePbxSettings } from '@/lib/domain/pbx';
import { startRenderThread } from '@/lib/provisioning/render-worker';
import { sealSecret } from '@/lib/secrets';

const { values: args } = parseArgs({ options: { devices: { type: 'string', default: '10000' }, 'seed-into': { type: 'string' } } });
const DEVICES = Number(args.devices);
const work = args['seed-into'] ?? fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-'));
const ENV = { DATA_DIR: work, PUBLIC_HOST: '127.0.0.1', LOG_LEVEL: 'warn', PROVISIO_ADMIN_PASSWORD: 'bench-admin-password' };

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
/** Peak resident set size of this process so far (resourceUsage reports kilobytes). */
const peakRss = () => process.resourceUsage().maxRSS * 1024;

function time(fn: () => void): number {
  const started = performance.now();
  fn();
  return performance.now() - started;
}

/** N devices round-robin over every built-in model (its first template), each with 1–3 lines of its own accounts; passwords stored encrypted, as the product stores them. */
function seed(db: Db, tenantId: number, count: number) {
  const sqlite = db.$client;
  const models = sqlite
    .prepare(
      'SELECT m.id AS modelId, (SELECT min(t.id) FROM templates t WHERE t.model_id = m.id) AS templateId FROM device_models m WHERE m.tenant_id = ? ORDER BY m.id',
    )
    .all(tenantId) as { modelId: number; templateId: number | null }[];
  const usable = models.filter((m) => m.templateId !== null);
  const insertAccount = sqlite.prepare(
    'INSERT INTO accounts (tenant_id, extension, sip_username, auth_username, sip_password, display_name) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const insertDevice = sqlite.prepare(
    'INSERT INTO devices (tenant_id, mac, model_id, template_id, label, admin_password) VALUES (?, ?, ?, ?, ?, ?) RETURNING id',
  );
  const insertLine = sqlite.prepare('INSERT INTO device_lines (device_id, position, account_id) VALUES (?, ?, ?)');
  let extension = 100000;
  sqlite.transaction(() => {
    for (let i = 0; i < count; i++) {
      const model = usable[i % usable.length];
      const mac = `0200${i.toString(16).padStart(8, '0')}`;
      const device = insertDevice.get(tenantId, mac, model.modelId, model.templateId, `Desk ${i}`, sealSecret('admin-pw')) as { id: number };
      for (let position = 1; position <= 1 + (i % 3); position++) {
        const ext = String(extension++);
        const account = insertAccount.get(tenantId, ext, ext, ext, sealSecret(`pw-${ext}`), `User ${ext}`) as { id: number };
        insertLine.run(device.id, position, account.id);
      }
    }
  })();
  return usable.length;
}

/** The reference: the same number of rows written (sha256 included) with prepared statements, nothing rendered. */
function referenceWrite(db: Db, tenantId: number, rows: number, body: string) {
  const sqlite = db.$client;
  sqlite.exec(
    'CREATE TABLE bench_files (id INTEGER PRIMARY KEY, tenant_id INTEGER, file_name TEXT, body TEXT, sha256 TEXT, size INTEGER, generated_at INTEGER)',
  );
  const insert = sqlite.prepare('INSERT INTO bench_files (tenant_id, file_name, body, sha256, size, generated_at) VALUES (?, ?, ?, ?, ?, ?)');
  const now = Math.floor(Date.now() / 1000);
  const elapsed = time(() =>
    sqlite.transaction(() => {
      for (let i = 0; i < rows; i++) {
        const text = `${body}${i}`;
        insert.run(tenantId, `file-${i}.cfg`, text, createHash('sha256').update(text).digest('hex'), Buffer.byteLength(text), now);
      }
    })(),
  );
  sqlite.exec('DROP TABLE bench_files');
  return elapsed;
}

/** The child's part: the database, its built-ins and the fleet. */
async function seedInto() {
  Object.assign(process.env, ENV);
  const db = openDatabase(path.join(work, 'provisio.db'));
  await bootstrap(db);
  const modelCount = seed(db, getDefaultTenant(db)!.id, DEVICES);
  closeDatabase(db);
  console.log(`${DEVICES} devices seeded over ${modelCount} built-in models, 1–3 lines each`);
}

async function main() {
  const child = spawn(process.execPath, [...process.execArgv, process.argv[1], '--devices', String(DEVICES), '--seed-into', work], { stdio: 'inherit' });
  if ((await new Promise<number | null>((resolve) => child.once('exit', resolve))) !== 0) throw new Error('seeding failed');
  Object.assign(process.env, ENV);
  const db = openDatabase(path.join(work, 'provisio.db'));
  const tenantId = getDefaultTenant(db)!.id;
  // As server.ts does: pages render in a thread beside the writes (NO_RENDER_THREAD=1 to time without it).
  const renderThread = process.env.NO_RENDER_THREAD ? null : await startRenderThread(db);
  const seededRss = peakRss();
  const first = time(() => updatePbxSettings(db, tenantId, { host: 'pbx-a.example.com' }));
  const files = (db.$client.prepare('SELECT count(*) AS n, avg(size) AS size FROM generated_files').get() as { n: number; size: number }) ?? { n: 0, size: 0 };
  console.log(`${files.n} files, ${files.size.toFixed(0)} bytes on average`);
  console.log(`first regeneration (every file new):     ${seconds(first)}`);

  const changed = time(() => updatePbxSettings(db, tenantId, { host: 'pbx-b.example.com' }));
  console.log(`PBX settings change (every file changes): ${seconds(changed)}`);
  const unchanged = time(() => updatePbxSettings(db, tenantId, {}));
  console.log(`PBX settings saved unchanged:             ${seconds(unchanged)}`);
  console.log(
    `peak RSS of this process: ${mb(peakRss())} (${mb(seededRss)} with the database open, before any regeneration; heap now ${mb(process.memoryUsage().heapUsed)})`,
  );

  const reference = referenceWrite(db, tenantId, files.n, 'x'.repeat(Math.round(files.size)));
  console.log(`reference (prepared INSERT of ${files.n} rows with sha256, nothing rendered): ${seconds(reference)}`);
  console.log(`ratio ours/reference: ${(changed / reference).toFixed(1)} (change), ${(unchanged / reference).toFixed(1)} (unchanged)`);
  db.$client.close();
  await renderThread?.stop();
}

if (args['seed-into']) void seedInto();
else
  main()
    .catch((error) => {
      console.error(error instanceof Error ? error.message : error);
      process.exitCode = 1;
    })
    .finally(() => fs.rmSync(work, { recursive: true, force: true }));
