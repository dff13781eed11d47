import { asc, count, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, devices, generatedFiles, tenants } from '@/db/schema';

export type Tenant = typeof tenants.$inferSelect;

export const listTenants = (db: DbOrTx) => db.select().from(tenants).orderBy(asc(tenants.id)).all();

export const getTenant = (db: DbOrTx, id: number): Tenant | undefined => db.select().from(tenants).where(eq(tenants.id, id)).get();

export const getDefaultTenant = (db: DbOrTx): Tenant | undefined => db.select().from(tenants).where(eq(tenants.isDefault, true)).get();

export const getTenantByUuid = (db: DbOrTx, uuid: string): Tenant | undefined => db.select().from(tenants).where(eq(tenants.uuid, uuid)).get();

export const tenantIdHoldingName = (db: DbOrTx, name: string) => db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, name)).get()?.id;

/** A row of the tenants page: where its phones fetch their files, and how much it holds (what deleting it removes). */
export type TenantRow = {
  id: number;
  uuid: string;
  name: string;
  isDefault: boolean;
  deviceCount: number;
  fileCount: number;
  accountCount: number;
  provisioningPath: string;
};

/** The path phones of the tenant use: the root for the default tenant, its UUID directory otherwise. */
export const provisioningPath = (tenant: { uuid: string; isDefault: boolean }) => (tenant.isDefault ? '/provisioning/' : `/provisioning/${tenant.uuid}/`);

/** Rows per tenant of a table with a tenant id. */
const countsByTenant = (db: DbOrTx, table: typeof devices | typeof generatedFiles | typeof accounts) =>
  new Map(
    db
      .select({ id: table.tenantId, n: count() })
      .from(table)
      .groupBy(table.tenantId)
      .all()
      .map((r) => [r.id, r.n]),
  );

/** Every tenant, the default one first, with its device, file and account counts. */
export function listTenantRows(db: DbOrTx): TenantRow[] {
  const [deviceCounts, fileCounts, accountCounts] = [devices, generatedFiles, accounts].map((table) => countsByTenant(db, table));
  return db
    .select({ id: tenants.id, uuid: tenants.uuid, name: tenants.name, isDefault: tenants.isDefault })
    .from(tenants)
    .orderBy(asc(tenants.id))
    .all()
    .map((row) => ({
      ...row,
      deviceCount: deviceCounts.get(row.id) ?? 0,
      fileCount: fileCounts.get(row.id) ?? 0,
      accountCount: accountCounts.get(row.id) ?? 0,
      provisioningPath: provisioningPath(row),
    }))
    .sort((a, b) => Number(b.isDefault) - Number(a.isDefault));
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
