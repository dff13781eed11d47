import type { Statement } from 'better-sqlite3';
import type { Db } from '@/db/client';

/** What the serving path needs of a generated file. */
export type ServedFileRow = {
  id: number;
  tenantId: number;
  fileName: string;
  macStart: number | null;
  macEnd: number | null;
  body: string;
  sha256: string;
  contentType: string;
  deviceId: number | null;
};

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
      // Two indexed lookups: a join lets the planner scan generated_files. The file is found by
      // its lower-cased name (unique index generated_files_tenant_lookup_uq); the caller decides
      // whether the case the phone used is acceptable.
      file: db.$client.prepare(
        'SELECT id, tenant_id AS tenantId, file_name AS fileName, mac_start AS macStart, mac_end AS macEnd, body, sha256, content_type AS contentType, device_id AS deviceId FROM generated_files WHERE tenant_id = ? AND lookup_name = ?',
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

/** The tenant's file whose lower-cased name is `lookupName` (at most one: the lookup name is unique per tenant). */
export const servedFileByLookupName = (db: Db, tenantId: number, lookupName: string): ServedFileRow | undefined =>
  statements(db).file.get(tenantId, lookupName);
