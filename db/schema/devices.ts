import { sql } from 'drizzle-orm';
import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { accounts } from './accounts';
import { deviceModels } from './device-models';
import { templates } from './templates';
import { tenants } from './tenants';
import { encryptedText } from './encrypted-text';

export const devices = sqliteTable(
  'devices',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    mac: text('mac').notNull(),
    modelId: integer('model_id')
      .notNull()
      .references(() => deviceModels.id, { onDelete: 'restrict' }),
    templateId: integer('template_id')
      .notNull()
      .references(() => templates.id, { onDelete: 'restrict' }),
    label: text('label').notNull().default(''),
    isEnabled: integer('is_enabled', { mode: 'boolean' }).notNull().default(true),
    adminUsername: text('admin_username').notNull().default('admin'),
    adminPassword: encryptedText('admin_password').notNull().default(''),
    networkMode: text('network_mode', { enum: ['dhcp', 'static'] })
      .notNull()
      .default('dhcp'),
    ipAddress: text('ip_address').notNull().default(''),
    netmask: text('netmask').notNull().default(''),
    gateway: text('gateway').notNull().default(''),
    dns1: text('dns1').notNull().default(''),
    dns2: text('dns2').notNull().default(''),
    vlanId: integer('vlan_id'),
    vlanPriority: integer('vlan_priority'),
    language: text('language'),
    timeZone: text('time_zone'),
    lastFetchedAt: integer('last_fetched_at', { mode: 'timestamp' }),
    /** The sha256 of the file the phone got at its last fetch: differs from the current one while changes wait for the phone. */
    lastFetchedSha256: text('last_fetched_sha256'),
    /** When the console last opened the device's file to fetches without credentials (phone access: first-fetch window); null: since created. */
    armedAt: integer('armed_at', { mode: 'timestamp_ms' }),
    createdAt: integer('created_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
    updatedAt: integer('updated_at', { mode: 'timestamp' })
      .notNull()
      .default(sql`(unixepoch())`),
  },
  (t) => [
    uniqueIndex('devices_tenant_mac_uq').on(t.tenantId, t.mac),
    index('devices_mac_idx').on(t.mac),
    // (model, MAC): the devices table sorted by model name walks models by name, then each model's devices by MAC.
    index('devices_model_idx').on(t.modelId, t.mac),
    // The devices table's other sort columns (lib/validation/list-params.ts), so a page never sorts the whole tenant.
    index('devices_tenant_label_idx').on(t.tenantId, t.label),
    index('devices_tenant_last_fetched_idx').on(t.tenantId, t.lastFetchedAt),
    index('devices_template_idx').on(t.templateId),
  ],
);

/** Ordered lines of a device: position 1..N → account. */
export const deviceLines = sqliteTable(
  'device_lines',
  {
    deviceId: integer('device_id')
      .notNull()
      .references(() => devices.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    accountId: integer('account_id')
      .notNull()
      .references(() => accounts.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.deviceId, t.position] }), index('device_lines_account_idx').on(t.accountId)],
);
