import type { Db } from '@/db/client';
import {
  changesOnThisConnection,
  commitsByOtherConnections,
  type ServedFileState,
  servedFileByLookupName,
  servedFileStateByLookupName,
  servingGeneration,
} from '@/db/queries/serving';
import { type FileHeaders, fileHeaders } from './http-headers';

/**
 * Generated files held in memory for the serving path, so a phone's fetch costs no query. A copy is good
 * while nothing has been written to the database since it was checked: every write of this process (the
 * console, the API, the daemons share one connection) moves SQLite's total_changes(), and a commit by another
 * process moves PRAGMA data_version. After any write a copy is checked again by its row and sha256 (no
 * body read) and kept when they still match. The fetch log's own writes never touch a file, so they do not count.
 */
export type CachedFile = ServedFileState & { status: 200; body: Buffer; etag: string; httpHeaders: FileHeaders };

/** Bodies kept in memory at most (about 24,000 files of 2.7 KB); the oldest copies go first beyond it. */
export const FILE_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * How long a commit by another process (never the console, which writes from this one) may stay unseen.
 * Reading data_version costs a read transaction, as much as the whole rest of a fetch, so it is read at most this often.
 */
export const OTHER_PROCESS_DELAY_MS = 100;
/** Map overhead per entry, beside the body. */
const ENTRY_OVERHEAD = 256;

type Generation = { changes: number; commits: number };
type Entry = { file: CachedFile; generation: Generation; bytes: number };
type FileCache = {
  entries: Map<string, Entry>;
  bytes: number;
  /** Changes of this connection made by writers that never touch generated_files or tenants. */
  ignoredChanges: number;
  commits: number;
  commitsReadAt: number;
  generation: Generation;
  followsServingGeneration: boolean;
};

// Shared by every module graph of the process (server.ts and Next's compiled routes), like the connection.
const caches = ((globalThis as typeof globalThis & { __provisioFileCaches?: WeakMap<Db, FileCache> }).__provisioFileCaches ??= new WeakMap());

function cacheOf(db: Db): FileCache {
  let cache = caches.get(db);
  if (!cache) {
    cache = {
      entries: new Map(),
      bytes: 0,
      ignoredChanges: 0,
      commits: 0,
      commitsReadAt: -Infinity,
      generation: { changes: -1, commits: -1 },
      followsServingGeneration: false,
    };
    caches.set(db, cache);
  }
  return cache;
}

/**
 * How long a web worker (lib/cluster) may serve a copy after its file changed: a worker writes nothing, so it reads the
 * database's serving generation (one indexed row), at most this often — the fetch log the main process writes
 * meanwhile moves data_version many times a second but not that number.
 */
export const WORKER_CHECK_MS = 10;

/** Makes this process's copies follow the serving generation (a web worker: every write is another process's). */
export function followServingGeneration(db: Db): void {
  cacheOf(db).followsServingGeneration = true;
}

/** The current generation: the same object for as long as nothing was written. */
function currentGeneration(db: Db, cache: FileCache): Generation {
  const now = performance.now();
  if (cache.followsServingGeneration) {
    if (now - cache.commitsReadAt >= WORKER_CHECK_MS) {
      cache.commitsReadAt = now;
      const value = servingGeneration(db);
      if (value !== cache.generation.commits) cache.generation = { changes: 0, commits: value };
    }
    return cache.generation;
  }
  if (now - cache.commitsReadAt >= OTHER_PROCESS_DELAY_MS) {
    cache.commits = commitsByOtherConnections(db);
    cache.commitsReadAt = now;
  }
  const changes = changesOnThisConnection(db) - cache.ignoredChanges;
  if (changes !== cache.generation.changes || cache.commits !== cache.generation.commits) cache.generation = { changes, commits: cache.commits };
  return cache.generation;
}

/**
 * The same generation for other per-process copies of the database (lib/provisioning/protection): a new object after
 * any write but the fetch log's, by this process or another; the same one while nothing was written.
 */
export const databaseGeneration = (db: Db): object => currentGeneration(db, cacheOf(db));

/**
 * Runs `write`, whose changes never touch generated_files or tenants (the fetch log), without making the
 * cached files look stale.
 */
export function withoutFileChanges(db: Db, write: () => void) {
  const cache = cacheOf(db);
  const before = changesOnThisConnection(db);
  try {
    write();
  } finally {
    cache.ignoredChanges += changesOnThisConnection(db) - before;
  }
}

const sameFile = (a: ServedFileState, b: ServedFileState) =>
  a.id === b.id && a.tenantId === b.tenantId && a.sha256 === b.sha256 && a.contentType === b.contentType && a.macStart === b.macStart && a.macEnd === b.macEnd;

/**
 * The file of the tenant (`tenantUuid`, or the default tenant) whose lower-cased name is `lookupName`, and the
 * tenant's id (null when there is no such tenant); from memory when nothing was written since it was read.
 */
export function cachedFile(db: Db, tenantUuid: string | null, lookupName: string): { tenantId: number | null; file: CachedFile | undefined } {
  const cache = cacheOf(db);
  const generation = currentGeneration(db, cache);
  const key = tenantUuid === null ? lookupName : `${tenantUuid}/${lookupName}`;
  const entry = cache.entries.get(key);
  if (entry?.generation === generation) return { tenantId: entry.file.tenantId, file: entry.file };

  // Something was written since: is the copy still the file (same row, same sha256)? Asked without reading the body.
  if (entry) {
    const current = servedFileStateByLookupName(db, tenantUuid, lookupName);
    if (current?.file && sameFile(entry.file, current.file)) {
      entry.generation = generation;
      return { tenantId: current.tenantId, file: entry.file };
    }
    forget(cache, key, entry);
  }
  const found = servedFileByLookupName(db, tenantUuid, lookupName);
  if (!found?.file) return { tenantId: found?.tenantId ?? null, file: undefined };
  const { body, ...state } = found.file;
  const bytes = Buffer.from(body, 'utf8');
  const etag = `"${state.sha256}"`;
  const file: CachedFile = { ...state, status: 200, body: bytes, etag, httpHeaders: fileHeaders(state.contentType, etag, bytes.length) };
  remember(cache, key, { file, generation, bytes: file.body.length + key.length + ENTRY_OVERHEAD });
  return { tenantId: found.tenantId, file };
}

function remember(cache: FileCache, key: string, entry: Entry) {
  if (entry.bytes > FILE_CACHE_BYTES) return;
  cache.entries.set(key, entry);
  cache.bytes += entry.bytes;
  // A Map iterates in insertion order: the oldest copies go first.
  for (const [oldKey, old] of cache.entries) {
    if (cache.bytes <= FILE_CACHE_BYTES) break;
    forget(cache, oldKey, old);
  }
}

function forget(cache: FileCache, key: string, entry: Entry) {
  cache.entries.delete(key);
  cache.bytes -= entry.bytes;
}
