import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDevicePage } from '@/db/queries/devices';
import { listDeviceModels } from '@/db/queries/device-models';
import { listRedirectionServerRows } from '@/db/queries/redirection-servers';
import { listTemplates } from '@/db/queries/templates';
import { createDevice, deleteDevice, updateDevice } from '@/lib/domain/devices';
import {
  createRedirectionServer,
  deleteRedirectionServer,
  fixReconcileRows,
  reconcileRedirectionServer,
  testRedirectionServer,
  updateRedirectionServer,
} from '@/lib/domain/redirection-servers';
import { freshDatabase } from '@/lib/test-db';
import { FAKE_KEY_ID, FAKE_SECRET, type SnomSrapsFake, startSnomSrapsFake } from '@/lib/redirection/snom-sraps.fake';
import { createRedirectionWorker } from '@/lib/redirection/worker';
import { startYealinkXmlRpcFake, YEALINK_FAKE_SEED, type YealinkXmlRpcFake } from '@/lib/redirection/yealink-xmlrpc.fake';

let db: Db;
let tenantId: number;
let yealink: YealinkXmlRpcFake;
let snom: SnomSrapsFake;
/** How far the worker's clock runs ahead of real time (to pass a backoff). */
let ahead = 0;
const URL = 'https://pbx.test/provisioning/';

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  yealink = await startYealinkXmlRpcFake();
  snom = await startSnomSrapsFake();
  ahead = 0;
});
afterEach(async () => {
  await Promise.all([yealink.close(), snom.close()]);
});

const worker = () => createRedirectionWorker({ db, pollMs: 50, defaultUrl: () => URL, now: () => Date.now() + ahead, timeoutMs: 1000 });
const model = (name: string) => listDeviceModels(db, tenantId).find((m) => m.name === name)!;
function device(mac: string, modelName = 'Yealink T4x', extra: Record<string, unknown> = {}) {
  const m = model(modelName);
  return createDevice(db, tenantId, { mac, modelId: m.id, templateId: listTemplates(db, tenantId, m.id)[0].id, ...extra });
}
const yealinkServer = (extra: Record<string, unknown> = {}) =>
  createRedirectionServer(db, tenantId, {
    brand: 'yealink',
    name: YEALINK_FAKE_SEED.serverName,
    username: YEALINK_FAKE_SEED.user,
    password: YEALINK_FAKE_SEED.password,
    apiBaseUrl: yealink.baseUrl,
    ...extra,
  });
const snomServer = () =>
  createRedirectionServer(db, tenantId, { brand: 'snom', name: 'Provisio', username: FAKE_KEY_ID, password: FAKE_SECRET, apiBaseUrl: snom.baseUrl });
const status = (mac: string) => listDevicePage(db, tenantId, { q: mac, page: 1 }).items[0]?.redirection;
const jobs = () => db.$client.prepare('SELECT mac, action, state, attempts, last_error_kind AS kind FROM redirection_jobs ORDER BY id').all();

