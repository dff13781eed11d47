/**
 * bench/console: the console as an administrator meets it, in Debian's Chromium driven by Playwright against the
 * production build, with N devices loaded through the CSV import (one line each, round-robin over the built-in models;
 * one model's devices on a template of our own). Per fleet size it prints: every menu page from navigation to settled
 * (loaded, nothing busy), the device-list search from the last keystroke to the matching row, a device page opened from
 * the list, a template save to its toast, and the requests a page fires once settled (prefetching). The reference, in the
 * same run: the same search answered by the console's JSON route over HTTP without a browser.
 * Targets (issue 11): search ≤ 300 ms, every page settled ≤ 1 s (the template save has none: it regenerates N/16 files).
 * It builds the production build first when it is missing or older than the sources.
 *   npm run bench:console [-- --devices 10000,100000]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type Page } from '@playwright/test';
import { openDatabase } from '@/db/client';
import { deviceFormChoices } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { getDefaultTenant } from '@/db/queries/tenants';
import { bootstrap } from '@/lib/bootstrap';
import { applyDeviceImport } from '@/lib/domain/device-import';
import { duplicateTemplate } from '@/lib/domain/templates';
import { SEARCH_DEBOUNCE_MS } from '@/components/forms/use-debounced-value';
import { NAV_ITEMS } from '@/components/layout/nav-items';
import en from '@/locales/en/common.json';
import enAuth from '@/locales/en/auth.json';
import enDevices from '@/locales/en/devices.json';
import enTemplates from '@/locales/en/templates.json';
import { CHROMIUM_LAUNCH } from '../e2e/support/chromium';
import { SERVER_NODE_FLAGS } from '../scripts/server-node-flags.mjs';
import { cleanUp, ensureProductionBuild, runBench, waitFor } from './support';

const { values: args } = parseArgs({ options: { devices: { type: 'string', default: '10000,100000' }, port: { type: 'string', default: '19380' } } });
const SIZES = args.devices.split(',').map(Number);
const PORT = Number(args.port);
const BASE = `http://127.0.0.1:${PORT}`;
const ADMIN_PASSWORD = 'bench-console-admin-password';
const BENCH_TEMPLATE = 'Bench template';
const ms = (value: number) => `${Math.round(value)} ms`.padStart(8);

/** The CSV the import reads: one line per device with its own account; the devices of `benchModel` on BENCH_TEMPLATE. */
function fleetCsv(count: number, models: string[], benchModel: string) {
  const rows = Array.from({ length: count }, (_, i) => {
    const extension = String(100000 + i);
    const mac = `0200${i.toString(16).padStart(8, '0')}`;
    const model = models[i % models.length];
    return [mac, model, model === benchModel ? BENCH_TEMPLATE : '', `Desk ${i}`, extension, `pw-${extension}-secret`, `User ${extension}`].join(',');
  });
  return ['mac,model,template,label,line1,line1_sip_password,line1_display_name', ...rows].join('\r\n');
}

async function prepare(work: string, count: number) {
  const env = { DATA_DIR: work, PUBLIC_HOST: '127.0.0.1', LOG_LEVEL: 'warn', PROVISIO_ADMIN_PASSWORD: ADMIN_PASSWORD };
  Object.assign(process.env, env);
  const db = openDatabase(path.join(work, 'provisio.db'));
  await bootstrap(db);
  const tenantId = getDefaultTenant(db)!.id;
  const { models } = deviceFormChoices(db, tenantId);
  const benchModel = models.find((m) => /yealink t4/i.test(m.name)) ?? models[0];
  const template = duplicateTemplate(db, tenantId, listTemplates(db, tenantId, benchModel.id)[0].id, BENCH_TEMPLATE);
  const started = performance.now();
  const result = applyDeviceImport(
    db,
    tenantId,
    fleetCsv(
      count,
      models.map((m) => m.name),
      benchModel.name,
    ),
  );
  console.log(
    `\n${count} devices imported and their files generated in ${((performance.now() - started) / 1000).toFixed(1)} s (${JSON.stringify(result.counts)})`,
  );
  db.$client.close();
  return { env, templateId: template.id, benchModelDevices: Math.ceil(count / models.length) };
}

