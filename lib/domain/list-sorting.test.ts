import { eq } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import * as schema from '@/db/schema';
import { devices } from '@/db/schema';
import { listAccountPage, listAccounts } from '@/db/queries/accounts';
import { auditScopeOf, listAuditLog } from '@/db/queries/audit-log';
import { listDevicePage, listDevices } from '@/db/queries/devices';
import { listDeviceModels } from '@/db/queries/device-models';
import { listFilePage, listFiles } from '@/db/queries/files';
import { listTemplates } from '@/db/queries/templates';
import { listUnknownDevicePage } from '@/db/queries/unknown-devices';
import { createAccount } from '@/lib/domain/accounts';
import { createDevice } from '@/lib/domain/devices';
import { flushFetchLog, recordFetch } from '@/lib/provisioning/fetch-log';
import { freshDatabase } from '@/lib/test-db';
import {
  ACCOUNT_SORT,
  AUDIT_SORT,
  DEVICE_SORT,
  type DeviceListParams,
  FILE_SORT,
  resolveSort,
  type SortDir,
  type SortSpec,
  UNKNOWN_DEVICE_SORT,
} from '@/lib/validation/list-params';

let db: Db;
let tenantId: number;
/** The test devices by name: MAC, label, model (A sorts before B by name), last fetch (seconds; null: never). */
const DEVICES = {
  d1: { mac: '0c1105000001', label: 'Reception', model: 'B', fetched: 300 },
  d2: { mac: '0c1105000002', label: 'Lab', model: 'A', fetched: null },
  d3: { mac: '0c1105000003', label: 'Lab', model: 'B', fetched: 100 },
  d4: { mac: '0c1105000004', label: 'Hall', model: 'A', fetched: 300 },
  d5: { mac: '0c1105000005', label: 'Lab', model: 'A', fetched: null },
} as const;
type Name = keyof typeof DEVICES;
const ids = new Map<number, Name>();

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  const [modelA, modelB] = listDeviceModels(db, tenantId)
    .filter((m) => listTemplates(db, tenantId, m.id).length > 0)
    .sort((a, b) => (a.name < b.name ? -1 : 1));
  const model = { A: modelA, B: modelB };
  // Created out of MAC order, so id order differs from MAC order.
  for (const name of ['d3', 'd1', 'd5', 'd2', 'd4'] as const) {
    const d = DEVICES[name];
    const modelId = model[d.model].id;
    const { id } = createDevice(db, tenantId, { mac: d.mac, label: d.label, modelId, templateId: listTemplates(db, tenantId, modelId)[0].id });
    db.update(devices)
      .set({ lastFetchedAt: d.fetched === null ? null : new Date(d.fetched * 1000) })
      .where(eq(devices.id, id))
      .run();
    ids.set(id, name);
  }
});

const names = (rows: { id: number }[]) => rows.map((r) => ids.get(r.id));
const idOf = (name: Name) => [...ids].find(([, n]) => n === name)![0];
/** Ties (same label, same model, same last fetch) keep id order, reversed with the direction. */
const byId = (a: Name, b: Name) => (idOf(a) < idOf(b) ? [a, b] : [b, a]);

