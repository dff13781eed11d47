import { and, count, desc, eq, gte, lte, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { auditLog } from '@/db/schema';
import { type AuditLogParams, auditWindow } from '@/lib/validation/audit-log';
import { AUDIT_SORT, resolveSort } from '@/lib/validation/list-params';
import { byDir, type Page, pageWindow } from './paging';
import { getTenant } from './tenants';

export type AuditRow = Omit<typeof auditLog.$inferSelect, 'at'> & { at: number };

/** Whose entries a reader sees: a tenant's, plus the entries of no tenant (users, sign-ins) when `withUnscoped`. */
export type AuditScope = { tenantId: number; withUnscoped: boolean; timeZone?: string };

function where(scope: AuditScope, params: Omit<AuditLogParams, 'page' | 'pageSize'>): SQL | undefined {
  const { fromMs, toMs } = auditWindow(params, scope.timeZone);
  return and(
    // Not `tenant_id = ? OR tenant_id IS NULL`: SQLite would search both and sort every match (~100 ms a page at 200,000
    // entries); as one expression it walks audit_log_at_idx in the asked order and stops at the page (~2 ms).
    scope.withUnscoped ? sql`ifnull(${auditLog.tenantId}, ${scope.tenantId}) = ${scope.tenantId}` : eq(auditLog.tenantId, scope.tenantId),
    params.actor ? eq(auditLog.actorName, params.actor) : undefined,
    params.entity ? eq(auditLog.entity, params.entity) : undefined,
    fromMs !== undefined ? gte(auditLog.at, new Date(fromMs)) : undefined,
    toMs !== undefined ? lte(auditLog.at, new Date(toMs)) : undefined,
  );
}

const asRow = ({ at, ...rest }: typeof auditLog.$inferSelect): AuditRow => ({ ...rest, at: at.getTime() });

/** One page of entries, newest first unless asked (`dir=asc`). */
export function listAuditLog(db: DbOrTx, scope: AuditScope, params: AuditLogParams): Page<AuditRow> {
  const filter = where(scope, params);
  const by = byDir(resolveSort(AUDIT_SORT, params).dir);
  const total = db.select({ n: count() }).from(auditLog).where(filter).get()?.n ?? 0;
  const { page, pageSize, offset } = pageWindow(params, total);
  const items = db.select().from(auditLog).where(filter).orderBy(by(auditLog.at), by(auditLog.id)).limit(pageSize).offset(offset).all().map(asRow);
  return { items, total, page, pageSize };
}

/** Most entries one CSV export holds (newest first): a bigger window is narrowed with the date filters. */
export const MAX_EXPORT_ROWS = 100_000;

/** Every entry the filters select, newest first, for the CSV export. */
export const auditLogForExport = (db: DbOrTx, scope: AuditScope, params: Omit<AuditLogParams, 'page' | 'pageSize'>): AuditRow[] =>
  db.select().from(auditLog).where(where(scope, params)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(MAX_EXPORT_ROWS).all().map(asRow);

/** The names of everyone with an entry in scope, for the "who" filter. */
export const auditActors = (db: DbOrTx, scope: AuditScope): string[] =>
  db
    .selectDistinct({ name: auditLog.actorName })
    .from(auditLog)
    .where(where(scope, {}))
    .orderBy(auditLog.actorName)
    .all()
    .map((row) => row.name);

/**
 * A tenant's entries; the default tenant also sees those of no tenant (as with the fetch log). Days in the filters are
 * `timeZone` days (the console passes the PBX's zone, in which it shows times; the API's days are UTC).
 */
export const auditScopeOf = (db: DbOrTx, tenantId: number, timeZone = 'UTC'): AuditScope => ({
  tenantId,
  withUnscoped: getTenant(db, tenantId)?.isDefault ?? false,
  timeZone,
});

/** One entry of the tenant's scope. */
export function getAuditEntry(db: DbOrTx, tenantId: number, id: number): AuditRow | undefined {
  const row = db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.id, id), where(auditScopeOf(db, tenantId), {})))
    .get();
  return row && asRow(row);
}
