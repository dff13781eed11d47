import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getTenant, type Tenant, tenantIdHoldingName } from '@/db/queries/tenants';
import { deviceModels, devices, pbxSettings, placeholders, templates, tenants } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, DomainError, found } from '@/lib/errors';
import { publicHost } from '@/lib/env';
import { tenantSchema } from '@/lib/validation/entities';
import { tenantDeleteSchema } from '@/lib/validation/tenant-delete';
import { syncBuiltIns } from './built-ins';
import { writeAndRegenerate } from './support';

function assertNameFree(db: Db, name: string, exceptId?: number) {
  const holder = tenantIdHoldingName(db, name);
  if (holder !== undefined && holder !== exceptId) throw conflict('name', 'validation:nameTaken', { name });
}

/** A new tenant starts with the PBX defaults and the built-in catalogue. */
export function createTenant(db: Db, input: unknown, options: { isDefault?: boolean } = {}): Tenant {
  const { name } = tenantSchema.parse(input);
  assertNameFree(db, name);
  return db.transaction((tx) => {
    const tenant = tx
      .insert(tenants)
      .values({ uuid: randomUUID(), name, isDefault: options.isDefault ?? false })
      .returning()
      .get();
    const host = publicHost();
    tx.insert(pbxSettings).values({ tenantId: tenant.id, host, sipDomain: host }).run();
    syncBuiltIns(tx, tenant.id);
    recordAudit(tx, {
      tenantId: tenant.id,
      entity: 'tenant',
      entityId: tenant.id,
      label: tenant.name,
      action: 'create',
      after: { name: tenant.name, isDefault: tenant.isDefault },
    });
    return tenant;
  });
}

export function updateTenant(db: Db, id: number, patch: Record<string, unknown>): Tenant {
  const current = found(getTenant(db, id), 'tenant');
  const { name } = tenantSchema.parse({ ...current, ...patch });
  assertNameFree(db, name, id);
  return writeAndRegenerate(
    db,
    id,
    (tx) => {
      const tenant = tx.update(tenants).set({ name }).where(eq(tenants.id, id)).returning().get();
      recordAudit(tx, { tenantId: id, entity: 'tenant', entityId: id, label: name, action: 'update', before: { name: current.name }, after: { name } });
      return tenant;
    },
    () => 'all',
  );
}

/** Deletes a tenant and everything it owns; the default tenant stays. */
export function deleteTenant(db: Db, id: number): void {
  const current = found(getTenant(db, id), 'tenant');
  if (current.isDefault) throw conflict(null, 'validation:tenant.defaultUndeletable');
  // Children first: devices, placeholders and templates restrict the rows they point at.
  db.transaction((tx) => {
    for (const table of [devices, placeholders, templates, deviceModels]) tx.delete(table).where(eq(table.tenantId, id)).run();
    tx.delete(tenants).where(eq(tenants.id, id)).run();
    recordAudit(tx, { tenantId: id, entity: 'tenant', entityId: id, label: current.name, action: 'delete' });
  });
}

/** The console's deletion: the admin must have typed the tenant's exact name (`confirmName`), else nothing is deleted. */
export function deleteTenantConfirmed(db: Db, id: number, input: unknown): void {
  const { confirmName } = tenantDeleteSchema.parse(input);
  const current = found(getTenant(db, id), 'tenant');
  if (confirmName !== current.name) throw new DomainError(422, 'validation:tenant.confirmNameMismatch', 'confirmName', { name: current.name });
  deleteTenant(db, id);
}
