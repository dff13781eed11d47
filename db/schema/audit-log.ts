import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

export const AUDIT_ACTOR_KINDS = ['user', 'token', 'system'] as const;
export type AuditActorKind = (typeof AUDIT_ACTOR_KINDS)[number];

/** One change to a field: old → new, or only `changed` for a secret or a long text (its value is never stored). */
export type AuditChange = { field: string; from?: unknown; to?: unknown; changed?: true };

/**
 * Who changed what, when (issue 10). No foreign keys on purpose: the trail outlives the tenant, user, token or row it
 * names, so ids are kept next to the names shown at the time.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    tenantId: integer('tenant_id'),
    actorKind: text('actor_kind', { enum: AUDIT_ACTOR_KINDS }).notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    entity: text('entity').notNull(),
    entityId: integer('entity_id'),
    entityLabel: text('entity_label').notNull().default(''),
    action: text('action').notNull(),
    changes: text('changes', { mode: 'json' }).$type<AuditChange[]>().notNull().default([]),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_tenant_at_idx').on(t.tenantId, t.at),
    index('audit_log_actor_idx').on(t.actorKind, t.actorName),
    index('audit_log_entity_idx').on(t.entity, t.entityId),
  ],
);
