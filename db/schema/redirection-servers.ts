import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { REDIRECTION_BRANDS } from '../../lib/redirection/brands';
import { tenants } from './tenants';

export const redirectionServers = sqliteTable(
  'redirection_servers',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id').notNull().references(() => tenants.id, { onDelete: 'cascade' }),
    brand: text('brand', { enum: REDIRECTION_BRANDS }).notNull(),
    name: text('name').notNull(),
    username: text('username').notNull(),
    password: text('password').notNull(),
    isEnabled: integer('is_enabled', { mode: 'boolean' }).notNull().default(true),
    provisioningUrl: text('provisioning_url').notNull().default(''),
  },
  (t) => [uniqueIndex('redirection_servers_tenant_brand_name_uq').on(t.tenantId, t.brand, t.name)],
);
