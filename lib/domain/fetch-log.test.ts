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
});
