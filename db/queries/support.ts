import { and, eq } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { DbOrTx } from '@/db/client';

type TenantTable = SQLiteTable & { id: SQLiteColumn; tenantId: SQLiteColumn };
type NamedTable = TenantTable & { name: SQLiteColumn };

/** The row with this id when it belongs to the tenant; undefined otherwise (the tenant check of every read by id). */
export function rowInTenant<T extends TenantTable>(db: DbOrTx, table: T, tenantId: number, id: number): T['$inferSelect'] | undefined {
  return db
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.tenantId, tenantId)))
    .get() as T['$inferSelect'] | undefined;
}

/** The id of the tenant's row holding `name`, if any: names are unique per tenant. */
export function idHoldingName(db: DbOrTx, table: NamedTable, tenantId: number, name: string): number | undefined {
  const row = db
    .select({ id: table.id })
    .from(table as SQLiteTable)
    .where(and(eq(table.tenantId, tenantId), eq(table.name, name)))
    .get() as { id: number } | undefined;
  return row?.id;
}
