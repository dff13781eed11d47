import { integer, sqliteTable, text, uniqueIndex, index } from 'drizzle-orm/sqlite-core';
import { deviceModels } from './device-models';
import { devices } from './devices';
import { tenants } from './tenants';

/** Every file a phone can fetch. The single source of truth served by HTTP(S) and TFTP. */
export const generatedFiles = sqliteTable(
  'generated_files',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    fileName: text('file_name').notNull(),
    body: text('body').notNull(),
    sha256: text('sha256').notNull(),
    size: integer('size').notNull(),
    contentType: text('content_type').notNull(),
    deviceId: integer('device_id').references(() => devices.id, { onDelete: 'cascade' }),
    modelId: integer('model_id').references(() => deviceModels.id, { onDelete: 'cascade' }),
    generatedAt: integer('generated_at', { mode: 'timestamp' }).notNull(),
  },
  (t) => [uniqueIndex('generated_files_tenant_name_uq').on(t.tenantId, t.fileName), index('generated_files_device_idx').on(t.deviceId)],
);
