import { describe, expect, it } from 'vitest';
import { dashboardCounts } from '@/db/queries/dashboard';
import { deviceSync, listDevicePage } from '@/db/queries/devices';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { flushFetchLog } from '@/lib/provisioning/fetch-log';
import { serveProvisioningFile } from '@/lib/provisioning/serve';
import { freshDatabase } from '@/lib/test-db';
import { createDevice, updateDevice } from './devices';

describe('is the phone in step with its file?', () => {
  it('unknown before the first fetch, in sync after it, pending after a change, in sync again after the next fetch', async () => {
    const { db, tenantId } = await freshDatabase();
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
    const device = createDevice(db, tenantId, {
      mac: '001565abcd99',
      modelId: model.id,
      templateId: listTemplates(db, tenantId, model.id)[0].id,
      label: 'Desk',
    });
    const fetch = () => {
      expect(serveProvisioningFile(db, { path: '001565abcd99.cfg', channel: 'http', clientIp: '192.0.2.9', userAgent: null }).status).toBe(200);
      flushFetchLog();
    };
    const row = () => listDevicePage(db, tenantId, { q: '001565abcd99', page: 1 }).items[0];
    const pendingFilter = (pending: '1' | '0') => listDevicePage(db, tenantId, { q: '001565abcd99', page: 1, pending }).total;

    expect(row().sync).toBeNull();
    fetch();
    expect(row().sync).toEqual({ state: 'in-sync' });
    expect([pendingFilter('1'), pendingFilter('0')]).toEqual([0, 1]);

    updateDevice(db, tenantId, device.id, { adminPassword: 'Changed-Admin-1' });
    expect(row().sync).toMatchObject({ state: 'pending', changedAt: expect.any(Number) });
    expect(deviceSync(db, device.id)).toMatchObject({ state: 'pending' });
    expect([pendingFilter('1'), pendingFilter('0')]).toEqual([1, 0]);
    expect(dashboardCounts(db, tenantId).pendingChanges).toBe(1);

    fetch();
    expect(row().sync).toEqual({ state: 'in-sync' });
    expect(dashboardCounts(db, tenantId).pendingChanges).toBe(0);
  });
});
