import { asc, getTableColumns, type SQL, sql } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { compactDatabase, type Db, type DbOrTx } from '@/db/client';
import { accounts, devices, generatedFiles, pbxSettings, phoneAccess, redirectionServers, users } from '@/db/schema';
import { log } from '@/lib/logger';
import { encryptSecret, sealSecret, secretKey } from '@/lib/secrets';

/** How a column's values are stored once encrypted, told apart from plaintext in SQL, and how a plaintext is encrypted. */
type Form = { isEncrypted: (column: SQLiteColumn) => SQL; encrypt: (plain: string) => string | Buffer };
/** db/schema encryptedText columns: a BLOB (lib/secrets.ts sealSecret); a plaintext is TEXT. */
const SEALED: Form = { isEncrypted: (column) => sql`typeof(${column}) = 'blob'`, encrypt: sealSecret };
/** Columns their domain code encrypts as `v1:<iv>:<tag>:<data>` text: the shape isEncrypted checks (1-based positions). */
const V1_TEXT: Form = {
  isEncrypted: (column) => sql`(substr(${column}, 1, 3) = 'v1:' AND substr(${column}, 20, 1) = ':' AND substr(${column}, 45, 1) = ':')`,
  encrypt: encryptSecret,
};

type SecretColumn = { table: SQLiteTable; id: SQLiteColumn; column: SQLiteColumn; form: Form };

/** Every column holding a credential (phone, vendor, second factor), or a file that contains one. */
const SECRET_COLUMNS: SecretColumn[] = [
  { table: accounts, id: accounts.id, column: accounts.sipPassword, form: SEALED },
  { table: devices, id: devices.id, column: devices.adminPassword, form: SEALED },
  { table: pbxSettings, id: pbxSettings.tenantId, column: pbxSettings.defaultAdminPassword, form: SEALED },
  { table: generatedFiles, id: generatedFiles.id, column: generatedFiles.body, form: SEALED },
  { table: redirectionServers, id: redirectionServers.id, column: redirectionServers.password, form: V1_TEXT },
  { table: phoneAccess, id: phoneAccess.tenantId, column: phoneAccess.password, form: V1_TEXT },
  { table: users, id: users.id, column: users.totpSecret, form: V1_TEXT },
];

const PAGE_SIZE = 500;

const holdsEncrypted = (db: DbOrTx, { table, column, form }: SecretColumn) =>
  db
    .select({ one: sql`1` })
    .from(table)
    .where(form.isEncrypted(column))
    .limit(1)
    .get() !== undefined;

/** Encrypts the column's plaintext values (an older release's) in place, a page at a time; returns how many. */
function encryptColumn(db: DbOrTx, { table, id, column, form }: SecretColumn): number {
  // Read and written as stored (`sql`, not the column): an encryptedText column would decrypt or encrypt again.
  const plaintextsAfter = (after: number) =>
    db
      .select({ id: sql<number>`${id}`, value: sql<string>`${column}` })
      .from(table)
      .where(sql`${id} > ${after} AND ${column} <> '' AND NOT ${form.isEncrypted(column)}`)
      .orderBy(asc(id))
      .limit(PAGE_SIZE)
      .all();
  const property = Object.entries(getTableColumns(table)).find(([, c]) => c === column)![0];
  const update = db
    .update(table)
    .set({ [property]: sql`${sql.placeholder('value')}` })
    .where(sql`${id} = ${sql.placeholder('id')}`)
    .prepare();
  let count = 0;
  for (let rows = plaintextsAfter(0); rows.length > 0; rows = plaintextsAfter(rows.at(-1)!.id)) {
    for (const row of rows) update.run({ id: row.id, value: form.encrypt(row.value) });
    count += rows.length;
  }
  return count;
}

/**
 * At start, before anything else writes: the key (made at first start, required once anything is encrypted: such a
 * database cannot be used without it), then every credential an older release stored in clear encrypted in place,
 * and the file compacted so that no old plaintext survives in free pages or the WAL. Does nothing the second time.
 */
export function protectSecretsAtRest(db: Db): void {
  secretKey({ create: !SECRET_COLUMNS.some((c) => holdsEncrypted(db, c)) });
  const encrypted = db.transaction((tx) => SECRET_COLUMNS.reduce((sum, c) => sum + encryptColumn(tx, c), 0));
  if (encrypted === 0) return;
  compactDatabase(db);
  log.info(`Secrets at rest: ${encrypted} stored passwords and files were encrypted in place; the database was compacted.`);
}
