/**
 * bench/import: a CSV of N devices (round-robin over the built-in models, each with one line whose account the file
 * creates) imported into an empty tenant: parse + dry run, then the apply (one transaction, one regeneration pass),
 * then the same file again (every row unchanged) and with every label changed (10,000 updates), with the peak RSS.
 *   npx tsx bench/import.ts [--devices 10000]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { openDatabase } from '@/db/client';
import { deviceFormChoices } from '@/db/queries/device-models';
import { getDefaultTenant } from '@/db/queries/tenants';
import { bootstrap } from '@/lib/bootstrap';
import { applyDeviceImport, dryRunDeviceImport } from '@/lib/domain/device-import';

const { values: args } = parseArgs({ options: { devices: { type: 'string', default: '10000' } } });
const DEVICES = Number(args.devices);
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-import-'));
const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

function timed<T>(fn: () => T): [T, number] {
  const started = performance.now();
  const result = fn();
  return [result, performance.now() - started];
}

async function main() {
  Object.assign(process.env, { DATA_DIR: work, PUBLIC_HOST: '127.0.0.1', LOG_LEVEL: 'warn', PROVISIO_ADMIN_PASSWORD: 'bench-admin-password' });
  const db = openDatabase(path.join(work, 'provisio.db'));
  await bootstrap(db);
  const tenantId = getDefaultTenant(db)!.id;
  const models = deviceFormChoices(db, tenantId).models.map((m) => m.name);
  const rows = Array.from({ length: DEVICES }, (_, i) => {
    const extension = String(100000 + i);
    const mac = `0200${i.toString(16).padStart(8, '0')}`.replace(/(..)(?!$)/g, '$1:');
    return [mac, models[i % models.length], `Desk ${i}`, 'true', `Adm-${i}-pw`, extension, `pw-${extension}-secret`, `User ${extension}`].join(',');
  });
  const csv = ['mac,model,label,enabled,admin_password,line1,line1_sip_password,line1_display_name', ...rows].join('\r\n');
  console.log(`${DEVICES} rows, ${(Buffer.byteLength(csv) / 1024 / 1024).toFixed(2)} MB of CSV, ${models.length} models`);
  const [dry, dryMs] = timed(() => dryRunDeviceImport(db, tenantId, csv));
  console.log(`dry run:                         ${seconds(dryMs)} (${JSON.stringify(dry.counts)})`);
  const [applied, applyMs] = timed(() => applyDeviceImport(db, tenantId, csv));
  const files = db.$client.prepare('SELECT count(*) FROM generated_files WHERE device_id IS NOT NULL').pluck().get() as number;
  console.log(`apply + regeneration:            ${seconds(applyMs)} (${JSON.stringify(applied.counts)}, ${applied.accountsCreated} accounts, ${files} files)`);
  const [again, againMs] = timed(() => applyDeviceImport(db, tenantId, csv));
  console.log(`same file again (all unchanged): ${seconds(againMs)} (${JSON.stringify(again.counts)})`);
  const [updated, updateMs] = timed(() => applyDeviceImport(db, tenantId, csv.replaceAll(',Desk ', ',Floor 2 desk ')));
  console.log(`every label changed (updates):   ${seconds(updateMs)} (${JSON.stringify(updated.counts)})`);
  console.log(`peak RSS: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  db.$client.close();
}

main()
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  })
  .finally(() => fs.rmSync(work, { recursive: true, force: true }));
