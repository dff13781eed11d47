import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { deviceModels } from './device-models';
import { devices } from './devices';
import { tenants } from './tenants';
import { encryptedText } from './encrypted-text';

/** Every file a phone can fetch. The single source of truth served by HTTP(S) and TFTP. */
export const generatedFiles = sqliteTable(
  'generated_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    /**
     * The serving key: the name lower-cased (ASCII, as SQLite's lower() and every servable name are),
     * computed by SQLite so no writer can forget it. Unique per tenant, so names that differ only
     * by case cannot coexist and a case-insensitive lookup finds at most one row.
     */
    lookupName: text('lookup_name').generatedAlwaysAs(sql`lower("file_name")`, { mode: 'virtual' }),
    /** Where the MAC sits in file_name ([macStart, macEnd)) for a device file: the only part a phone may ask in another case. Null for common files. */
    macStart: integer('mac_start'),
    macEnd: integer('mac_end'),
    body: encryptedText('body').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    deviceId: integer('device_id').references(() => devices.id, { onDelete: 'cascade' }),
    modelId: integer('model_id').references(() => deviceModels.id, { onDelete: 'cascade' }),
    generatedAt: integer('generated_at', { mode: 'timestamp' }).notNull(),
  },
  (t) => [
    uniqueIndex('generated_files_tenant_name_uq').on(t.tenantId, t.fileName),
    uniqueIndex('generated_files_tenant_lookup_uq').on(t.tenantId, t.lookupName),
    index('generated_files_device_idx').on(t.deviceId),
    // The file manager sorted by generation time.
    index('generated_files_tenant_generated_idx').on(t.tenantId, t.generatedAt),
  ],
);
