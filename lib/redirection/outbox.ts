import { and, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { redirectionJobs } from '@/db/schema';
import type { RedirectionErrorKind } from './types';

export type JobAction = 'register' | 'deregister';

/**
 * Writes what a vendor must be told, in the caller's transaction: the intent can never be lost
 * between a device change and the worker that sends it (lib/redirection/worker.ts).
 */
export function enqueueJobs(tx: DbOrTx, tenantId: number, serverId: number, action: JobAction, macs: readonly string[], now = Date.now()) {
  if (macs.length === 0) return;
  const at = new Date(now);
  tx.insert(redirectionJobs)
    .values(macs.map((mac) => ({ tenantId, serverId, mac, action, nextAttemptAt: at, createdAt: at, updatedAt: at })))
    .run();
}

export function markJobDone(tx: DbOrTx, jobId: number, now = Date.now()) {
  tx.update(redirectionJobs)
    .set({ state: 'done', updatedAt: new Date(now), lastError: null, lastErrorKind: null })
    .where(eq(redirectionJobs.id, jobId))
    .run();
}

/** A failed attempt: retried at `retryAt`, or given up (`retryAt` null) when retrying cannot help. */
export function markJobFailed(
  tx: DbOrTx,
  job: { id: number; attempts: number },
  error: { kind: RedirectionErrorKind; text: string },
  retryAt: number | null,
  now = Date.now(),
) {
  tx.update(redirectionJobs)
    .set({
      state: retryAt === null ? 'failed' : 'pending',
      attempts: job.attempts + 1,
      nextAttemptAt: new Date(retryAt ?? now),
      lastErrorKind: error.kind,
      lastError: error.text.slice(0, 500),
      updatedAt: new Date(now),
    })
    .where(eq(redirectionJobs.id, job.id))
    .run();
}

/** Makes a server's waiting jobs due now (its credentials or address were just changed by the admin). */
export function retryServerJobsNow(tx: DbOrTx, serverId: number, now = Date.now()) {
  tx.update(redirectionJobs)
    .set({ nextAttemptAt: new Date(now) })
    .where(and(eq(redirectionJobs.serverId, serverId), eq(redirectionJobs.state, 'pending')))
    .run();
}
