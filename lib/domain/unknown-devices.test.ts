import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listUnknownDevicePage } from '@/db/queries/unknown-devices';
import { createTenant } from '@/lib/domain/tenants';
import { flushFetchLog, recordFetch, UNKNOWN_DEVICES_KEEP } from '@/lib/provisioning/fetch-log';
import { answerProvisioningRequest } from '@/lib/provisioning/http';
import { freshDatabase } from '@/lib/test-db';

const macOf = (n: number) => `0c1105${n.toString(16).padStart(6, '0')}`;
const START = Date.UTC(2026, 0, 1);

/** A miss for `<mac>.cfg` as the serving path queues it, seen at START + n seconds. */
function miss(db: Db, tenantId: number, n: number, at = START + n * 1000) {
  recordFetch(db, { at, channel: 'tftp', tenantId, fileName: `${macOf(n)}.cfg`, clientIp: '192.0.2.9', userAgent: null, status: 404, deviceId: null });
}

const macsOf = (db: Db, tenantId: number) =>
  new Set((db.$client.prepare('SELECT mac FROM unknown_devices WHERE tenant_id = ?').all(tenantId) as Array<{ mac: string }>).map((r) => r.mac));

describe('unknown devices are capped per tenant (issue 12, finding 6)', () => {
  it('keeps the most recently seen UNKNOWN_DEVICES_KEEP of a tenant, dropping the least recently seen, and leaves other tenants alone', async () => {
    const { db, tenantId } = await freshDatabase();
    const other = createTenant(db, { name: 'Branch office' }).id;
    for (let n = 0; n < UNKNOWN_DEVICES_KEEP; n++) miss(db, tenantId, n);
    for (let n = 0; n < 3; n++) miss(db, other, n);
    flushFetchLog();
    expect(macsOf(db, tenantId).size).toBe(UNKNOWN_DEVICES_KEEP);

    // The first MAC asks again (now the most recent), then five new ones arrive over the cap.
    const later = START + UNKNOWN_DEVICES_KEEP * 1000;
    miss(db, tenantId, 0, later);
    for (let n = UNKNOWN_DEVICES_KEEP; n < UNKNOWN_DEVICES_KEEP + 5; n++) miss(db, tenantId, n, later + n);
    flushFetchLog();

    const kept = macsOf(db, tenantId);
    expect(kept.size).toBe(UNKNOWN_DEVICES_KEEP);
    expect(kept.has(macOf(0))).toBe(true);
    for (let n = 1; n <= 5; n++) expect(kept.has(macOf(n))).toBe(false);
    expect(kept.has(macOf(6))).toBe(true);
    for (let n = UNKNOWN_DEVICES_KEEP; n < UNKNOWN_DEVICES_KEEP + 5; n++) expect(kept.has(macOf(n))).toBe(true);
    expect(macsOf(db, other).size).toBe(3);
  });
});

describe('MAC-shaped HTTP misses are listed like TFTP ones, over a real socket', () => {
  let db: Db;
  let tenantId: number;
  let server: http.Server;
  let port: number;
  beforeAll(async () => {
    ({ db, tenantId } = await freshDatabase());
    server = http.createServer((req, res) => {
      const answer = answerProvisioningRequest(db, {
        method: req.method ?? 'GET',
        path: (req.url ?? '/').slice('/provisioning/'.length),
        secure: false,
        clientIp: req.socket.remoteAddress ?? '',
        userAgent: req.headers['user-agent'] ?? null,
        ifNoneMatch: null,
      });
      res.writeHead(answer.status, answer.headers);
      res.end(answer.body ?? undefined);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('lists the MAC with its channel, file and address; a name without a MAC is not listed', async () => {
    const get = (path: string) => fetch(`http://127.0.0.1:${port}/provisioning/${path}`, { headers: { 'User-Agent': 'Yealink SIP-T54W 96.86.0.100' } });
    expect((await get('001565c0ffee.cfg')).status).toBe(404);
    expect((await get('boot.cfg')).status).toBe(404);
    flushFetchLog();
    const { items, total } = listUnknownDevicePage(db, tenantId, { page: 1 });
    expect(total).toBe(1);
    expect(items[0]).toMatchObject({ mac: '001565c0ffee', lastChannel: 'http', lastFileName: '001565c0ffee.cfg', lastIp: '127.0.0.1', vendor: 'Yealink' });
  });
});
