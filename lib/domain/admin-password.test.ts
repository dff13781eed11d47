import { describe, expect, it } from 'vitest';
import { getDevice } from '@/db/queries/devices';
import { listDeviceModels } from '@/db/queries/device-models';
import { listTemplates } from '@/db/queries/templates';
import { freshDatabase, filesOf } from '@/lib/test-db';
import { createDevice } from './devices';
import { updatePbxSettings } from './pbx';

describe("a phone's web interface is never left open", () => {
  it('a device created without an admin password gets a random one (told once), or the tenant default', async () => {
    const { db, tenantId } = await freshDatabase();
    const model = listDeviceModels(db, tenantId).find((m) => m.name === 'Yealink T4x')!;
    const make = (mac: string, extra: Record<string, unknown> = {}) =>
      createDevice(db, tenantId, { mac, modelId: model.id, templateId: listTemplates(db, tenantId, model.id)[0].id, ...extra });

    const first = make('001565ad0001');
    const second = make('001565ad0002');
    expect(first.generatedAdminPassword).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(second.generatedAdminPassword).not.toBe(first.generatedAdminPassword);
    expect(getDevice(db, tenantId, first.id)?.adminPassword).toBe(first.generatedAdminPassword);
    expect(filesOf(db, tenantId)['001565ad0001.cfg'].body).toContain(`static.security.user_password = admin:${first.generatedAdminPassword}`);

    expect(make('001565ad0003', { adminPassword: 'Typed-Pass-1' })).not.toHaveProperty('generatedAdminPassword');
    updatePbxSettings(db, tenantId, { defaultAdminPassword: 'Tenant-Default-9' });
    const withDefault = make('001565ad0004');
    expect(withDefault).not.toHaveProperty('generatedAdminPassword');
    expect(withDefault.adminPassword).toBe('Tenant-Default-9');
    // Left out of a later update, the default is kept (write-only, like every secret).
    updatePbxSettings(db, tenantId, { resyncIntervalMinutes: 60 });
    expect(make('001565ad0005').adminPassword).toBe('Tenant-Default-9');
  });
});
