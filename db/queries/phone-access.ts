import { and, asc, desc, eq, gt, isNotNull, max } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { blockedAddresses, devices, fetchLog, phoneAccess, tenants } from '@/db/schema';
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
  const { tenantId: _tenantId, allowedNetworks, password, ...rest } = row;
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

/** When each of the tenant's devices was last opened to a first fetch (armed, else created), by MAC, in epoch ms. */
export const deviceOpenings = (db: DbOrTx, tenantId: number): { id: number; mac: string; openedAt: number }[] =>
  db
    .select({ id: devices.id, mac: devices.mac, armedAt: devices.armedAt, createdAt: devices.createdAt })
    .from(devices)
    .where(eq(devices.tenantId, tenantId))
    .all()
    .map((d) => ({ id: d.id, mac: d.mac, openedAt: (d.armedAt ?? d.createdAt).getTime() }));

/** The address of each device's last successful fetch still in the log, by device id (SQLite takes the bare column from the max row). */
export const lastFetchAddresses = (db: DbOrTx, tenantId: number): Map<number, string> =>
  new Map(
    db
      .select({ deviceId: fetchLog.deviceId, clientIp: fetchLog.clientIp, last: max(fetchLog.id) })
      .from(fetchLog)
      .where(and(eq(fetchLog.tenantId, tenantId), eq(fetchLog.status, 200), isNotNull(fetchLog.deviceId)))
      .groupBy(fetchLog.deviceId)
      .all()
      .map((row) => [row.deviceId!, row.clientIp]),
  );

/** A device's first-fetch window as the console shows it; null when the tenant has no window (or authentication is off). */
export type FirstFetchState = { windowHours: number; openUntil: number; isOpen: boolean; lastAddress: string | null };

export function firstFetchState(db: DbOrTx, tenantId: number, device: { id: number; armedAt: Date | null; createdAt: Date }): FirstFetchState | null {
  const access = getPhoneAccess(db, tenantId);
  if (access.authMode === 'off' || !access.username || !access.password || access.firstFetchWindowHours <= 0) return null;
  const last = db
    .select({ clientIp: fetchLog.clientIp })
    .from(fetchLog)
    .where(and(eq(fetchLog.tenantId, tenantId), eq(fetchLog.deviceId, device.id), eq(fetchLog.status, 200)))
    .orderBy(desc(fetchLog.id))
    .limit(1)
    .get();
  const openedAt = (device.armedAt ?? device.createdAt).getTime();
  const openUntil = openedAt + access.firstFetchWindowHours * 3_600_000;
  return { windowHours: access.firstFetchWindowHours, openUntil, isOpen: openUntil > Date.now(), lastAddress: last?.clientIp ?? null };
}
