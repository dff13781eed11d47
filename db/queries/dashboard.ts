import { and, count, eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { devices, generatedFiles, unknownDevices } from '@/db/schema';
import { devicesNeverFetched, hasPendingChanges } from './devices';
import { recentFetches } from './fetch-log';
import { activeBlocks } from './phone-access';
import { listRedirectionServerRows } from './redirection-servers';
import { latestUnknownDevices } from './unknown-devices';

export type DashboardCounts = { devices: number; enabled: number; neverFetched: number; pendingChanges: number; unknownDevices: number; files: number };

export function dashboardCounts(db: DbOrTx, tenantId: number): DashboardCounts {
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
  const pendingChanges =
    db
      .select({ n: count() })
      .from(devices)
      .where(and(eq(devices.tenantId, tenantId), hasPendingChanges))
      .get()?.n ?? 0;
  return {
    devices: row?.devices ?? 0,
    enabled: Number(row?.enabled ?? 0),
    neverFetched: Number(row?.neverFetched ?? 0),
    pendingChanges,
    unknownDevices: unknown,
    files,
  };
}

/** Everything the dashboard shows, with times as epoch milliseconds (the same over RSC and JSON). */
export function dashboardData(db: DbOrTx, tenant: { id: number; isDefault: boolean }) {
  return {
    counts: dashboardCounts(db, tenant.id),
    fetches: recentFetches(db, tenant).map((f) => ({ ...f, at: f.at.getTime() })),
    neverFetched: devicesNeverFetched(db, tenant.id).map((d) => ({ ...d, createdAt: d.createdAt.getTime() })),
    unknownDevices: latestUnknownDevices(db, tenant.id).map((u) => ({ ...u, lastSeenAt: u.lastSeenAt.getTime() })),
    redirectionServers: listRedirectionServerRows(db, tenant.id),
    blockedAddresses: activeBlocks(db, new Date(), tenant.id).map((b) => ({ ...b, blockedAt: b.blockedAt.getTime(), until: b.until.getTime() })),
  };
}
export type DashboardData = ReturnType<typeof dashboardData>;
