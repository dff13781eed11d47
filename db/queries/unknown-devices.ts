import { and, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { type FetchChannel, unknownDevices } from '@/db/schema';
import { resolveSort, UNKNOWN_DEVICE_SORT, type UnknownDeviceListParams } from '@/lib/validation/list-params';
import { byDir, likeTerm, macDigits, type Page, pageWindow } from './paging';
import { rowInTenant } from './support';

export type UnknownDevice = typeof unknownDevices.$inferSelect;

export const listUnknownDevices = (db: DbOrTx, tenantId: number) =>
  db.select().from(unknownDevices).where(eq(unknownDevices.tenantId, tenantId)).orderBy(desc(unknownDevices.lastSeenAt)).all();

export const getUnknownDevice = (db: DbOrTx, tenantId: number, id: number): UnknownDevice | undefined => rowInTenant(db, unknownDevices, tenantId, id);

/** What the tenant's fetches told about a MAC no device owns (vendor, model), if it asked. */
export const unknownDeviceByMac = (db: DbOrTx, tenantId: number, mac: string) =>
  db
    .select({ vendor: unknownDevices.vendor, model: unknownDevices.model })
    .from(unknownDevices)
    .where(and(eq(unknownDevices.tenantId, tenantId), eq(unknownDevices.mac, mac)))
    .get();

/** A MAC that asked for a file no device owns; times in epoch ms. */
export type UnknownDeviceRow = {
  id: number;
  mac: string;
  vendor: string | null;
  model: string | null;
  lastIp: string;
  lastFileName: string;
  lastUserAgent: string | null;
  lastChannel: FetchChannel;
  firstSeenAt: number;
  lastSeenAt: number;
  count: number;
};
export type UnknownDevicePage = Page<UnknownDeviceRow>;

function matching(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const term = likeTerm(q);
  const mac = macDigits(q);
  return or(
    ...(mac.length >= 2 ? [like(unknownDevices.mac, `%${mac}%`)] : []),
    like(unknownDevices.vendor, term),
    like(unknownDevices.model, term),
    like(unknownDevices.lastIp, term),
  );
}

/** One page of the tenant's unknown devices as stored, the most recently seen first unless asked (REST API). */
export function unknownDeviceRowPage(db: DbOrTx, tenantId: number, params: UnknownDeviceListParams): Page<UnknownDevice> {
  const { column, dir } = resolveSort(UNKNOWN_DEVICE_SORT, params);
  const where = and(eq(unknownDevices.tenantId, tenantId), matching(params.q));
  const total = db.select({ n: count() }).from(unknownDevices).where(where).get()?.n ?? 0;
  const { page, pageSize, offset } = pageWindow(params, total);
  const items = db
    .select()
    .from(unknownDevices)
    .where(where)
    .orderBy(byDir(dir)(column === 'mac' ? unknownDevices.mac : unknownDevices.lastSeenAt), byDir(dir)(unknownDevices.id))
    .limit(pageSize)
    .offset(offset)
    .all();
  return { items, total, page, pageSize };
}

/** The same page for the console table, times in epoch ms. */
export function listUnknownDevicePage(db: DbOrTx, tenantId: number, params: UnknownDeviceListParams): UnknownDevicePage {
  const { items, ...page } = unknownDeviceRowPage(db, tenantId, params);
  return {
    ...page,
    items: items.map(({ tenantId: _tenantId, firstSeenAt, lastSeenAt, ...r }) => ({
      ...r,
      firstSeenAt: firstSeenAt.getTime(),
      lastSeenAt: lastSeenAt.getTime(),
    })),
  };
}

/** The most recently seen unknown devices (dashboard). */
export function latestUnknownDevices(db: DbOrTx, tenantId: number, limit = 10) {
  return db
    .select({
      id: unknownDevices.id,
      mac: unknownDevices.mac,
      vendor: unknownDevices.vendor,
      model: unknownDevices.model,
      lastIp: unknownDevices.lastIp,
      lastSeenAt: unknownDevices.lastSeenAt,
      count: unknownDevices.count,
    })
    .from(unknownDevices)
    .where(eq(unknownDevices.tenantId, tenantId))
    .orderBy(desc(unknownDevices.lastSeenAt))
    .limit(limit)
    .all();
}
