import { integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { tenants } from './tenants';
import { encryptedText } from './encrypted-text';

/** The PBX attributes templates draw from; one row per tenant. */
export const pbxSettings = sqliteTable('pbx_settings', {
  tenantId: integer('tenant_id')
    .primaryKey()
    .references(() => tenants.id, { onDelete: 'cascade' }),
  host: text('host').notNull(),
  sipDomain: text('sip_domain').notNull().default(''),
  sipUdpPort: integer('sip_udp_port').notNull().default(5060),
  sipTcpPort: integer('sip_tcp_port').notNull().default(5060),
  sipTlsPort: integer('sip_tls_port').notNull().default(5061),
  sipTransport: text('sip_transport', { enum: ['udp', 'tcp', 'tls'] })
    .notNull()
    .default('udp'),
  ntpServer: text('ntp_server').notNull().default('pool.ntp.org'),
  timeZone: text('time_zone').notNull().default('Europe/Rome'),
  language: text('language').notNull().default('it'),
  /** SIP PnP: also answer phones whose MAC no device has (they are always listed as unknown devices). */
  pnpAnswerUnknown: integer('pnp_answer_unknown', { mode: 'boolean' }).notNull().default(false),
  /** SIP PnP: which URL the NOTIFY gives phones. */
  pnpUrlScheme: text('pnp_url_scheme', { enum: ['http', 'https', 'tftp'] })
    .notNull()
    .default('http'),
  /** How often phones check their file again (minutes), and the time of day where the vendor can resync daily ('' = none). */
  resyncIntervalMinutes: integer('resync_interval_minutes').notNull().default(1440),
  resyncTime: text('resync_time').notNull().default(''),
  /** Given to new devices created without an admin password; empty: each gets a random one. Write-only. */
  defaultAdminPassword: encryptedText('default_admin_password').notNull().default(''),
});

export const networkInterfaces = sqliteTable(
  'network_interfaces',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    tenantId: integer('tenant_id')
      .notNull()
      .references(() => tenants.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    vlanId: integer('vlan_id'),
    ipv4Address: text('ipv4_address').notNull(),
  },
  (t) => [uniqueIndex('network_interfaces_tenant_name_uq').on(t.tenantId, t.name)],
);