function startServer(env: Record<string, string>): ChildProcess {
  return spawn(process.execPath, [...SERVER_NODE_FLAGS, '--import', 'tsx', 'server.ts'], {
    env: {
      ...process.env,
      ...env,
      NODE_ENV: 'production',
      HTTP_PORT: String(PORT),
      HTTPS_PORT: String(PORT + 1),
      BIND_ADDRESS: '127.0.0.1',
      CONSOLE_HTTPS_ONLY: 'false',
      TFTP_ENABLED: 'false',
      SIP_PNP_ENABLED: 'false',
    },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
}

/** Until the page is loaded, its main content drawn and no list busy. */
async function settled(page: Page) {
  await page.waitForLoadState('load');
  await page.locator('main').first().waitFor();
  await page.waitForFunction(() => !document.querySelector('[aria-busy="true"]'));
}

async function timedMs(fn: () => Promise<unknown>) {
  const started = performance.now();
  await fn();
  return performance.now() - started;
}

/**
 * Milliseconds from `act` (a click, a keystroke) to the first frame where `done` holds, both read on the page's own
 * clock: Playwright's round trips are not counted. `done` runs in the page on every animation frame and returns
 * `performance.now()` once it holds (the page's CSP allows no eval, so it cannot be wrapped there).
 */
async function inPageMs<A>(page: Page, act: () => Promise<unknown>, done: (arg: A) => number | false, arg: A) {
  const started = await page.evaluate(() => performance.now());
  await act();
  const handle = await page.waitForFunction(done as (arg: unknown) => number | false, arg as unknown, { polling: 'raf', timeout: 120_000 });
  return ((await handle.jsonValue()) as number) - started;
}

const idle = () => !document.querySelector('[aria-busy="true"]') && document.readyState === 'complete';

async function measure(page: Page, count: number, templateId: number, benchModelDevices: number) {
  const verdict = (value: number, target: number) => (value <= target ? 'ok' : `over ${target} ms`);
  console.log('pages through the menu, click to settled (page shown, nothing busy); a full page load in brackets:');
  const pageTimes: number[] = [];
  await page.goto(`${BASE}/`);
  await settled(page);
  for (const item of [...NAV_ITEMS.slice(1), NAV_ITEMS[0]]) {
    const label = (en.nav as Record<string, string>)[item.labelKey.replace('nav.', '')] ?? item.href;
    const viaMenu = await inPageMs(
      page,
      () => page.getByRole('navigation').getByRole('link', { name: label, exact: true }).first().click(),
      (href: string) => location.pathname === href && !document.querySelector('[aria-busy="true"]') && performance.now(),
      item.href,
    );
    const reload = await timedMs(async () => {
      await page.goto(`${BASE}${item.href}`);
      await settled(page);
    });
    pageTimes.push(viaMenu);
    console.log(`  ${label.padEnd(22)} ${ms(viaMenu)} (${ms(reload).trim()})  ${verdict(viaMenu, 1000)}`);
  }

  // Requests fired by a settled page on their own (prefetching): counted for 2 s after the device list settles.
  await page.goto(`${BASE}/devices`);
  await settled(page);
  let extra = 0;
  const onRequest = () => extra++;
  page.on('request', onRequest);
  await page.waitForTimeout(2000);
  page.off('request', onRequest);
  console.log(`requests fired by the settled device list within 2 s (prefetching): ${extra}`);

  // Search: from the keystroke that completes the term to the one matching row (a device in the middle of the fleet).
  const wanted = Math.floor(count / 2);
  const extension = String(100000 + wanted);
  const mac = `0200${wanted.toString(16).padStart(8, '0')}`.toUpperCase().match(/../g)!.join(':');
  const search = page.getByRole('searchbox', { name: enDevices.filters.search, exact: true });
  const searches: number[] = [];
  for (const [term, shown] of [
    [extension, mac],
    [`Desk ${wanted + 1}`, `Desk ${wanted + 1}`],
    [extension, mac],
  ]) {
    await search.fill(term.slice(0, -1));
    await page.waitForTimeout(400);
    await page.waitForFunction(idle);
    searches.push(
      await inPageMs(
        page,
        () => search.press(term.at(-1)!),
        (text: string) => {
          const rows = [...document.querySelectorAll('tbody tr')];
          return rows.length === 1 && rows[0].textContent!.includes(text) && !document.querySelector('[aria-busy="true"]') && performance.now();
        },
        shown,
      ),
    );
  }
  const search1 = searches.sort((a, b) => a - b)[1];
  console.log(
    `device-list search, last keystroke to results (median of 3, ${SEARCH_DEBOUNCE_MS} ms of it the typing pause): ${ms(search1)}  ${verdict(search1, 300)}`,
  );

  const reference = await apiSearch(page, extension);
  console.log(
    `reference: the same search from the console's JSON route, no browser: ${ms(reference)} → ratio browser/route ${(search1 / reference).toFixed(1)}`,
  );

  const open = await inPageMs(
    page,
    () => page.getByRole('link', { name: mac }).click(),
    (text: string) => /\/devices\/\d+$/.test(location.pathname) && !!document.querySelector('main h1')?.textContent?.includes(text) && performance.now(),
    mac,
  );
  console.log(`device page opened from the list:                 ${ms(open)}  ${verdict(open, 1000)}`);

  await page.goto(`${BASE}/templates/${templateId}`);
  await settled(page);
  await page.locator('.cm-content').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(`\n<!-- bench ${Date.now()} -->`);
  const save = await inPageMs(
    page,
    () => page.getByRole('button', { name: enTemplates.save, exact: true }).click(),
    () => /Template .* saved/.test(document.body.innerText) && performance.now(),
    null,
  );
  console.log(`template save (${benchModelDevices} devices' files regenerated) to its toast: ${ms(save)}`);
  console.log(`slowest page through the menu: ${ms(Math.max(...pageTimes))}`);
}

/** The search the list's box sends, timed as a plain HTTP client with the browser's session cookie (median of 3). */
async function apiSearch(page: Page, term: string) {
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const times: number[] = [];
  for (let i = 0; i < 3; i++)
    times.push(
      await timedMs(async () => {
        const response = await fetch(`${BASE}/api/console/devices?q=${encodeURIComponent(term)}`, { headers: { cookie } });
        if (!response.ok) throw new Error(`search route answered ${response.status}`);
        await response.json();
      }),
    );
  return times.sort((a, b) => a - b)[1];
}

async function run(count: number) {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-bench-console-'));
  let server: ChildProcess | null = null;
  const browser = await chromium.launch(CHROMIUM_LAUNCH);
  try {
    const { env, templateId, benchModelDevices } = await prepare(work, count);
    server = startServer(env);
    await waitFor(`${BASE}/api/health`, 120_000);
    const page = await (await browser.newContext({ viewport: { width: 1280, height: 800 } })).newPage();
    await page.goto(`${BASE}/login`);
    await page.getByLabel(enAuth.username, { exact: true }).fill('admin');
    await page.getByLabel(enAuth.password, { exact: true }).fill(ADMIN_PASSWORD);
    await page.getByRole('button', { name: enAuth.submit }).click();
    await page.waitForURL(`${BASE}/`);
    await measure(page, count, templateId, benchModelDevices);
  } finally {
    await browser.close();
    await cleanUp(work, [server]);
  }
}

async function main() {
  ensureProductionBuild();
  if (SIZES.length === 1) return run(SIZES[0]);
  // One process per fleet size: the settings and the secret key are read once per process, for its data directory.
  for (const count of SIZES) {
    const child = spawn(process.execPath, [...process.execArgv, process.argv[1], '--devices', String(count), '--port', args.port], { stdio: 'inherit' });
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    if (code !== 0) throw new Error(`the run with ${count} devices failed`);
  }
}

runBench(main);
