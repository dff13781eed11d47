import Database from 'better-sqlite3';
import type { Db } from './client';

/**
 * WAL checkpoints moved off the writing connection. SQLite checkpoints on the commit that passes 1,000 WAL pages, on
 * the connection that commits: after a regeneration of 100,000 files that is 1.5 s more of the save (bench/regenerate),
 * and the main thread (console, daemons) waits meanwhile. `takeOverCheckpoints` stops that on `db`; `checkpointEvery`
 * (in the render thread, lib/provisioning/render-worker.ts) checkpoints from its own connection instead, without
 * blocking the writer (PASSIVE). `handBack` restores SQLite's own when that thread is gone.
 */
const SQLITE_DEFAULT_AUTOCHECKPOINT = 1000;

/** Stops SQLite's own checkpoints on `db`; `file` is where the checkpointing connection opens it. */
export function takeOverCheckpoints(db: Db) {
  db.$client.pragma('wal_autocheckpoint = 0');
  return {
    file: db.$client.name,
    handBack: () => {
      if (db.$client.open) db.$client.pragma(`wal_autocheckpoint = ${SQLITE_DEFAULT_AUTOCHECKPOINT}`);
    },
  };
}

/** Checkpoints the database file every `everyMs` from a connection of its own, for as long as the thread lives. */
export function checkpointEvery(file: string, everyMs: number): void {
  const sqlite = new Database(file);
  sqlite.pragma('busy_timeout = 5000');
  setInterval(() => sqlite.pragma('wal_checkpoint(PASSIVE)'), everyMs);
}
