import { createHash } from 'node:crypto';
import { beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { createAccount } from '@/lib/domain/accounts';
import { fuzzCases, fuzzSeed, jsonBody, type Json, replayHint, seededRng, type Rng } from '@/lib/fuzz-support';
import { freshDatabase } from '@/lib/test-db';
import { collectionHandlers, itemHandlers } from './handlers';
import { pbxSettingsHandlers, tenantCollectionHandlers, tenantItemHandlers } from './singletons';

// Issue 12, tests: a seeded fuzz pass over /api/v1 writes with real Requests and a real SQLite file. Bodies are
// valid ones with fields changed, dropped or added, any JSON value, broken JSON and bytes that are not UTF-8.
// Never a 5xx; every refusal a 4xx with a message, and nothing written; after every accepted write, every
// device still has its file.

let db: Db;
let tenantId: number;
const sql = <T>(query: string, ...params: unknown[]) => db.$client.prepare(query).all(...params) as T[];

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
});

const TABLES = [
  'tenants',
  'pbx_settings',
  'brands',
  'filename_rules',
  'device_models',
  'templates',
  'placeholders',
  'accounts',
  'devices',
  'device_lines',
  'generated_files',
];

/**
 * Everything a write could touch, as one digest computed in SQLite: per table the row count and, per column,
 * the short values in order and the total length of the long ones (template and file bodies).
 */
let digestQuery = '';
const snapshot = () => {
  digestQuery ||= TABLES.map((table) => {
    const columns = sql<{ name: string }>(`PRAGMA table_info(${table})`).map((c) => `"${c.name}"`);
    const parts = columns.map((c) => `group_concat(CASE WHEN length(${c}) < 256 THEN quote(${c}) ELSE length(${c}) END, ',')`);
    return `SELECT '${table}' AS t, count(*) AS n, ${parts.join(" || '|' || ")} AS v FROM (SELECT * FROM ${table} ORDER BY rowid)`;
  }).join(' UNION ALL ');
  return createHash('sha256')
    .update(JSON.stringify(sql(digestQuery)))
    .digest('hex');
};

const devicesWithoutFile = () =>
  sql<{ id: number }>('SELECT id FROM devices d WHERE NOT EXISTS (SELECT 1 FROM generated_files f WHERE f.device_id = d.id)').map((r) => r.id);

const headers = () => ({ Authorization: `Bearer ${process.env.PROVISIO_API_TOKEN}`, 'Content-Type': 'application/json', 'Accept-Language': 'en' });
const url = (path: string) => `http://localhost/api/v1/${path}`;
const write = (method: string, path: string, body: Buffer) => new Request(url(path), { method, headers: headers(), body: new Uint8Array(body) });

type Target = {
  name: string;
  valid: (n: number) => Record<string, Json>;
  create?: (r: Request) => Promise<Response>;
  update: (r: Request, id: string) => Promise<Response>;
  ids: () => number[];
};

function targets(): Target[] {
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const templateId = listTemplates(db, tenantId, model.id)[0].id;
  const account = createAccount(db, tenantId, { extension: '100', sipUsername: 'u100', sipPassword: 'pw-100' });
  const ids = (table: string) => () => sql<{ id: number }>(`SELECT id FROM ${table}`).map((r) => r.id);
  const resource = (name: string, table: string, valid: Target['valid']): Target => ({
    name,
    valid,
    create: collectionHandlers(name).POST,
    update: (r, id) => itemHandlers(name)[r.method as 'PATCH' | 'PUT'](r, id),
    ids: ids(table),
  });
  const hex = (n: number) => n.toString(16).padStart(6, '0');
  return [
    resource('accounts', 'accounts', (n) => ({ extension: `5${n}`, sipUsername: `user${n}`, sipPassword: `pw-${n}`, displayName: `Desk ${n}` })),
    resource('devices', 'devices', (n) => ({ mac: `001565${hex(n)}`, modelId: model.id, templateId, lines: [account.id], label: `Phone ${n}` })),
    resource('templates', 'templates', (n) => ({ name: `Fuzz ${n}`, modelId: model.id, format: 'text', body: `account.1.label = %%_FUZZ%%\nn = ${n}\n` })),
    resource('device-models', 'device_models', (n) => ({
      name: `Model ${n}`,
      brandId: model.brandId,
      filenameRuleId: model.filenameRuleId,
      commonFiles: [{ fileName: `common${n}.cfg`, body: 'x = 1\n' }],
    })),
    resource('placeholders', 'placeholders', (n) => ({ name: `FUZZ${n}`, kind: 'static', value: `v${n}` })),
    {
      name: 'tenants',
      valid: (n) => ({ name: `Site ${n}` }),
      create: tenantCollectionHandlers().POST,
      update: (r, id) => tenantItemHandlers()[r.method as 'PATCH' | 'PUT'](r, id),
      ids: ids('tenants'),
    },
    {
      name: 'pbx-settings',
      valid: (n) => ({ host: 'pbx.test', sipUdpPort: 5060 + (n % 10), sipTransport: 'udp', timeZone: 'Europe/Rome', resyncIntervalMinutes: 1440 }),
      update: (r) => pbxSettingsHandlers()[r.method as 'PATCH' | 'PUT'](r),
      ids: () => [1],
    },
  ];
}

async function oneCase(rng: Rng, target: Target, n: number) {
  const body = jsonBody(rng, target.valid(n));
  const creating = target.create && rng.chance(0.6);
  const existing = target.ids();
  const id = rng.chance(0.85) && existing.length ? String(rng.pick(existing)) : rng.pick(['0', '999999', '-1', '1.5', 'abc', '9007199254740993']);
  const method = rng.pick(['PATCH', 'PUT']);
  const request = creating ? write('POST', target.name, body) : write(method, `${target.name}/${id}`, body);
  const response = creating ? await target.create!(request) : await target.update(request, id);
  return { response, body, what: `${creating ? 'POST' : method} ${target.name}${creating ? '' : `/${id}`} ${body.toString('latin1').slice(0, 300)}` };
}

describe('API write fuzz (issue 12)', () => {
  it('answers random bodies for every writable resource with 2xx or a 4xx with a message, and keeps the database consistent', async () => {
    const seed = fuzzSeed();
    onTestFailed(() => console.error(replayHint('API fuzz', seed)));
    const rng = seededRng(seed);
    const all = targets();
    const outcomes = new Map<string, number>();
    let before = snapshot();
    for (let n = 0, cases = fuzzCases(1000); n < cases; n++) {
      const target = rng.pick(all);
      const { response, what } = await oneCase(rng, target, n);
      outcomes.set(`${target.name} ${response.status}`, (outcomes.get(`${target.name} ${response.status}`) ?? 0) + 1);
      expect(response.status, what).toBeLessThan(500);
      if (response.status >= 400) {
        const answer = (await response.json()) as { error?: unknown; message?: unknown };
        expect(typeof answer.error, `no error code: ${what}`).toBe('string');
        expect(answer.message, `no message: ${what}`).toEqual(expect.any(String));
        expect(snapshot(), `a refused write changed the database: ${what}`).toBe(before);
      } else {
        expect(devicesWithoutFile(), `a device without its file after ${what}`).toEqual([]);
        before = snapshot();
      }
    }
    expect(sql('PRAGMA foreign_key_check')).toEqual([]);
    expect(sql<{ integrity_check: string }>('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
    const accepted = [...outcomes].filter(([k]) => / 2\d\d$/.test(k)).reduce((a, [, v]) => a + v, 0);
    expect(accepted, JSON.stringify(Object.fromEntries(outcomes))).toBeGreaterThan(0);
  }, 60_000);
});
