import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, deviceLines, deviceModels, devices, templates } from '@/db/schema';
import { getDefaultTenant } from '@/db/queries/tenants';
import { regenerate } from '@/lib/provisioning/regenerate';
import { serverFacts } from '@/lib/provisioning/server-facts';

/** Bulk-loads `count` Yealink devices with one account each into the default tenant, in one transaction. */
export function seedDevices(db: Db, count: number): string[] {
  const tenant = getDefaultTenant(db);
  if (!tenant) throw new Error('bootstrap the database first');
  const model = db
    .select()
    .from(deviceModels)
    .where(and(eq(deviceModels.tenantId, tenant.id), eq(deviceModels.name, 'Yealink T4x')))
    .get();
  const template = model && db.select().from(templates).where(eq(templates.modelId, model.id)).get();
  if (!model || !template) throw new Error('built-in Yealink model missing');
  db.transaction((tx) => {
    for (let i = 0; i < count; i++) {
      const ext = String(10000 + i);
      const account = tx
        .insert(accounts)
        .values({ tenantId: tenant.id, extension: ext, sipUsername: ext, authUsername: ext, sipPassword: `pw-${ext}`, displayName: `User ${ext}` })
        .returning({ id: accounts.id })
        .get();
      const mac = `805ec0${i.toString(16).padStart(6, '0')}`;
      const device = tx
        .insert(devices)
        .values({ tenantId: tenant.id, mac, modelId: model.id, templateId: template.id, adminPassword: 'admin-pw' })
        .returning({ id: devices.id })
        .get();
      tx.insert(deviceLines).values({ deviceId: device.id, position: 1, accountId: account.id }).run();
    }
    regenerate(tx, tenant.id, 'all', serverFacts());
  });
  return Array.from({ length: count }, (_, i) => `805ec0${i.toString(16).padStart(6, '0')}.cfg`);
}
