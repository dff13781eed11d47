import { and, count, desc, eq, isNull, max, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { deviceModels, devices, type FetchChannel, fetchLog, filenameRules } from '@/db/schema';
import { deviceFileName } from '@/lib/file-name-rule';
import { deviceSync, type SyncState } from './devices';

/** How many of a phone's requests the device page lists. */
export const FETCH_HISTORY_LENGTH = 50;
/** How many distinct wrong names it shows. */
const MISSED_NAMES_SHOWN = 20;

/** One request of a device's phone; `ownFile`: it was served the device's file. Times in epoch ms. */
export type DeviceFetch = {
  id: number;
  at: number;
  channel: FetchChannel;
  fileName: string;
  clientIp: string;
  userAgent: string | null;
  status: number;
  ownFile: boolean;
};

/** A name the phone asked for (its MAC in the name or in its User-Agent) that got 404. */
export type MissedName = { fileName: string; count: number; lastAt: number };

export type DeviceFetchHistory = {
  /** The name the model's file-name rule gives the device's file (served only while the device is enabled). */
  fileName: string;
  lastFetch: DeviceFetch | null;
  /** The phone's most recent requests, newest first: its file's (by device) and any naming its MAC. */
  fetches: DeviceFetch[];
  sync: SyncState | null;
  missedNames: MissedName[];
};

type TenantScope = { id: number; isDefault: boolean };

/** The default tenant also owns the requests no tenant matched (as on the dashboard). */
const inTenant = (tenant: TenantScope): SQL =>
  tenant.isDefault ? or(eq(fetchLog.tenantId, tenant.id), isNull(fetchLog.tenantId))! : eq(fetchLog.tenantId, tenant.id);

const columns = {
  id: fetchLog.id,
  at: fetchLog.at,
  channel: fetchLog.channel,
  fileName: fetchLog.fileName,
  clientIp: fetchLog.clientIp,
  userAgent: fetchLog.userAgent,
  status: fetchLog.status,
  deviceId: fetchLog.deviceId,
};

type DeviceNaming = { id: number; mac: string; fileName: string };

/** The device's MAC and the name its model's rule gives its file; undefined when the device is not the tenant's. */
function deviceNaming(db: DbOrTx, tenantId: number, deviceId: number): DeviceNaming | undefined {
  const row = db
    .select({ id: devices.id, mac: devices.mac, prefix: filenameRules.prefix, macFormat: filenameRules.macFormat, suffix: filenameRules.suffix })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(and(eq(devices.id, deviceId), eq(devices.tenantId, tenantId)))
    .get();
  return row && { id: row.id, mac: row.mac, fileName: deviceFileName(row, row.mac) };
}

/**
 * The history's three reads of fetch_log, each along an index; exported for the query-plan test. A row linked to a
 * device is found by device only (its MAC is that device's, from the file name): the MAC index holds the rest.
 */
export function fetchHistoryQueries(db: DbOrTx, tenant: TenantScope, device: DeviceNaming) {
  const fromMac = and(eq(fetchLog.mac, device.mac), isNull(fetchLog.deviceId), inTenant(tenant));
  const latest = (where: SQL | undefined) => db.select(columns).from(fetchLog).where(where).orderBy(desc(fetchLog.id)).limit(FETCH_HISTORY_LENGTH);
  return {
    byDevice: latest(eq(fetchLog.deviceId, device.id)),
    byMac: latest(fromMac),
    missedNames: db
      .select({ fileName: fetchLog.fileName, count: count(), lastAt: max(fetchLog.at) })
      .from(fetchLog)
      .where(and(fromMac, eq(fetchLog.status, 404), sql`lower(${fetchLog.fileName}) <> ${device.fileName.toLowerCase()}`))
      .groupBy(fetchLog.fileName)
      .orderBy(desc(max(fetchLog.at)))
      .limit(MISSED_NAMES_SHOWN),
  };
}

/** What a device's phone asked for, from the fetch log; undefined when the device is not the tenant's. */
export function deviceFetchHistory(db: DbOrTx, tenant: TenantScope, deviceId: number): DeviceFetchHistory | undefined {
  const device = deviceNaming(db, tenant.id, deviceId);
  if (!device) return undefined;
  const queries = fetchHistoryQueries(db, tenant, device);
  const rows = new Map<number, DeviceFetch>();
  for (const { deviceId: owner, at, ...row } of [...queries.byDevice.all(), ...queries.byMac.all()])
    rows.set(row.id, { ...row, at: at.getTime(), ownFile: owner === device.id });
  const fetches = [...rows.values()].sort((a, b) => b.id - a.id).slice(0, FETCH_HISTORY_LENGTH);
  const missedNames = queries.missedNames.all().map((m) => ({ fileName: m.fileName, count: m.count, lastAt: m.lastAt?.getTime() ?? 0 }));
  return { fileName: device.fileName, lastFetch: fetches[0] ?? null, fetches, sync: deviceSync(db, device.id), missedNames };
}