describe('the redirection outbox and its worker', () => {
  it('registers new devices of the server brand, and only those, at the vendor', async () => {
    yealinkServer();
    snomServer();
    device('001565aaaa01');
    device('000413bbbb01', 'Snom D785');
    device('0c383e000001', 'Fanvil X series');
    expect(status('001565aaaa01')).toMatchObject({ state: 'pending', server: YEALINK_FAKE_SEED.serverName });
    expect(status('0c383e000001')).toBeNull();
    await worker().runOnce();
    expect(yealink.devices.get('001565aaaa01')).toMatchObject({ serverName: YEALINK_FAKE_SEED.serverName });
    expect(snom.endpoints.has('000413bbbb01')).toBe(true);
    expect([...snom.profiles.values()].find((p) => p.name === 'Provisio')).toBeDefined();
    expect(status('001565aaaa01')).toMatchObject({ state: 'registered' });
    expect(listRedirectionServerRows(db, tenantId).map((s) => [s.brand, s.pendingCount, s.lastSuccessAt !== null])).toEqual([
      ['snom', 0, true],
      ['yealink', 0, true],
    ]);
  });

  it('follows MAC changes, disabling and deletion with deregistrations, in order', async () => {
    yealinkServer();
    const d = device('001565aaaa02');
    updateDevice(db, tenantId, d.id, { mac: '001565aaaa03' });
    updateDevice(db, tenantId, d.id, { isEnabled: false });
    updateDevice(db, tenantId, d.id, { isEnabled: true });
    deleteDevice(db, tenantId, d.id);
    await worker().runOnce();
    await worker().runOnce();
    await worker().runOnce();
    expect(jobs().map((j) => `${(j as { action: string }).action} ${(j as { mac: string }).mac} ${(j as { state: string }).state}`)).toEqual([
      'register 001565aaaa02 done',
      'deregister 001565aaaa02 done',
      'register 001565aaaa03 done',
      'deregister 001565aaaa03 done',
      'register 001565aaaa03 done',
      'deregister 001565aaaa03 done',
    ]);
    expect(yealink.devices.size).toBe(0);
  });

  it('keeps jobs while the vendor is down and sends them once it is back, without losing any', async () => {
    yealinkServer();
    await yealink.setFailure('down');
    device('001565aaaa04');
    await worker().runOnce();
    expect(status('001565aaaa04')).toMatchObject({ state: 'pending', attempts: 1 });
    expect(jobs()[0]).toMatchObject({ state: 'pending', kind: 'network' });
    expect(listRedirectionServerRows(db, tenantId)[0]).toMatchObject({ lastErrorKind: 'network', lastErrorAt: expect.any(Number) });
    await yealink.restart();
    ahead += 60_000; // past the backoff
    await worker().runOnce(); // a new worker, as after a restart of the process
    expect(status('001565aaaa04')).toMatchObject({ state: 'registered' });
  });

  it('gives up a MAC another account owns, saying so; a disabled server is paused', async () => {
    const server = yealinkServer();
    device(YEALINK_FAKE_SEED.foreignMac);
    await worker().runOnce();
    expect(status(YEALINK_FAKE_SEED.foreignMac)).toMatchObject({ state: 'failed', errorKind: 'mac_owned_elsewhere' });
    updateRedirectionServer(db, tenantId, server.id, { isEnabled: false });
    device('001565aaaa05');
    await worker().runOnce();
    expect(yealink.devices.has('001565aaaa05')).toBe(false);
    updateRedirectionServer(db, tenantId, server.id, { isEnabled: true });
    await worker().runOnce();
    expect(yealink.devices.has('001565aaaa05')).toBe(true);
  });

  it('stores the password encrypted and never hands it back', () => {
    const server = yealinkServer();
    const stored = db.$client.prepare('SELECT password FROM redirection_servers WHERE id = ?').get(server.id) as { password: string };
    expect(stored.password).toMatch(/^v1:/);
    expect(stored.password).not.toContain(YEALINK_FAKE_SEED.password);
    expect(JSON.stringify(listRedirectionServerRows(db, tenantId))).not.toContain(YEALINK_FAKE_SEED.password);
    updateRedirectionServer(db, tenantId, server.id, { name: 'renamed' });
    const kept = db.$client.prepare('SELECT password FROM redirection_servers WHERE id = ?').get(server.id) as { password: string };
    expect(kept.password).toBe(stored.password);
  });

  it('tests the connection, telling a wrong password apart', async () => {
    const server = yealinkServer();
    expect(await testRedirectionServer(db, tenantId, server.id)).toMatchObject({ ok: true });
    updateRedirectionServer(db, tenantId, server.id, { password: 'wrong' });
    expect(await testRedirectionServer(db, tenantId, server.id)).toMatchObject({ ok: false, kind: 'auth_failed' });
    await yealink.setFailure('down');
    updateRedirectionServer(db, tenantId, server.id, { password: YEALINK_FAKE_SEED.password });
    expect(await testRedirectionServer(db, tenantId, server.id)).toMatchObject({ ok: false, kind: 'network' });
  });

  it('reconciles: a MAC only at the vendor and one only here are found and fixed', async () => {
    const server = yealinkServer({ isEnabled: false });
    yealink.devices.set('001565ffff01', { serverName: YEALINK_FAKE_SEED.serverName, url: null });
    device('001565aaaa06');
    const rows = await reconcileRedirectionServer(db, tenantId, server.id, URL);
    expect(rows.map((r) => [r.mac, r.issue])).toEqual([
      ['001565aaaa06', 'only-here'],
      ['001565ffff01', 'only-at-vendor'],
    ]);
    updateRedirectionServer(db, tenantId, server.id, { isEnabled: true });
    fixReconcileRows(db, tenantId, server.id, rows);
    await worker().runOnce();
    expect(await reconcileRedirectionServer(db, tenantId, server.id, URL)).toEqual([]);
  });

  it('deleting a server with "deregister its phones" removes them at the vendor, then the server', async () => {
    const server = yealinkServer();
    device('001565aaaa07');
    await worker().runOnce();
    expect(yealink.devices.has('001565aaaa07')).toBe(true);
    deleteRedirectionServer(db, tenantId, server.id, { deregister: true });
    expect(listRedirectionServerRows(db, tenantId)).toEqual([]);
    await worker().runOnce();
    expect(yealink.devices.has('001565aaaa07')).toBe(false);
    expect(db.$client.prepare('SELECT count(*) AS n FROM redirection_servers').get()).toEqual({ n: 0 });
  });
});
