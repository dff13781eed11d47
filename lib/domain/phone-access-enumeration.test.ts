import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { recentFetches } from '@/db/queries/fetch-log';
import { activeBlocks } from '@/db/queries/phone-access';
import { getTenant } from '@/db/queries/tenants';
import { createDevice } from './devices';
import { unblockAddress, updatePhoneAccess } from './phone-access';
import { parseEnv } from '@/lib/env';
import { startWebServers } from '@/lib/test-web-servers';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { serveProvisioningFile } from '@/lib/provisioning/serve';
import { textPhone } from './test-support';

// Issue 10: anti-enumeration (misses on MAC-shaped names per source address) and allowed networks, over real HTTP.
// The test listeners bind 127.0.0.1: every request comes from that one address, like a site behind NAT.

let servers: Awaited<ReturnType<typeof startWebServers>>;
let db: Db;
let tenantId: number;
const PHONES = 500;
const macOf = (i: number) => `0c1106${i.toString(16).padStart(6, '0')}`;

/** One GET over a fresh connection, as a phone makes it; resolves with the status. */
const get = (path: string) =>
  new Promise<number>((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: servers.httpPort, path: `/provisioning/${path}`, agent: false }, (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      })
      .on('error', reject);
  });
/** The rejections of the limiter settle on the next turns of the event loop. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

beforeAll(async () => {
  servers = await startWebServers(parseEnv({}));
  db = servers.db;
  tenantId = getTenant(db, 1)!.id;
  const { model, template, account } = textPhone(db, tenantId, { name: 'NatPhone', body: 'user=%%ACCOUNT_SIP_USERNAME%%\n', extension: '601' });
  for (let i = 0; i < PHONES; i++) createDevice(db, tenantId, { mac: macOf(i), modelId: model.id, templateId: template.id, lines: [account.id] });
}, 120_000);

afterAll(async () => {
  flushFetchLog();
  await servers.close();
});

describe('anti-enumeration', () => {
  it('a site of 500 phones behind one address, each fetching its file and missing an optional one, plus a few real misses, is never blocked', async () => {
    for (let i = 0; i < PHONES; i++) {
      expect(await get(`${macOf(i)}.cfg`)).toBe(200);
      // Like Yealink's <mac>.boot: a miss on the phone's own MAC is not a guess.
      expect(await get(`${macOf(i)}.boot`)).toBe(404);
    }
    for (let i = 0; i < 5; i++) expect(await get(`0c1107aaaa0${i}.cfg`)).toBe(404);
    await settle();
    expect(activeBlocks(db, new Date(), tenantId)).toEqual([]);
    expect(await get(`${macOf(7)}.cfg`)).toBe(200);
  }, 120_000);

  it('an address guessing MACs is blocked above the threshold: 403 even for a real file, logged, until unblocked', async () => {
    updatePhoneAccess(db, tenantId, { enumerationThreshold: 30, enumerationWindowMinutes: 10, enumerationCooldownMinutes: 60 });
    // The five misses of the previous test are already counted: 25 more reach the threshold, the next one passes it.
    for (let i = 0; i < 25; i++) expect(await get(`0c1108aa${i.toString(16).padStart(4, '0')}.cfg`)).toBe(404);
    await settle();
    expect(activeBlocks(db, new Date(), tenantId)).toEqual([]);
    expect(await get('0c1108ab0000.cfg')).toBe(404);
    await settle();
    const [block] = activeBlocks(db, new Date(), tenantId);
    expect(block).toMatchObject({ address: '127.0.0.1', misses: 31 });
    expect(block.until.getTime() - block.blockedAt.getTime()).toBe(60 * 60_000);

    expect(await get(`${macOf(1)}.cfg`)).toBe(403);
    expect(await get('0c1108ab0001.cfg')).toBe(403);
    flushFetchLog();
    expect(
      recentFetches(db, { id: tenantId, isDefault: true })
        .slice(0, 2)
        .map((f) => [f.status, f.refusal]),
    ).toEqual([
      [403, 'blocked'],
      [403, 'blocked'],
    ]);

    unblockAddress(db, tenantId, block.id);
    expect(activeBlocks(db, new Date(), tenantId)).toEqual([]);
    expect(await get(`${macOf(1)}.cfg`)).toBe(200);
    // Counting starts again from zero.
    expect(await get('0c1108ab0002.cfg')).toBe(404);
    await settle();
    expect(activeBlocks(db, new Date(), tenantId)).toEqual([]);
  }, 60_000);

  it('never blocks an address of the allowed networks', async () => {
    updatePhoneAccess(db, tenantId, { enumerationThreshold: 3, allowedNetworks: ['127.0.0.0/8', '2001:db8::/32'] });
    for (let i = 0; i < 10; i++) expect(await get(`0c1109aa${i.toString(16).padStart(4, '0')}.cfg`)).toBe(404);
    await settle();
    expect(activeBlocks(db, new Date(), tenantId)).toEqual([]);
    updatePhoneAccess(db, tenantId, { enumerationThreshold: 30, allowedNetworks: [] });
  });
});

describe('allowed networks', () => {
  const serve = (clientIp: string, path = `${macOf(2)}.cfg`, channel: 'http' | 'tftp' = 'http') =>
    serveProvisioningFile(db, { path, channel, clientIp, userAgent: null }).status;

  it('refuses an address outside them with 403 (logged), whether the file exists or not, IPv4 and IPv6', async () => {
    updatePhoneAccess(db, tenantId, { allowedNetworks: '10.20.0.0/16\n2001:db8:1::/48' });
    expect(await get(`${macOf(2)}.cfg`)).toBe(403);
    expect(await get('0c110aaaaaaa.cfg')).toBe(403);
    expect([serve('10.20.3.4'), serve('10.21.0.1'), serve('2001:db8:1:ff::9'), serve('2001:db8:2::1')]).toEqual([200, 403, 200, 403]);
    flushFetchLog();
    const logged = recentFetches(db, { id: tenantId, isDefault: true }).slice(0, 6);
    expect(logged.map((f) => [f.clientIp, f.status, f.refusal])).toContainEqual(['10.21.0.1', 403, 'network']);
  });

  it('with authentication on, TFTP serves the allowed networks only, and nobody when there are none', () => {
    updatePhoneAccess(db, tenantId, { authMode: 'digest', username: 'phones', password: 'long-enough-1', allowedNetworks: ['10.20.0.0/16'] });
    expect([serve('10.20.3.4', `${macOf(3)}.cfg`, 'tftp'), serve('10.21.3.4', `${macOf(3)}.cfg`, 'tftp')]).toEqual([200, 403]);
    updatePhoneAccess(db, tenantId, { allowedNetworks: [] });
    expect(serve('10.20.3.4', `${macOf(3)}.cfg`, 'tftp')).toBe(403);
    flushFetchLog();
    expect(recentFetches(db, { id: tenantId, isDefault: true })[0]).toMatchObject({ channel: 'tftp', status: 403, refusal: 'tftp' });
    updatePhoneAccess(db, tenantId, { authMode: 'off' });
    expect(serve('10.20.3.4', `${macOf(3)}.cfg`, 'tftp')).toBe(200);
  });
});
