import { asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { devices, tenants } from '@/db/schema';

export type Tenant = typeof tenants.$inferSelect;

export const listTenants = (db: DbOrTx) => db.select().from(tenants).orderBy(asc(tenants.id)).all();

export const getTenant = (db: DbOrTx, id: number): Tenant | undefined => db.select().from(tenants).where(eq(tenants.id, id)).get();

export const getDefaultTenant = (db: DbOrTx): Tenant | undefined => db.select().from(tenants).where(eq(tenants.isDefault, true)).get();

export const getTenantByUuid = (db: DbOrTx, uuid: string): Tenant | undefined => db.select().from(tenants).where(eq(tenants.uuid, uuid)).get();

export const tenantIdHoldingName = (db: DbOrTx, name: string) => db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, name)).get()?.id;

/** A row of the tenants page: where its phones fetch their files, and how many devices it has. */
export type TenantRow = { id: number; uuid: string; name: string; isDefault: boolean; deviceCount: number; provisioningPath: string };

/** The path phones of the tenant use: the root for the default tenant, its UUID directory otherwise. */
export const provisioningPath = (tenant: { uuid: string; isDefault: boolean }) => (tenant.isDefault ? '/provisioning/' : `/provisioning/${tenant.uuid}/`);

/** Every tenant, the default one first, with its device count. */
export function listTenantRows(db: DbOrTx): TenantRow[] {
  const deviceCount = count(devices.id);
  const rows = db
    .select({ id: tenants.id, uuid: tenants.uuid, name: tenants.name, isDefault: tenants.isDefault, deviceCount })
    .from(tenants)
    .leftJoin(devices, eq(devices.tenantId, tenants.id))
    .groupBy(tenants.id)
    .orderBy(asc(tenants.id))
    .all();
  return rows.map((row) => ({ ...row, provisioningPath: provisioningPath(row) })).sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
}

/** What the header's tenant switcher needs. */
export type TenantOption = { uuid: string; name: string; isDefault: boolean };

/** `reachable`: the tenant ids the user may see (null: every tenant, an owner). */
export const tenantOptions = (db: DbOrTx, reachable: readonly number[] | null = null): TenantOption[] =>
  db
    .select({ uuid: tenants.uuid, name: tenants.name, isDefault: tenants.isDefault })
    .from(tenants)
    .where(reachable === null ? undefined : inArray(tenants.id, [...reachable]))
    .orderBy(asc(tenants.id))
    .all();
