import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './tenants';

export const brands = sqliteTable(
  'brands',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    isBuiltIn: integer('is_built_in', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('brands_tenant_name_uq').on(t.tenantId, t.name)],
);

export const filenameRules = sqliteTable(
  'filename_rules',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    prefix: text('prefix').notNull().default(''),
    macFormat: text('mac_format').notNull(),
    suffix: text('suffix').notNull().default(''),
    isBuiltIn: integer('is_built_in', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [uniqueIndex('filename_rules_tenant_name_uq').on(t.tenantId, t.name)],
);

/** A common file a model needs besides the per-device one, rendered with PBX-level placeholders. */
export type CommonFile = { fileName: string; body: string };

export const deviceModels = sqliteTable(
  'device_models',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    brandId: integer('brand_id')
      .notNull()
      .references(() => brands.id, { onDelete: 'restrict' }),
    filenameRuleId: integer('filename_rule_id')
      .notNull()
      .references(() => filenameRules.id, { onDelete: 'restrict' }),
    name: text('name').notNull(),
    isBuiltIn: integer('is_built_in', { mode: 'boolean' }).notNull().default(false),
    contentType: text('content_type').notNull().default('text/plain'),
    commonFiles: text('common_files', { mode: 'json' })
      .$type<CommonFile[]>()
      .notNull()
      .default(sql`'[]'`),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [uniqueIndex('device_models_tenant_name_uq').on(t.tenantId, t.name), index('device_models_brand_idx').on(t.brandId)],
);
