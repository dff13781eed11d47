import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { networkInterfaces } from './pbx';
import { tenants } from './tenants';

/**
 * Custom placeholders, written %%_NAME%% in templates. Static ones carry a value; dynamic ones
 * name a PBX attribute (today: the IPv4 address of a network interface/VLAN).
 */
export const placeholders = sqliteTable(
  'placeholders',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    kind: text('kind', { enum: ['static', 'dynamic'] }).notNull(),
    value: text('value'),
    interfaceId: integer('interface_id').references(() => networkInterfaces.id, { onDelete: 'restrict' }),
    description: text('description'),
  },
  (t) => [uniqueIndex('placeholders_tenant_name_uq').on(t.tenantId, t.name)],
);