describe('the devices table sorts on the server (issue 11)', () => {
  const page = (params: Partial<DeviceListParams>) => names(listDevicePage(db, tenantId, { page: 1, ...params }).items);

  it('by MAC by default, and by MAC descending', () => {
    expect(page({})).toEqual(['d1', 'd2', 'd3', 'd4', 'd5']);
    expect(page({ sort: 'mac', dir: 'desc' })).toEqual(['d5', 'd4', 'd3', 'd2', 'd1']);
    expect(page({ dir: 'desc' })).toEqual(['d5', 'd4', 'd3', 'd2', 'd1']);
  });

  it('by label both ways, the three "Lab" devices in id order (reversed when descending)', () => {
    const labs = [...byId('d2', 'd3'), 'd5'].sort((a, b) => idOf(a as Name) - idOf(b as Name));
    expect(page({ sort: 'label' })).toEqual(['d4', ...labs, 'd1']);
    expect(page({ sort: 'label', dir: 'desc' })).toEqual(['d1', ...[...labs].reverse(), 'd4']);
  });

  it('by model name both ways, each model by MAC', () => {
    expect(page({ sort: 'model' })).toEqual(['d2', 'd4', 'd5', 'd1', 'd3']);
    expect(page({ sort: 'model', dir: 'desc' })).toEqual(['d3', 'd1', 'd5', 'd4', 'd2']);
  });

  it('by last fetch, newest first on the first click, never-fetched devices last either way', () => {
    const at300 = byId('d1', 'd4');
    const never = byId('d2', 'd5');
    expect(page({ sort: 'lastFetch' })).toEqual([...[...at300].reverse(), 'd3', ...[...never].reverse()]);
    expect(page({ sort: 'lastFetch', dir: 'asc' })).toEqual(['d3', ...at300, ...never]);
  });

  it('pages keep the order: page 1 then page 2 is the whole list, and the REST API lists the same order', () => {
    for (const sort of Object.keys(DEVICE_SORT.columns) as (keyof typeof DEVICE_SORT.columns)[]) {
      for (const dir of ['asc', 'desc'] as const) {
        const all = page({ sort, dir });
        expect([...page({ sort, dir, pageSize: 2 }), ...page({ sort, dir, pageSize: 2, page: 2 }), ...page({ sort, dir, pageSize: 2, page: 3 })]).toEqual(all);
        expect(names(listDevices(db, tenantId, { page: 1, sort, dir }).items)).toEqual(all);
      }
    }
  });

  it('filters and sorting combine', () => {
    expect(page({ q: 'lab', sort: 'lastFetch', dir: 'asc' })).toEqual(['d3', ...byId('d2', 'd5')]);
    expect(page({ sort: 'model', fetched: '1' })).toEqual(['d4', 'd1', 'd3']);
  });
});

describe('the other lists sort on the server (issue 11)', () => {
  it('accounts by extension, SIP user name or display name, both ways', () => {
    const made = [
      { extension: '201', sipUsername: 'zeta', displayName: 'Bruno' },
      { extension: '200', sipUsername: 'alpha', displayName: 'Carla' },
      { extension: '202', sipUsername: 'mike', displayName: 'Bruno' },
    ].map((a) => createAccount(db, tenantId, { ...a, authUsername: a.sipUsername, sipPassword: 'Secret-Pass-123' }));
    const ext = (params: object) => listAccountPage(db, tenantId, { page: 1, q: '20', ...params }).items.map((a) => a.extension);
    expect(ext({})).toEqual(['200', '201', '202']);
    expect(ext({ dir: 'desc' })).toEqual(['202', '201', '200']);
    expect(ext({ sort: 'sipUsername' })).toEqual(['200', '202', '201']);
    // Two "Bruno": id order, reversed when descending.
    expect(ext({ sort: 'displayName' })).toEqual(['201', '202', '200']);
    expect(ext({ sort: 'displayName', dir: 'desc' })).toEqual(['200', '202', '201']);
    const mine = new Set(made.map((a) => a.id));
    expect(
      listAccounts(db, tenantId, { column: 'sipUsername', dir: 'desc' })
        .filter((a) => mine.has(a.id))
        .map((a) => a.extension),
    ).toEqual(['201', '202', '200']);
  });

  it('generated files by name or by generation time (newest first on the first click)', () => {
    const when = { d1: 30, d2: 10, d3: 20, d4: 20, d5: 40 };
    for (const [name, s] of Object.entries(when))
      db.$client.prepare('UPDATE generated_files SET generated_at = ? WHERE device_id = ?').run(1_700_000_000 + s, idOf(name as Name));
    const owners = (rows: { device: { id: number } | null }[]) => rows.flatMap((r) => (r.device ? [ids.get(r.device.id)] : []));
    const files = (params: object) => owners(listFilePage(db, tenantId, { page: 1, q: '0c1105', ...params }).items);
    // Names differ by model (their file-name rules): byte order of the names, as SQLite compares them.
    const byName = listFilePage(db, tenantId, { page: 1, q: '0c1105' })
      .items.map((f) => [f.fileName, ids.get(f.device!.id)] as const)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([, name]) => name);
    expect(new Set(byName)).toEqual(new Set(['d1', 'd2', 'd3', 'd4', 'd5']));
    expect(files({})).toEqual(byName);
    expect(files({ dir: 'desc' })).toEqual([...byName].reverse());
    expect(files({ sort: 'generatedAt' })).toEqual(['d5', 'd1', ...byId('d3', 'd4').reverse(), 'd2']);
    expect(files({ sort: 'generatedAt', dir: 'asc' })).toEqual(['d2', ...byId('d3', 'd4'), 'd1', 'd5']);
    const rest = listFiles(db, tenantId, { column: 'generatedAt', dir: 'asc' }).flatMap((f) =>
      f.deviceId && ids.has(f.deviceId) ? [ids.get(f.deviceId)] : [],
    );
    expect(rest).toEqual(['d2', ...byId('d3', 'd4'), 'd1', 'd5']);
  });

  it('audit entries newest first, or oldest first with dir=asc, ties by id', () => {
    const entries = (dir?: SortDir) => listAuditLog(db, auditScopeOf(db, tenantId), { page: 1, pageSize: 500, dir }).items;
    const newest = entries();
    expect(newest.length).toBeGreaterThan(5);
    expect(newest.map((e) => [e.at, e.id])).toEqual(newest.map((e) => [e.at, e.id]).sort(([a1, i1], [a2, i2]) => a2 - a1 || i2 - i1));
    expect(entries('asc').map((e) => e.id)).toEqual(newest.map((e) => e.id).reverse());
  });

  it('unknown devices by last seen (newest first by default) or by MAC', () => {
    const seen = { '0c11050000a1': 3, '0c11050000a2': 1, '0c11050000a3': 2 };
    for (const [mac, s] of Object.entries(seen)) {
      const at = Date.UTC(2026, 0, 1) + s * 1000;
      recordFetch(db, { at, channel: 'http', tenantId, fileName: `${mac}.cfg`, clientIp: '192.0.2.9', userAgent: null, status: 404, deviceId: null });
    }
    flushFetchLog();
    const macs = (params: object) => listUnknownDevicePage(db, tenantId, { page: 1, q: '0c11050000a', ...params }).items.map((u) => u.mac.slice(-2));
    expect(macs({})).toEqual(['a1', 'a3', 'a2']);
    expect(macs({ dir: 'asc' })).toEqual(['a2', 'a3', 'a1']);
    expect(macs({ sort: 'mac' })).toEqual(['a1', 'a2', 'a3']);
    expect(macs({ sort: 'mac', dir: 'desc' })).toEqual(['a3', 'a2', 'a1']);
  });
});

