import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './tenants';
import { encryptedText } from './encrypted-text';

/** A SIP account of an extension: the credentials a phone line registers with. */
export const accounts = sqliteTable(
  'accounts',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    extension: text('extension').notNull(),
    sipUsername: text('sip_username').notNull(),
    authUsername: text('auth_username').notNull(),
    sipPassword: encryptedText('sip_password').notNull(),
    displayName: text('display_name').notNull().default(''),
    firstName: text('first_name').notNull().default(''),
    lastName: text('last_name').notNull().default(''),
    voicemailNumber: text('voicemail_number').notNull().default(''),
  },
  (t) => [
    uniqueIndex('accounts_tenant_sip_username_uq').on(t.tenantId, t.sipUsername),
    // The accounts table's sort columns (lib/validation/list-params.ts).
    index('accounts_tenant_extension_idx').on(t.tenantId, t.extension),
    index('accounts_tenant_display_name_idx').on(t.tenantId, t.displayName),
  ],
);
