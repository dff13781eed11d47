import { and, asc, count, desc, eq, inArray, isNull, like, or, sql } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, brands, deviceLines, deviceModels, devices, fetchLog, generatedFiles, templates, unknownDevices } from '@/db/schema';

/**
 * Read models of the console screens: narrow column sets shaped for one table or form each.
 * Writes stay in lib/domain; this file only reads.
 */

export type DashboardCounts = { devices: number; enabled: number; neverFetched: number; unknownDevices: number; files: number };

export function dashboardCounts(db: Db, tenantId: number): DashboardCounts {
  const row = db
    .select({
      devices: count(),
      enabled: sql<number>`coalesce(sum(${devices.isEnabled}), 0)`,
      neverFetched: sql<number>`coalesce(sum(${devices.lastFetchedAt} is null), 0)`,
    })
    .from(devices)
    .where(eq(devices.tenantId, tenantId))
    .get();
  const unknown = db.select({ n: count() }).from(unknownDevices).where(eq(unknownDevices.tenantId, tenantId)).get()?.n ?? 0;
  const files = db.select({ n: count() }).from(generatedFiles).where(eq(generatedFiles.tenantId, tenantId)).get()?.n ?? 0;
  return { devices: row?.devices ?? 0, enabled: Number(row?.enabled ?? 0), neverFetched: Number(row?.neverFetched ?? 0), unknownDevices: unknown, files };
}

/** The latest provisioning requests of a tenant; the default tenant also sees requests no tenant matched. */
export function recentFetches(db: Db, tenant: { id: number; isDefault: boolean }, limit = 20) {
  const scope = tenant.isDefault ? or(eq(fetchLog.tenantId, tenant.id), isNull(fetchLog.tenantId)) : eq(fetchLog.tenantId, tenant.id);
  return db
    .select({ id: fetchLog.id, at: fetchLog.at, channel: fetchLog.channel, fileName: fetchLog.fileName, clientIp: fetchLog.clientIp, vendor: fetchLog.vendor, model: fetchLog.model, status: fetchLog.status, deviceId: fetchLog.deviceId })
    .from(fetchLog)
    .where(scope)
    .orderBy(desc(fetchLog.id))
    .limit(limit)
    .all();
}

export function devicesNeverFetched(db: Db, tenantId: number, limit = 10) {
  return db
    .select({ id: devices.id, mac: devices.mac, label: devices.label, modelName: deviceModels.name, createdAt: devices.createdAt })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .where(and(eq(devices.tenantId, tenantId), isNull(devices.lastFetchedAt)))
    .orderBy(desc(devices.createdAt), desc(devices.id))
    .limit(limit)
    .all();
}

export function latestUnknownDevices(db: Db, tenantId: number, limit = 10) {
  return db
    .select({ id: unknownDevices.id, mac: unknownDevices.mac, vendor: unknownDevices.vendor, model: unknownDevices.model, lastIp: unknownDevices.lastIp, lastSeenAt: unknownDevices.lastSeenAt, count: unknownDevices.count })
    .from(unknownDevices)
    .where(eq(unknownDevices.tenantId, tenantId))
    .orderBy(desc(unknownDevices.lastSeenAt))
    .limit(limit)
    .all();
}

/** Brands, models and templates (without bodies) for the cascading selects of the device form and filters. */
export function deviceCatalogue(db: Db, tenantId: number) {
  return {
    brands: db.select({ id: brands.id, name: brands.name }).from(brands).where(eq(brands.tenantId, tenantId)).orderBy(asc(brands.name)).all(),
    models: db.select({ id: deviceModels.id, name: deviceModels.name, brandId: deviceModels.brandId }).from(deviceModels).where(eq(deviceModels.tenantId, tenantId)).orderBy(asc(deviceModels.name)).all(),
    templates: db
      .select({ id: templates.id, name: templates.name, modelId: templates.modelId, isBuiltIn: templates.isBuiltIn })
      .from(templates)
      .where(eq(templates.tenantId, tenantId))
      .orderBy(desc(templates.isBuiltIn), asc(templates.name))
      .all(),
  };
}
export type DeviceCatalogue = ReturnType<typeof deviceCatalogue>;

/** The generated file a device owns, with the id the file manager links by. */
export const deviceFileLink = (db: Db, deviceId: number) =>
  db.select({ id: generatedFiles.id, fileName: generatedFiles.fileName }).from(generatedFiles).where(eq(generatedFiles.deviceId, deviceId)).get() ?? null;

export type AccountOption = { id: number; extension: string; sipUsername: string; displayName: string };
const accountOption = { id: accounts.id, extension: accounts.extension, sipUsername: accounts.sipUsername, displayName: accounts.displayName };

/** Accounts matching a search (extension, SIP user, names), for the line picker. */
export function searchAccounts(db: Db, tenantId: number, q: string | undefined, limit = 10): AccountOption[] {
  return db.select(accountOption).from(accounts).where(and(eq(accounts.tenantId, tenantId), accountMatch(q))).orderBy(asc(accounts.extension), asc(accounts.id)).limit(limit).all();
}

/** The accounts of the given ids, in the order given (a device's lines). */
export function accountsByIds(db: Db, tenantId: number, ids: number[]): AccountOption[] {
  if (ids.length === 0) return [];
  const rows = db.select(accountOption).from(accounts).where(and(eq(accounts.tenantId, tenantId), inArray(accounts.id, ids))).all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Matches an account by extension, SIP user name or names. */
export function accountMatch(q: string | undefined) {
  if (!q) return undefined;
  const term = `%${q.replace(/[%_]/g, '')}%`;
  return or(like(accounts.extension, term), like(accounts.sipUsername, term), like(accounts.displayName, term), like(accounts.firstName, term), like(accounts.lastName, term));
}

/** The devices whose lines use an account: what blocks its deletion. */
export function devicesUsingAccount(db: Db, tenantId: number, accountId: number) {
  return db
    .selectDistinct({ id: devices.id, mac: devices.mac, label: devices.label })
    .from(deviceLines)
    .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
    .where(and(eq(deviceLines.accountId, accountId), eq(devices.tenantId, tenantId)))
    .orderBy(asc(devices.mac))
    .all();
}

/** Everything the dashboard shows, with times as epoch milliseconds (the same over RSC and JSON). */
export function dashboardData(db: Db, tenant: { id: number; isDefault: boolean }) {
  return {
    counts: dashboardCounts(db, tenant.id),
    fetches: recentFetches(db, tenant).map((f) => ({ ...f, at: f.at.getTime() })),
    neverFetched: devicesNeverFetched(db, tenant.id).map((d) => ({ ...d, createdAt: d.createdAt.getTime() })),
    unknownDevices: latestUnknownDevices(db, tenant.id).map((u) => ({ ...u, lastSeenAt: u.lastSeenAt.getTime() })),
  };
}
export type DashboardData = ReturnType<typeof dashboardData>;
