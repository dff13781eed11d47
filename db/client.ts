import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import * as schema from './schema';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle has the same query surface as the database. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export function openDatabase(file: string): Db {
  // The database holds SIP passwords: readable by this user only (SQLite gives -wal/-shm the same mode).
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  if (!fs.existsSync(file)) fs.writeFileSync(file, '', { mode: 0o600 });
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  // Freed content is zeroed in its b-tree page; whole pages freed (long bodies' overflow) keep ciphertext only, and the
  // one-time encryption in place of older plaintext compacts the file after (compactDatabase).
  sqlite.pragma('secure_delete = FAST');
  // A regeneration rewrites every file of a fleet in one transaction: SQLite's default 2 MB page cache spills and re-reads
  // pages mid-way. 16 MB did as well as 64 MB in bench/regenerate (10,000 devices) for 66 MB less RSS.
  sqlite.pragma(`cache_size = -${WRITER_PAGE_CACHE_KIB}`);
  return drizzle(sqlite, { schema }) as Db;
}

const WRITER_PAGE_CACHE_KIB = 16 * 1024;
const READER_PAGE_CACHE_KIB = 2 * 1024;

/** A connection that only reads what it then keeps in memory itself (a web worker's files): SQLite's default page cache. */
export function shrinkToReaderPageCache(db: Db): void {
  db.$client.pragma(`cache_size = -${READER_PAGE_CACHE_KIB}`);
}

/**
 * Rewrites the database file without its free pages and empties the WAL: after secrets were encrypted in place,
 * none of their old plaintext survives in the file or its -wal. Needs no other connection reading (start-up).
 */
export function compactDatabase(db: Db): void {
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
  db.$client.exec('VACUUM');
  db.$client.pragma('wal_checkpoint(TRUNCATE)');
}

// Next compiles route handlers into their own module graph; globalThis keeps one connection per process.
const holder = globalThis as typeof globalThis & { __provisioDb?: { file: string; db: Db } };

/** Closes the connection (on shutdown), after which the database file is consistent on disk. */
export const closeDatabase = (db: Db) => db.$client.close();

/** The process-wide database, opened on first use (never at import time, so `next build` creates nothing). */
export function getDb(): Db {
  const file = process.env.DATABASE_PATH ?? path.join(path.resolve(/*turbopackIgnore: true*/ process.env.DATA_DIR ?? './data'), 'provisio.db');
  if (holder.__provisioDb?.file !== file) holder.__provisioDb = { file, db: openDatabase(file) };
  return holder.__provisioDb.db;
}
