import { and, eq, inArray, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db, DbOrTx, Tx } from "@/db/client";
import { deviceLines, deviceModels, devices, templates } from '@/db/schema';
import { regenerate, type RegenerateScope } from '@/lib/provisioning/regenerate';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { conflict, notFound } from './errors';

type TenantTable = SQLiteTable & { id: SQLiteColumn; tenantId: SQLiteColumn };
type NamedTable = TenantTable & { name: SQLiteColumn };

/** Runs a write and the regeneration it implies in one transaction: both happen or neither does. */
export function writeAndRegenerate<T>(db: Db, tenantId: number, write: (tx: Tx) => T, scopeOf: (tx: Tx, result: T) => RegenerateScope | null): T {
  return db.transaction((tx) => {
    const result = write(tx);
    const scope = scopeOf(tx, result);
    if (scope) regenerate(tx, tenantId, scope, serverFacts());
    return result;
  });
}

export function findInTenant<T extends TenantTable>(tx: Tx | Db, table: T, tenantId: number, id: number, entity: string) {
  const row = tx
    .select()
    .from(table as SQLiteTable)
    .where(and(eq(table.id, id), eq(table.tenantId, tenantId)))
    .get();
  if (!row) throw notFound(entity);
  return row as T['$inferSelect'];
}

/** Names are unique per tenant: a clash is a 409 under the name field. `shown` is how the name is displayed. */
export function assertNameFree(tx: DbOrTx, table: NamedTable, tenantId: number, name: string, exceptId?: number, shown = name) {
  const clash = tx
    .select({ id: table.id })
    .from(table as SQLiteTable)
    .where(and(eq(table.tenantId, tenantId), eq(table.name, name)))
    .get() as { id: number } | undefined;
  if (clash && clash.id !== exceptId) throw conflict('name', 'validation:nameTaken', { name: shown });
}

const ids = (rows: { id: number }[]) => ({ deviceIds: rows.map((r) => r.id) });

export function devicesWhere(tx: Tx, tenantId: number, condition: SQL | undefined): RegenerateScope {
  return ids(tx.select({ id: devices.id }).from(devices).where(and(eq(devices.tenantId, tenantId), condition)).all());
}

export const devicesOfTemplate = (tx: Tx, tenantId: number, templateId: number) => devicesWhere(tx, tenantId, eq(devices.templateId, templateId));
export const devicesOfModels = (tx: Tx, tenantId: number, modelIds: number[]) => devicesWhere(tx, tenantId, inArray(devices.modelId, modelIds));

export function devicesOfAccount(tx: Tx, tenantId: number, accountId: number): RegenerateScope {
  const lines = tx.select({ id: deviceLines.deviceId }).from(deviceLines).where(eq(deviceLines.accountId, accountId)).all();
  return devicesWhere(tx, tenantId, inArray(devices.id, lines.map((l) => l.id)));
}

/** Templates whose body mentions any of the custom placeholders %%_NAME%%. */
export function templatesUsing(tx: DbOrTx, tenantId: number, names: string[]) {
  if (names.length === 0) return [];
  return tx
    .select({ id: templates.id, name: templates.name, body: templates.body })
    .from(templates)
    .where(eq(templates.tenantId, tenantId))
    .all()
    .filter((t) => names.some((n) => t.body.includes(`%%_${n}%%`)))
    .map(({ id, name }) => ({ id, name }));
}

export function modelsWithCommonFilesUsing(tx: DbOrTx, tenantId: number, names: string[]) {
  return tx
    .select({ id: deviceModels.id, name: deviceModels.name, commonFiles: deviceModels.commonFiles })
    .from(deviceModels)
    .where(eq(deviceModels.tenantId, tenantId))
    .all()
    .filter((m) => m.commonFiles.some((f) => names.some((n) => f.body.includes(`%%_${n}%%`))));
}

export function devicesUsingPlaceholders(tx: Tx, tenantId: number, names: string[]): RegenerateScope {
  const used = templatesUsing(tx, tenantId, names);
  return devicesWhere(tx, tenantId, inArray(devices.templateId, used.map((t) => t.id)));
}
