import { and, asc, count, desc, eq, inArray, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { redirectionJobs, redirectionServers } from '@/db/schema';
import { isRedirectionBrandOf } from '@/lib/redirection/brands';
import type { DeviceListParams } from '@/lib/validation/list-params';

/** The jobs the worker may send now, oldest first: due, of a live server, and first in line for their MAC. */
export function dueJobs(db: DbOrTx, now: number, limit = 20) {
  return db
    .select({ job: redirectionJobs, server: redirectionServers })
    .from(redirectionJobs)
    .innerJoin(redirectionServers, eq(redirectionServers.id, redirectionJobs.serverId))
    .where(
      and(
        eq(redirectionJobs.state, 'pending'),
        lte(redirectionJobs.nextAttemptAt, new Date(now)),
        // A disabled server is paused; a deleted one only sends the deregistrations it was asked for.
        or(and(eq(redirectionServers.isEnabled, true), isNull(redirectionServers.deletedAt)), isNotNull(redirectionServers.deletedAt)),
        sql`NOT EXISTS (SELECT 1 FROM redirection_jobs e WHERE e.server_id = ${redirectionJobs.serverId} AND e.mac = ${redirectionJobs.mac} AND e.state = 'pending' AND e.id < ${redirectionJobs.id})`,
      ),
    )
    .orderBy(asc(redirectionJobs.id))
    .limit(limit)
    .all();
}
export type DueJob = ReturnType<typeof dueJobs>[number];

/** Deleted servers whose deregistrations are all sent: their rows can go. */
export const deletedServersWithoutWork = (db: DbOrTx) =>
  db
    .select({ id: redirectionServers.id })
    .from(redirectionServers)
    .where(
      and(
        isNotNull(redirectionServers.deletedAt),
        sql`NOT EXISTS (SELECT 1 FROM redirection_jobs j WHERE j.server_id = ${redirectionServers.id} AND j.state = 'pending')`,
      ),
    )
    .all()
    .map((s) => s.id);

/** Pending jobs per server of the tenant. */
export function pendingCounts(db: DbOrTx, tenantId: number): Map<number, number> {
  const rows = db
    .select({ serverId: redirectionJobs.serverId, n: count() })
    .from(redirectionJobs)
    .where(and(eq(redirectionJobs.tenantId, tenantId), eq(redirectionJobs.state, 'pending')))
    .groupBy(redirectionJobs.serverId)
    .all();
  return new Map(rows.map((r) => [r.serverId, r.n]));
}

/** Where a device stands at its brand's redirection server; null when none applies (no enabled server of its brand, or the device is disabled). */
export type RedirectionStatus =
  | { state: 'registered'; server: string; at: number }
  | { state: 'pending'; server: string; attempts: number; lastAttemptAt: number | null; error: string | null; errorKind: string | null }
  | { state: 'failed'; server: string; lastAttemptAt: number; error: string; errorKind: string }
  | { state: 'not-registered'; server: string };

/** The live (enabled, not deleted) servers of a tenant. */
export const liveServers = (db: DbOrTx, tenantId: number) =>
  db
    .select()
    .from(redirectionServers)
    .where(and(eq(redirectionServers.tenantId, tenantId), eq(redirectionServers.isEnabled, true), isNull(redirectionServers.deletedAt)))
    .orderBy(asc(redirectionServers.id))
    .all();

/** Each device's redirection status, from the latest job for its MAC at the live server of its brand. */
export function redirectionStatuses(db: DbOrTx, tenantId: number, devices: readonly { id: number; mac: string; brandName: string; isEnabled: boolean }[]) {
  const out = new Map<number, RedirectionStatus | null>();
  const servers = liveServers(db, tenantId);
  const macs = [...new Set(devices.map((d) => d.mac))];
  const jobs =
    macs.length === 0 || servers.length === 0
      ? []
      : db
          .select()
          .from(redirectionJobs)
          .where(
            and(
              inArray(
                redirectionJobs.serverId,
                servers.map((s) => s.id),
              ),
              inArray(redirectionJobs.mac, macs),
            ),
          )
          .orderBy(desc(redirectionJobs.id))
          .all();
  for (const device of devices) {
    const server = device.isEnabled ? servers.find((s) => isRedirectionBrandOf(s.brand, device.brandName)) : undefined;
    if (!server) {
      out.set(device.id, null);
      continue;
    }
    const job = jobs.find((j) => j.serverId === server.id && j.mac === device.mac);
    out.set(device.id, statusOf(server.name, job));
  }
  return out;
}

function statusOf(server: string, job: typeof redirectionJobs.$inferSelect | undefined): RedirectionStatus {
  if (!job || job.action === 'deregister') return { state: 'not-registered', server };
  const lastAttemptAt = job.attempts > 0 ? job.updatedAt.getTime() : null;
  if (job.state === 'done') return { state: 'registered', server, at: job.updatedAt.getTime() };
  if (job.state === 'failed')
    return { state: 'failed', server, lastAttemptAt: job.updatedAt.getTime(), error: job.lastError ?? '', errorKind: job.lastErrorKind ?? 'unknown' };
  return { state: 'pending', server, attempts: job.attempts, lastAttemptAt, error: job.lastError, errorKind: job.lastErrorKind };
}

export type RedirectionFilter = NonNullable<DeviceListParams['redirection']>;

/** SQL: the device's latest register job of the tenant is in this state (the device list's filter). */
export const macWithRedirectionState = (tenantId: number, state: RedirectionFilter, macColumn: unknown) =>
  sql`${macColumn} IN (SELECT j.mac FROM redirection_jobs j WHERE j.tenant_id = ${tenantId} AND j.action = 'register' AND j.state = ${state === 'registered' ? 'done' : state}
    AND j.id = (SELECT max(k.id) FROM redirection_jobs k WHERE k.server_id = j.server_id AND k.mac = j.mac))`;

/** One device's redirection status (device page, REST API). */
export const deviceRedirectionStatus = (
  db: DbOrTx,
  tenantId: number,
  device: { id: number; mac: string; brandName: string; isEnabled: boolean } | undefined,
) => (device ? (redirectionStatuses(db, tenantId, [device]).get(device.id) ?? null) : null);
