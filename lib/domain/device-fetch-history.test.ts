import { beforeEach, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { createDevice } from './devices';
import { createTenant } from './tenants';
import { FETCH_LOG_KEEP, flushFetchLog, recordFetch, type FetchRecord } from '@/lib/provisioning/fetch-log';
import { freshDatabase, filesOf } from '@/lib/test-db';
import { deviceFetchHistory, fetchHistoryQueries, FETCH_HISTORY_LENGTH } from '@/db/queries/device-fetches';

// Issue 11: the device page's fetch history, read from fetch_log along its indexes.

let db: Db;
let tenantId: number;
let deviceId: number;
const MAC = '001565c10001';
const UA = 'Yealink SIP-T46S 66.86.0.15 00:15:65:c1:00:01';
const tenant = () => ({ id: tenantId, isDefault: true });

const fetch = (at: number, extra: Partial<FetchRecord>) =>
  recordFetch(db, { at, channel: 'http', tenantId, fileName: `${MAC}.cfg`, clientIp: '192.0.2.7', userAgent: UA, status: 200, deviceId: null, ...extra });

beforeEach(async () => {
  ({ db, tenantId } = await freshDatabase());
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  deviceId = createDevice(db, tenantId, { mac: MAC, modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id }).id;
});

describe('deviceFetchHistory', () => {
  it("gives the phone's last fetch, its requests newest first, its sync state and the names it asked for that got 404", () => {
    const other = createTenant(db, { name: 'Other' });
    const sha = filesOf(db, tenantId)[`${MAC}.cfg`].sha256;
    const t0 = Date.UTC(2026, 0, 5, 8, 0);
    fetch(t0, { fileName: `cfg${MAC}.xml`, status: 404 });
    fetch(t0 + 1_000, { fileName: `cfg${MAC}.xml`, status: 404, channel: 'tftp', userAgent: null });
    fetch(t0 + 2_000, { fileName: 'T46S-all.cfg', status: 404 }); // its MAC only in the User-Agent
    fetch(t0 + 3_000, { fileName: `${MAC}.cfg`, status: 404, userAgent: null }); // its own name (e.g. while it was disabled)
    fetch(t0 + 4_000, { fileName: `cfg${MAC}.xml`, status: 404, tenantId: other.id }); // another tenant's
    fetch(t0 + 5_000, { fileName: 'cfg001565c10099.xml', status: 404, userAgent: null }); // another phone
    fetch(t0 + 6_000, { deviceId, sha256: sha, clientIp: '192.0.2.8', channel: 'https' });
    flushFetchLog();

    const history = deviceFetchHistory(db, tenant(), deviceId)!;
    expect(history.fileName).toBe(`${MAC}.cfg`);
    expect(history.lastFetch).toMatchObject({ at: t0 + 6_000, channel: 'https', clientIp: '192.0.2.8', userAgent: UA, status: 200, ownFile: true });
    expect(history.sync).toEqual({ state: 'in-sync' });
    expect(history.fetches.map((f) => [f.fileName, f.status, f.ownFile])).toEqual([
      [`${MAC}.cfg`, 200, true],
      [`${MAC}.cfg`, 404, false],
      ['T46S-all.cfg', 404, false],
      [`cfg${MAC}.xml`, 404, false],
      [`cfg${MAC}.xml`, 404, false],
    ]);
    expect(history.missedNames).toEqual([
      { fileName: 'T46S-all.cfg', count: 1, lastAt: t0 + 2_000 },
      { fileName: `cfg${MAC}.xml`, count: 2, lastAt: t0 + 1_000 },
    ]);

    // Another tenant sees none of it, and not this device.
    expect(deviceFetchHistory(db, { id: other.id, isDefault: false }, deviceId)).toBeUndefined();
  });

  it('lists the last 50 requests and says nothing was asked before the first one', () => {
    expect(deviceFetchHistory(db, tenant(), deviceId)).toMatchObject({ lastFetch: null, fetches: [], missedNames: [], sync: null });
    const t0 = Date.UTC(2026, 0, 5, 8, 0);
    for (let n = 0; n < 60; n++) fetch(t0 + n * 60_000, { deviceId });
    flushFetchLog();
    const { fetches, lastFetch } = deviceFetchHistory(db, tenant(), deviceId)!;
    expect(fetches).toHaveLength(FETCH_HISTORY_LENGTH);
    expect(lastFetch!.at).toBe(t0 + 59 * 60_000);
    expect(fetches.at(-1)!.at).toBe(t0 + 10 * 60_000);
  });

  it(`reads a full fetch log (${FETCH_LOG_KEEP} rows) along indexes, without scanning or sorting it`, () => {
    // 200,000 rows over 2,000 phones (this one among them); a third are 404s under the phone's own name.
    db.$client
      .prepare(
        `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
         INSERT INTO fetch_log (at, channel, tenant_id, file_name, client_ip, user_agent, mac, status, device_id)
         SELECT 1767600000000 + i, 'http', ?, printf('%012x.cfg', 0x001565c10001 + i % 2000), '192.0.2.7', NULL,
           printf('%012x', 0x001565c10001 + i % 2000), CASE WHEN i % 3 = 0 THEN 404 ELSE 200 END, CASE WHEN i % 3 = 0 THEN NULL ELSE ? + i % 2000 END FROM n`,
      )
      .run(FETCH_LOG_KEEP, tenantId, deviceId);
    const device = { id: deviceId, mac: MAC, fileName: `${MAC}.cfg` };
    for (const [name, query] of Object.entries(fetchHistoryQueries(db, tenant(), device))) {
      const { sql, params } = query.toSQL();
      const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[]).map((p) => p.detail);
      expect(plan.join('\n'), name).toMatch(
        name === 'byDevice' ? /SEARCH fetch_log USING INDEX fetch_log_device_idx/ : /SEARCH fetch_log USING INDEX fetch_log_mac_idx/,
      );
      expect(plan.join('\n'), name).not.toMatch(/SCAN fetch_log/);
      if (name !== 'missedNames') expect(plan.join('\n'), name).not.toMatch(/TEMP B-TREE/);
    }
    const started = performance.now();
    const history = deviceFetchHistory(db, tenant(), deviceId)!;
    const ms = performance.now() - started;
    expect(history.fetches).toHaveLength(FETCH_HISTORY_LENGTH);
    expect(history.missedNames).toEqual([]); // this phone's 404s were all under its own name
    expect(ms).toBeLessThan(250);
  });

  it('keeps on fetch_log only the index entries a read uses: every fetch pays for each one twice (insert, then prune)', () => {
    const indexes = (db.$client.prepare("SELECT name FROM pragma_index_list('fetch_log') ORDER BY name").all() as { name: string }[]).map((i) => i.name);
    // tenant: the console's recent fetches and the per-tenant reads; mac and device: the history above. No read filters on `at`.
    expect(indexes).toEqual(['fetch_log_device_idx', 'fetch_log_mac_idx', 'fetch_log_tenant_idx']);
    // A device's own file, most of the traffic, is read by device: it takes no entry in the MAC index.
    const macIndex = db.$client.prepare("SELECT sql FROM sqlite_master WHERE name = 'fetch_log_mac_idx'").pluck().get() as string;
    expect(macIndex).toMatch(/"device_id" IS NULL/);
  });
});