/** A drizzle handle on the same connection that keeps every statement it runs, to EXPLAIN them. */
function recording() {
  const statements: { sql: string; params: unknown[] }[] = [];
  const logged = drizzle(db.$client, { schema, logger: { logQuery: (sql, params) => statements.push({ sql, params }) } }) as unknown as Db;
  return { logged, statements };
}

/** Every sort of a list, both ways. */
const everySort = (spec: SortSpec) => Object.keys(spec.columns).flatMap((sort) => (['asc', 'desc'] as SortDir[]).map((dir) => ({ sort, dir })));

describe('no sort reads the whole tenant into a sorter (100,000 devices stay fast)', () => {
  const lists: [string, SortSpec, (d: Db, params: never) => unknown][] = [
    ['devices', DEVICE_SORT, (d, p) => listDevicePage(d, tenantId, p)],
    ['accounts', ACCOUNT_SORT, (d, p) => listAccountPage(d, tenantId, p)],
    ['files', FILE_SORT, (d, p) => listFilePage(d, tenantId, p)],
    ['unknown devices', UNKNOWN_DEVICE_SORT, (d, p) => listUnknownDevicePage(d, tenantId, p)],
    ['audit log (default tenant, with the entries of no tenant)', AUDIT_SORT, (d, p) => listAuditLog(d, auditScopeOf(db, tenantId), p)],
    [
      'audit log (a filtered tenant)',
      AUDIT_SORT,
      (d, p) => listAuditLog(d, { tenantId, withUnscoped: false }, { ...(p as object), entity: 'device' } as never),
    ],
  ];
  it.each(lists)('%s: the paged query walks an index in the asked order', (_name, spec, list) => {
    for (const params of everySort(spec)) {
      const { logged, statements } = recording();
      list(logged, { page: 1, ...params } as never);
      const paged = statements.filter((s) => / limit \?/i.test(s.sql) && / order by /i.test(s.sql));
      expect(paged, JSON.stringify(params)).toHaveLength(1);
      const plan = (db.$client.prepare(`EXPLAIN QUERY PLAN ${paged[0].sql}`).all(...paged[0].params) as { detail: string }[]).map((r) => r.detail);
      expect(plan.join(' | '), `${JSON.stringify(params)} → ${resolveSort(spec, params).column}`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
    }
  });
});
