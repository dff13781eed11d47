import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { servingGeneration } from '@/db/queries/serving';
import { getTenant } from '@/db/queries/tenants';
import { actionHandlers } from '@/lib/api/handlers';
import { parseEnv } from '@/lib/env';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { OTHER_PROCESS_DELAY_MS } from '@/lib/provisioning/file-cache';
import { filesOf } from '@/lib/test-db';
import { startWebServers } from '@/lib/test-web-servers';
import { armDevice, createDevice } from '@/lib/domain/devices';
import { updatePhoneAccess } from '@/lib/domain/phone-access';
import { textPhone } from '@/lib/domain/test-support';

// Issue 10, first-fetch window: with authentication on, a device's file is served without credentials during N hours
// after the device was created or armed; afterwards only with credentials or to the address of its last successful
// fetch. Real HTTPS, real curl, each "phone" a loopback address of its own (curl --interface).

const run = promisify(execFile);
let servers: Awaited<ReturnType<typeof startWebServers>>;
let db: Db;
let tenantId: number;
let modelId: number;
let templateId: number;
const USER = 'phones';
const PASSWORD = 'Prov-2024.secret';
const HOUR = 3_600_000;

/** The final status curl got for the file, from `from` (a 127.x address), with or without the credentials (Digest). */
async function fetchFrom(from: string, fileName: string, withCredentials = false) {
  const auth = withCredentials ? ['--digest', '-u', `${USER}:${PASSWORD}`] : [];
  const { stdout } = await run('curl', [
    '-sk',
    '--interface',
    from,
    '-o',
    '/dev/null',
    '-w',
    '%{http_code}',
    ...auth,
    `https://127.0.0.1:${servers.httpsPort}/provisioning/${fileName}`,
  ]);
  return Number(stdout);
}

function newDevice(mac: string) {
  const device = createDevice(db, tenantId, { mac, modelId, templateId });
  return { device, fileName: Object.values(filesOf(db, tenantId)).find((f) => f.deviceId === device.id)!.fileName };
}

/** Moves the device's window into the past, as if it had been armed `hoursAgo` hours ago. */
const armedAgo = (deviceId: number, hoursAgo: number) =>
  db.$client.prepare('UPDATE devices SET armed_at = ? WHERE id = ?').run(Date.now() - hoursAgo * HOUR, deviceId);

beforeAll(async () => {
  servers = await startWebServers(parseEnv({}));
  db = servers.db;
  tenantId = getTenant(db, 1)!.id;
  const { model, template } = textPhone(db, tenantId, { name: 'FirstFetch', body: 'server=%%PROVISIONING_URL%%\n', extension: '701' });
  modelId = model.id;
  templateId = template.id;
  updatePhoneAccess(db, tenantId, { authMode: 'digest', username: USER, password: PASSWORD, firstFetchWindowHours: 2 });
}, 30_000);

afterAll(async () => {
  flushFetchLog();
  await servers.close();
});

describe('first-fetch window (curl over HTTPS)', () => {
  it('serves a new device’s file without credentials inside the window; after it, 401 unless credentials or the last address', async () => {
    const { device, fileName } = newDevice('0c11f1000001');
    expect(await fetchFrom('127.0.0.2', fileName)).toBe(200);

    armedAgo(device.id, 3);
    expect(await fetchFrom('127.0.0.3', fileName)).toBe(401);
    // The address of its last successful fetch (the first one, above) still gets it without credentials.
    expect(await fetchFrom('127.0.0.2', fileName)).toBe(200);
    expect(await fetchFrom('127.0.0.3', fileName, true)).toBe(200);
    // That fetch moved its last address: the old one is now refused.
    expect(await fetchFrom('127.0.0.3', fileName)).toBe(200);
    expect(await fetchFrom('127.0.0.2', fileName)).toBe(401);
  });

  it('a process that did not serve the file (a restart, another worker) reads the last address from the fetch log', async () => {
    const { device, fileName } = newDevice('0c11f1000002');
    expect(await fetchFrom('127.0.0.4', fileName)).toBe(200);
    flushFetchLog();
    // What this process remembers of the addresses it served, forgotten as by a restart.
    (globalThis as typeof globalThis & { __provisioServedTo?: Map<string, string> }).__provisioServedTo!.clear();
    armedAgo(device.id, 3);
    expect(await fetchFrom('127.0.0.4', fileName)).toBe(200);
    expect(await fetchFrom('127.0.0.5', fileName)).toBe(401);
  });

  it('one device’s window opens its own file only', async () => {
    newDevice('0c11f1000003');
    const old = newDevice('0c11f1000004');
    armedAgo(old.device.id, 5);
    expect(await fetchFrom('127.0.0.6', old.fileName)).toBe(401);
    expect(await fetchFrom('127.0.0.6', '0c11f1000003.cfg')).toBe(200);
  });

  it('arming from the API opens the file again for the window', async () => {
    const { device, fileName } = newDevice('0c11f1000005');
    armedAgo(device.id, 3);
    expect(await fetchFrom('127.0.0.7', fileName)).toBe(401);
    const request = new Request(`http://localhost/api/v1/devices/${device.id}/arm`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${process.env.PROVISIO_API_TOKEN}`, 'Accept-Language': 'en' },
    });
    const response = await actionHandlers('devices', 'arm').POST(request, String(device.id));
    expect(response.status).toBe(200);
    const armed = (await response.json()) as { armedAt: string; openUntil: string };
    expect(Date.parse(armed.openUntil) - Date.parse(armed.armedAt)).toBe(2 * HOUR);
    expect(JSON.stringify(armed)).not.toMatch(/password/i);
    // The API wrote through the process's own connection, not the serving one: another connection's commit is seen
    // within OTHER_PROCESS_DELAY_MS (file-cache.ts), so the fetch is tried until then, not once right away.
    const until = Date.now() + 10 * OTHER_PROCESS_DELAY_MS;
    let status = await fetchFrom('127.0.0.7', fileName);
    while (status !== 200 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, OTHER_PROCESS_DELAY_MS / 2));
      status = await fetchFrom('127.0.0.7', fileName);
    }
    expect(status).toBe(200);
  });

  it('without a window (0 hours) a new device’s file needs credentials like any other', async () => {
    updatePhoneAccess(db, tenantId, { firstFetchWindowHours: 0 });
    try {
      const { fileName } = newDevice('0c11f1000006');
      expect(await fetchFrom('127.0.0.8', fileName)).toBe(401);
      expect(await fetchFrom('127.0.0.8', fileName, true)).toBe(200);
    } finally {
      updatePhoneAccess(db, tenantId, { firstFetchWindowHours: 2 });
    }
  });

  it('arming in the console’s domain function moves the window to now', () => {
    const { device } = newDevice('0c11f1000007');
    armedAgo(device.id, 10);
    const { openUntil } = armDevice(db, tenantId, device.id);
    expect(Date.parse(openUntil!)).toBeGreaterThan(Date.now() + HOUR);
  });

  it('arming and a phone-access change move the serving generation web workers rebuild their protection by', () => {
    const { device } = newDevice('0c11f1000008');
    const before = servingGeneration(db);
    armDevice(db, tenantId, device.id);
    const armed = servingGeneration(db);
    expect(armed).toBeGreaterThan(before);
    updatePhoneAccess(db, tenantId, { checkUserAgentMac: true });
    expect(servingGeneration(db)).toBeGreaterThan(armed);
    updatePhoneAccess(db, tenantId, { checkUserAgentMac: false });
  });
});
