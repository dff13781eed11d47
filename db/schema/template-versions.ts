import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { AUDIT_ACTOR_KINDS } from './audit-log';
import { templates } from './templates';
import { tenants } from './tenants';

/** How a version came to be: a save in the console or the API, a duplicate, a restore, the release's built-in catalogue, or the template as found when history began. */
export const TEMPLATE_VERSION_ORIGINS = ['create', 'update', 'duplicate', 'restore', 'built-in', 'initial'] as const;
export type TemplateVersionOrigin = (typeof TEMPLATE_VERSION_ORIGINS)[number];

/**
 * Every save of a template (issue 11): who, when, the admin's comment, and what decides the rendered files (body,
 * format, line endings, firmware). Versions are numbered from 1 per template and go with it when it is deleted.
 */
export const templateVersions = sqliteTable(
  'template_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    templateId: integer('template_id')
      .notNull()
      .references(() => templates.id, { onDelete: 'cascade' }),
    number: integer('number').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
    actorKind: text('actor_kind', { enum: AUDIT_ACTOR_KINDS }).notNull(),
    actorId: integer('actor_id'),
    actorName: text('actor_name').notNull(),
    origin: text('origin', { enum: TEMPLATE_VERSION_ORIGINS }).notNull(),
    comment: text('comment'),
    /** The version a restore copied. */
    restoredFrom: integer('restored_from'),
    firmware: text('firmware'),
    format: text('format', { enum: ['xml', 'text'] }).notNull(),
    lineEndings: text('line_endings', { enum: ['lf', 'crlf'] }).notNull(),
    body: text('body').notNull(),
    /** Devices whose file changed with this version (the regeneration's own count); null when not known (history began after it). */
    changedDeviceIds: text('changed_device_ids', { mode: 'json' }).$type<number[]>(),
  },
  (t) => [uniqueIndex('template_versions_template_number_uq').on(t.templateId, t.number)],
);
