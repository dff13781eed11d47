import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { deviceModels } from './device-models';
import { tenants } from './tenants';

export const templates = sqliteTable(
  'templates',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    modelId: integer('model_id')
      .notNull()
      .references(() => deviceModels.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    firmware: text('firmware'),
    format: text('format', { enum: ['xml', 'text'] }).notNull(),
    body: text('body').notNull(),
    /** 'crlf': the rendered file gets CRLF line breaks and a final one (Panasonic); 'lf' keeps the template's own. */
    lineEndings: text('line_endings', { enum: ['lf', 'crlf'] })
      .notNull()
      .default('lf'),
    isBuiltIn: integer('is_built_in', { mode: 'boolean' }).notNull().default(false),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [uniqueIndex('templates_tenant_name_uq').on(t.tenantId, t.name), index('templates_model_idx').on(t.modelId)],
);
