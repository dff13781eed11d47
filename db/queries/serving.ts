import type { Statement } from 'better-sqlite3';
import type { Db } from '@/db/client';

/** What the serving path needs of a generated file. */
export type ServedFileRow = { id: number; tenantId: number; body: string; sha256: string; contentType: string; deviceId: number | null };

type ServingStatements = {
  file: Statement<[number, string], ServedFileRow>;
  tenantByUuid: Statement<[string], { id: number }>;
  defaultTenant: Statement<[], { id: number }>;
};
const cache = new WeakMap<Db, ServingStatements>();

// Prepared once per database: every phone request runs these, never a query builder.
function statements(db: Db): ServingStatements {
  let s = cache.get(db);
  if (!s) {
    s = {
      // Two indexed lookups: a join lets the planner scan generated_files.
      file: db.$client.prepare(
        'SELECT id, tenant_id AS tenantId, body, sha256, content_type AS contentType, device_id AS deviceId FROM generated_files WHERE tenant_id = ? AND file_name = ?',
      ),
      tenantByUuid: db.$client.prepare('SELECT id FROM tenants WHERE uuid = ?'),
      defaultTenant: db.$client.prepare('SELECT id FROM tenants WHERE is_default = 1'),
    };
    cache.set(db, s);
  }
  return s;
}

/** The tenant a provisioning path names: its UUID directory, or the default tenant at the root. */
export const servingTenantId = (db: Db, tenantUuid: string | null): number | null =>
  (tenantUuid ? statements(db).tenantByUuid.get(tenantUuid) : statements(db).defaultTenant.get())?.id ?? null;

export const servedFile = (db: Db, tenantId: number, fileName: string): ServedFileRow | undefined => statements(db).file.get(tenantId, fileName);
