import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '@/db/client';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { devices, generatedFiles } from '@/db/schema';
import { createDevice } from '@/lib/domain/devices';
import { createApiToken } from '@/lib/domain/users';
import { freshDatabase } from '@/lib/test-db';
import { startFetchServer } from '@/lib/test-fetch-server';
import { deviceBulkHandlers } from './device-bulk';
import { exportCsv } from './csv-export';

// Issue 11: POST /api/v1/devices/bulk over real HTTP (dry run, apply, refusals in the caller's language, roles) and the
// CSV export of picked rows.

let db: Db;
let tenantId: number;
let server: Awaited<ReturnType<typeof startFetchServer>>;
let url: string;
let viewer: string;
let ids: number[];
const owner = () => process.env.PROVISIO_API_TOKEN!;

beforeAll(async () => {
  ({ db, tenantId } = await freshDatabase());
  viewer = createApiToken(db, { name: 'viewer', role: 'viewer', tenantIds: [tenantId] }).token;
  const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
  const templateId = listTemplates(db, tenantId, model.id)[0].id;
  ids = ['001565d00001', '001565d00002', '001565d00003'].map(
    (mac, i) => createDevice(db, tenantId, { mac, label: i < 2 ? `Bulk ${i}` : 'Other', modelId: model.id, templateId }).id,
  );
  server = await startFetchServer(deviceBulkHandlers().POST);
  url = `${server.origin}/api/v1/devices/bulk`;
});
afterAll(() => server.close());

async function post(query: string, body: unknown, { token = owner(), language = 'en' } = {}) {
  const response = await fetch(`${url}${query}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept-Language': language },
    body: JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

const enabled = () =>
  db
    .select({ isEnabled: devices.isEnabled })
    .from(devices)
    .orderBy(devices.id)
    .all()
    .map((d) => d.isEnabled);
const fileCount = () => db.select().from(generatedFiles).where(eq(generatedFiles.tenantId, tenantId)).all().length;
const disableBulk = { target: { kind: 'filter', filter: { q: 'Bulk' } }, action: { type: 'disable' } };

describe('POST /api/v1/devices/bulk', () => {
  it('dry run answers the counts and writes nothing; the apply then does exactly that', async () => {
    const files = fileCount();
    const dry = await post('?dryRun=true', disableBulk);
    expect(dry).toMatchObject({
      status: 200,
      body: { dryRun: true, applied: false, targeted: 2, affected: 2, files: { created: 0, changed: 0, removed: 2 }, refusal: null },
    });
    expect(enabled()).toEqual([true, true, true]);
    expect(fileCount()).toBe(files);
    const applied = await post('', disableBulk);
    expect(applied).toMatchObject({ status: 200, body: { applied: true, targeted: 2, affected: 2, files: { removed: 2 } } });
    expect(enabled()).toEqual([false, false, true]);
    expect(fileCount()).toBe(files - 2);
  });

  it('a refusal comes in the caller’s language: in the dry run as data, on apply as the error', async () => {
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T5x')!;
    const otherTemplate = listTemplates(db, tenantId, listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!.id)[0];
    const body = { target: { kind: 'ids', ids }, action: { type: 'model', modelId: model.id, templateId: otherTemplate.id } };
    const dry = await post('?dryRun=true', body, { language: 'it' });
    expect(dry.status).toBe(200);
    expect(dry.body.refusal).toEqual({
      error: 'device.templateOfOtherModel',
      field: 'templateId',
      message: `Il template ${otherTemplate.name} appartiene a un altro modello.`,
    });
    const applied = await post('', body);
    expect(applied).toMatchObject({ status: 400, body: { error: 'device.templateOfOtherModel', fields: { templateId: [expect.any(String)] } } });
  });

  it('invalid input is a 400 with the field; a viewer token is refused', async () => {
    expect(await post('', { target: { kind: 'ids', ids }, action: { type: 'vlan', vlanId: 9999 } })).toMatchObject({
      status: 400,
      body: { fields: { 'action.vlanId': [expect.stringContaining('4094')] } },
    });
    expect((await post('', disableBulk, { token: viewer })).status).toBe(403);
    expect((await post('?dryRun=true', disableBulk, { token: viewer })).status).toBe(403);
  });
});

describe('CSV export of picked rows', () => {
  it('exports only the ids given, inside the tenant; malformed ids export nothing rather than everything', () => {
    const macs = (params: string) =>
      exportCsv('devices', db, tenantId, new URLSearchParams(params), false)
        .csv.split(/\r\n/)
        .slice(1)
        .filter(Boolean)
        .map((line) => line.split(',')[0].replaceAll('"', ''));
    expect(macs(`ids=${ids[0]},${ids[2]}`)).toEqual(['00:15:65:D0:00:01', '00:15:65:D0:00:03']);
    expect(macs(`ids=${ids[0]}&q=Other`)).toEqual(['00:15:65:D0:00:01']);
    expect(macs('ids=abc')).toEqual([]);
    expect(macs('')).toHaveLength(3);
  });
});
