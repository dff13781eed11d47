import { and, asc, desc, eq, gt } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { blockedAddresses, devices, phoneAccess, tenants } from '@/db/schema';
import { decryptSecret } from '@/lib/secrets';

/** A tenant's phone-access row as stored (password encrypted). */
export type PhoneAccessRow = typeof phoneAccess.$inferSelect;
export type BlockedAddress = typeof blockedAddresses.$inferSelect;

/** What a tenant without a row has: everything off, the anti-enumeration defaults of issue 10. */
export const PHONE_ACCESS_DEFAULTS: Omit<PhoneAccessRow, 'tenantId'> = {
  authMode: 'off',
  username: '',
  password: '',
  allowedNetworks: '',
  checkUserAgentMac: false,
  firstFetchWindowHours: 0,
  enumerationThreshold: 30,
  enumerationWindowMinutes: 10,
  enumerationCooldownMinutes: 60,
};

export const getPhoneAccess = (db: DbOrTx, tenantId: number): PhoneAccessRow =>
  db.select().from(phoneAccess).where(eq(phoneAccess.tenantId, tenantId)).get() ?? { tenantId, ...PHONE_ACCESS_DEFAULTS };

/** The settings as the API and the console read them: networks as a list, the password in clear (callers mask it). */
export function phoneAccessView(row: PhoneAccessRow) {
  // The first-fetch window (its column is ready) is not enforced yet: not offered until it is.
  const { tenantId: _tenantId, allowedNetworks, password, firstFetchWindowHours: _notYet, ...rest } = row;
  return { ...rest, password: password ? decryptSecret(password) : '', allowedNetworks: allowedNetworks.split('\n').filter(Boolean) };
}
export type PhoneAccessView = ReturnType<typeof phoneAccessView>;

/** Every tenant with its settings (the defaults where it has no row), for the serving path's snapshot. */
export function allPhoneAccess(db: DbOrTx) {
  return db
    .select({ tenant: { id: tenants.id, uuid: tenants.uuid, isDefault: tenants.isDefault }, access: phoneAccess })
    .from(tenants)
    .leftJoin(phoneAccess, eq(phoneAccess.tenantId, tenants.id))
    .all()
    .map(({ tenant, access }) => ({ tenant, access: access ?? { tenantId: tenant.id, ...PHONE_ACCESS_DEFAULTS } }));
}

/** Blocks still in force at `now`, of every tenant (snapshot) or one (console, API). */
export const activeBlocks = (db: DbOrTx, now: Date, tenantId?: number): BlockedAddress[] =>
  db
    .select()
    .from(blockedAddresses)
    .where(tenantId === undefined ? gt(blockedAddresses.until, now) : and(eq(blockedAddresses.tenantId, tenantId), gt(blockedAddresses.until, now)))
    .orderBy(desc(blockedAddresses.blockedAt), asc(blockedAddresses.id))
    .all();

export const getBlock = (db: DbOrTx, tenantId: number, id: number): BlockedAddress | undefined =>
  db
    .select()
    .from(blockedAddresses)
    .where(and(eq(blockedAddresses.tenantId, tenantId), eq(blockedAddresses.id, id)))
    .get();

/** The MACs of the tenant's devices (lower-case hex): a miss on one of them is a phone asking for an optional file, not a guess. */
export const deviceMacsOfTenant = (db: DbOrTx, tenantId: number): string[] =>
  db
    .select({ mac: devices.mac })
    .from(devices)
    .where(eq(devices.tenantId, tenantId))
    .all()
    .map((d) => d.mac);

/** Whether a transaction is open on the connection (what it reads may still roll back). */
export const isInTransaction = (db: Db): boolean => db.$client.inTransaction;
