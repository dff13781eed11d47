import type { Statement } from 'better-sqlite3';
import type { Db } from '@/db/client';
import { openSecret } from '@/lib/secrets';

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
/** A served file without its body: enough to tell whether a copy held in memory is still the file. */
export type ServedFileState = Omit<ServedFileRow, 'body'>;
/** The row as stored: the body sealed (a BLOB, db/schema/encrypted-text.ts), or a plaintext an older release left (TEXT). */
type StoredFileRow = ServedFileState & { body: Buffer | string };

/** The tenant a path names and its file: `file` undefined when the tenant has none of that name; null when there is no such tenant. */
export type Lookup<F> = { tenantId: number; file: F | undefined } | null;
/** One row per tenant: the file's columns are null when the tenant has no such file. */
type LookupRow<F> = { tenantId: number; id: number | null } & Partial<F>;

/** By the tenant's UUID (parameters: lookup name, UUID) or the default tenant's (parameter: lookup name). */
type LookupStatements<F> = { byUuid: Statement<[string, string], LookupRow<F>>; byDefault: Statement<[string], LookupRow<F>> };
type ServingStatements = {
  file: LookupStatements<StoredFileRow>;
  fileState: LookupStatements<ServedFileState>;
  totalChanges: Statement<[], number>;
  dataVersion: Statement<[], number>;
  servingGeneration: Statement<[], number>;
};
const cache = new WeakMap<Db, ServingStatements>();

const STATE_COLUMNS =
  't.id AS tenantId, g.id, g.file_name AS fileName, g.mac_start AS macStart, g.mac_end AS macEnd, g.sha256, g.content_type AS contentType, g.device_id AS deviceId';

/**
 * The tenant and its file in one statement: each statement that reads a table begins a read transaction, which costs
 * more than the lookups. The file is found by its lower-cased name (unique index generated_files_tenant_lookup_uq),
 * the LEFT JOIN keeping tenants the outer loop, so both are indexed lookups; the caller decides whether the case the
 * phone used is acceptable.
 */
const lookupBy = <F>(db: Db, columns: string): LookupStatements<F> => {
  const from = `SELECT ${columns} FROM tenants t LEFT JOIN generated_files g ON g.tenant_id = t.id AND g.lookup_name = ?`;
  return { byUuid: db.$client.prepare(`${from} WHERE t.uuid = ?`), byDefault: db.$client.prepare(`${from} WHERE t.is_default = 1`) };
};

// Prepared once per database: every phone request runs these, never a query builder.
function statements(db: Db): ServingStatements {
  let s = cache.get(db);
  if (!s) {
    s = {
      file: lookupBy(db, `${STATE_COLUMNS}, g.body`),
      fileState: lookupBy(db, STATE_COLUMNS),
      // Reads no table, so it costs no read transaction (a few percent of a query that does).
      totalChanges: db.$client.prepare('SELECT total_changes()').pluck() as Statement<[], number>,
      dataVersion: db.$client.prepare('PRAGMA data_version').pluck() as Statement<[], number>,
      servingGeneration: db.$client.prepare('SELECT value FROM serving_generation WHERE id = 1').pluck() as Statement<[], number>,
    };
    cache.set(db, s);
  }
  return s;
}

function lookup<F>(statements: LookupStatements<F>, tenantUuid: string | null, lookupName: string): Lookup<F> {
  const row = tenantUuid === null ? statements.byDefault.get(lookupName) : statements.byUuid.get(lookupName, tenantUuid);
  if (!row) return null;
  return { tenantId: row.tenantId, file: row.id === null ? undefined : (row as unknown as F) };
}

/** The file of the tenant (`tenantUuid`'s, or the default tenant at the root) whose lower-cased name is `lookupName` (at most one: unique per tenant). */
export function servedFileByLookupName(db: Db, tenantUuid: string | null, lookupName: string): Lookup<ServedFileRow> {
  const found = lookup(statements(db).file, tenantUuid, lookupName);
  // Opened once here, into the serving cache (lib/provisioning/file-cache.ts), never per request.
  return found && { tenantId: found.tenantId, file: found.file && { ...found.file, body: openSecret(found.file.body) } };
}

/** The same without the file's body. */
export const servedFileStateByLookupName = (db: Db, tenantUuid: string | null, lookupName: string): Lookup<ServedFileState> =>
  lookup(statements(db).fileState, tenantUuid, lookupName);

/** Rows this connection has inserted, updated or deleted since it opened (SQLite's total_changes()). */
export const changesOnThisConnection = (db: Db): number => statements(db).totalChanges.get()!;

/** A number that changes whenever another connection (another process) commits to the database (PRAGMA data_version). */
export const commitsByOtherConnections = (db: Db): number => statements(db).dataVersion.get()!;

/** A number that moves whenever a generated file or a tenant changes, whoever writes (triggers of migration 0011). */
export const servingGeneration = (db: Db): number => statements(db).servingGeneration.get() ?? 0;
