import { lt } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type AuditChange, auditLog } from '@/db/schema';
import { type Actor, currentActor } from '@/lib/auth/actor';
import { env } from '@/lib/env';

/** What the audit log names: one per kind of row the product writes. */
export const AUDIT_ENTITIES = [
  'device',
  'account',
  'template',
  'device-model',
  'brand',
  'filename-rule',
  'placeholder',
  'redirection-server',
  'pbx-settings',
  'network-interface',
  'tenant',
  'unknown-device',
  'phone-access',
  'blocked-address',
  'user',
  'api-token',
  'session',
  'file',
] as const;
export type AuditEntity = (typeof AUDIT_ENTITIES)[number];

/** Verbs beyond create/update/delete are the console's and the API's own (duplicate, dismiss, reveal, sign-in…). */
export const AUDIT_ACTIONS = [
  'create',
  'update',
  'delete',
  'duplicate',
  'dismiss',
  'fix',
  'register',
  'deregister',
  'unblock',
  'reveal',
  'sign-in',
  'sign-out',
  'restore',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

type Row = Record<string, unknown>;

export type AuditEntry = {
  tenantId: number | null;
  entity: AuditEntity;
  entityId?: number | null;
  label?: string;
  action: AuditAction;
  /** The row before and after the write: the changed fields are worked out from them (secrets only as "changed"). */
  before?: Row | null;
  after?: Row | null;
  /** Changes stated outright, instead of (or on top of) the before/after comparison. */
  changes?: AuditChange[];
};

/** A field whose value must never be stored or shown: its change is recorded as "changed" only. */
export const isSecretField = (field: string) => /password|secret|token|credential|apikey|privatekey/i.test(field);

/** Bookkeeping columns, not something an admin changed. */
const UNTRACKED = new Set(['id', 'tenantId', 'createdAt', 'updatedAt', 'lastFetchedAt', 'lastFetchedSha256', 'generatedAdminPassword']);
/** Longer texts (template bodies) are recorded as "changed", not copied into the log twice per edit. */
const MAX_VALUE_LENGTH = 200;

const comparable = (value: unknown) => (value instanceof Date ? value.toISOString() : value === undefined ? null : value);
const same = (a: unknown, b: unknown) => JSON.stringify(comparable(a)) === JSON.stringify(comparable(b));
const isEmpty = (value: unknown) => value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0);
const tooLong = (value: unknown) => JSON.stringify(comparable(value) ?? '').length > MAX_VALUE_LENGTH;

/**
 * The fields that differ between `before` and `after`: old → new values, or only "changed" for secrets and long
 * texts. A creation (no `before`) lists what was set, a deletion (no `after`) what was there; secrets that are set
 * appear as "changed" in both.
 */
export function diffFields(before: Row | null, after: Row | null): AuditChange[] {
  const fields = new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})]);
  const changes: AuditChange[] = [];
  for (const field of fields) {
    if (UNTRACKED.has(field)) continue;
    const from = before?.[field];
    const to = after?.[field];
    if (before && after ? same(from, to) : isEmpty(before ? from : to)) continue;
    if (isSecretField(field) || tooLong(from) || tooLong(to)) changes.push({ field, changed: true });
    else changes.push({ field, ...(before ? { from: comparable(from) } : {}), ...(after ? { to: comparable(to) } : {}) });
  }
  return changes;
}

const actorColumns = (actor: Actor) => ({
  actorKind: actor.kind,
  actorId: actor.kind === 'user' ? actor.userId : actor.kind === 'token' ? actor.tokenId : null,
  actorName: actor.name,
});

/**
 * Records one write of `currentActor()` (lib/auth/actor.ts). Call it with the write's transaction: the entry is kept
 * exactly when the write is. An update that changed nothing is not recorded.
 */
export function recordAudit(tx: DbOrTx, entry: AuditEntry, now = new Date()): void {
  const changes = [...diffFields(entry.before ?? null, entry.after ?? null), ...(entry.changes ?? [])];
  if (entry.action === 'update' && changes.length === 0) return;
  tx.insert(auditLog)
    .values({
      at: now,
      tenantId: entry.tenantId,
      ...actorColumns(currentActor()),
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      entityLabel: entry.label ?? '',
      action: entry.action,
      changes,
    })
    .run();
  pruneNowAndThen(tx, now);
}

/** Rows of one multi-row INSERT of `recordAudits` (each entry binds 9 values: far below SQLite's variable limit). */
const AUDIT_BATCH = 500;

/** `recordAudit` for many writes of one transaction (a CSV import): the same entries, inserted a batch at a time. */
export function recordAudits(tx: DbOrTx, entries: readonly AuditEntry[], now = new Date()): void {
  const actor = actorColumns(currentActor());
  const rows = entries.flatMap((entry) => {
    const changes = [...diffFields(entry.before ?? null, entry.after ?? null), ...(entry.changes ?? [])];
    if (entry.action === 'update' && changes.length === 0) return [];
    return [
      {
        at: now,
        tenantId: entry.tenantId,
        ...actor,
        entity: entry.entity,
        entityId: entry.entityId ?? null,
        entityLabel: entry.label ?? '',
        action: entry.action,
        changes,
      },
    ];
  });
  for (let i = 0; i < rows.length; i += AUDIT_BATCH)
    tx.insert(auditLog)
      .values(rows.slice(i, i + AUDIT_BATCH))
      .run();
  if (rows.length > 0) pruneNowAndThen(tx, now);
}

const PRUNE_EVERY_MS = 60 * 60 * 1000;
let lastPrune = 0;

/** Entries past the retention are dropped by the writes themselves, at most once an hour per process. */
function pruneNowAndThen(tx: DbOrTx, now: Date) {
  if (now.getTime() - lastPrune < PRUNE_EVERY_MS) return;
  lastPrune = now.getTime();
  pruneAuditLog(tx, now, env().AUDIT_RETENTION_DAYS);
}

/** Drops the entries older than `retentionDays` (0 keeps everything); answers how many went. */
export function pruneAuditLog(db: DbOrTx, now: Date, retentionDays: number): number {
  if (retentionDays <= 0) return 0;
  return db
    .delete(auditLog)
    .where(lt(auditLog.at, new Date(now.getTime() - retentionDays * 24 * 60 * 60 * 1000)))
    .run().changes;
}
