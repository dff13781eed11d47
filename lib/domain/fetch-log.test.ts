import { describe, expect, it } from 'vitest';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { createDevice, deleteDevice } from '@/lib/domain/devices';
import { freshDatabase } from '@/lib/test-db';
import { flushFetchLog, recordFetch } from '@/lib/provisioning/fetch-log';

describe('the fetch log', () => {
  it('keeps a fetch whose device was deleted before the batch was written, without the link', async () => {
    const { db, tenantId } = await freshDatabase();
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
    const device = createDevice(db, tenantId, { mac: '001565abcdef', modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id });
    recordFetch(db, {
      at: Date.now(),
      channel: 'http',
      tenantId,
      fileName: '001565abcdef.cfg',
      clientIp: '192.0.2.7',
      userAgent: null,
      status: 200,
      deviceId: device.id,
    });
    deleteDevice(db, tenantId, device.id);
    flushFetchLog();
    expect(db.$client.prepare("SELECT device_id AS deviceId, status FROM fetch_log WHERE file_name = '001565abcdef.cfg'").all()).toEqual([
      { deviceId: null, status: 200 },
    ]);
  });

  it('keeps the most recent fetch as the last one when records arrive out of order (web workers relay them)', async () => {
    const { db, tenantId } = await freshDatabase();
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
    const device = createDevice(db, tenantId, { mac: '001565abcd01', modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id });
    const now = Date.now();
    const fetch = (at: number, extra: Partial<Parameters<typeof recordFetch>[1]>) =>
      recordFetch(db, { at, channel: 'http', tenantId, fileName: 'x', clientIp: '192.0.2.7', userAgent: null, status: 200, deviceId: null, ...extra });
    // The newer fetch is written first (its worker sent its batch earlier), the older one in a later batch.
    fetch(now, { fileName: '001565abcd01.cfg', deviceId: device.id, sha256: 'b'.repeat(64) });
    fetch(now, { fileName: '001565abcd99.cfg', status: 404, channel: 'tftp', clientIp: '192.0.2.9' });
    flushFetchLog();
    fetch(now - 5_000, { fileName: '001565abcd01.cfg', deviceId: device.id, sha256: 'a'.repeat(64) });
    fetch(now - 5_000, { fileName: '001565abcd99.cfg', status: 404, channel: 'http', clientIp: '192.0.2.8' });
    flushFetchLog();

    expect(db.$client.prepare('SELECT last_fetched_at AS at, last_fetched_sha256 AS sha FROM devices WHERE id = ?').get(device.id)).toEqual({
      at: Math.floor(now / 1000),
      sha: 'b'.repeat(64),
    });
    expect(
      db.$client
        .prepare(
          "SELECT last_channel AS channel, last_ip AS ip, first_seen_at AS first, last_seen_at AS last, count FROM unknown_devices WHERE mac = '001565abcd99'",
        )
        .get(),
    ).toEqual({
      channel: 'tftp',
      ip: '192.0.2.9',
      first: now - 5_000,
      last: now,
      count: 2,
    });
    expect(db.$client.prepare("SELECT count(*) AS n FROM fetch_log WHERE file_name = '001565abcd01.cfg' AND device_id = ?").get(device.id)).toEqual({ n: 2 });
  });
});
