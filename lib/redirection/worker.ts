import { eq, inArray } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { deletedServersWithoutWork, type DueJob, dueJobs } from '@/db/queries/redirection-jobs';
import { redirectionServers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { type Actor, runAs } from '@/lib/auth/actor';
import { log } from '@/lib/logger';
import { formatMac } from '@/lib/mac';
import { decryptSecret } from '@/lib/secrets';
import { clientFor } from './clients';
import { markJobDone, markJobFailed } from './outbox';
import { nextAttemptAt } from './retry-policy';
import { RedirectionError, type RedirectionClient } from './types';

type Server = DueJob['server'];

/** Who the audit log names for what the worker does. */
const WORKER_ACTOR: Actor = { kind: 'system', name: 'redirection' };

/** Passes per run: bounds one run when a vendor answers fast and the backlog is long. */
const MAX_PASSES = 20;

export type WorkerOptions = {
  db: Db;
  pollMs: number;
  /** Our provisioning URL for a tenant, when the server row names none. */
  defaultUrl: (tenantId: number) => string;
  now?: () => number;
  timeoutMs?: number;
};

const asRedirectionError = (error: unknown) =>
  error instanceof RedirectionError ? error : new RedirectionError('unknown', error instanceof Error ? error.message : String(error));

/**
 * Sends the outbox (redirection_jobs) to the vendors: due jobs oldest first, the jobs of one
 * server one after another, servers side by side. Every outcome is written back, so a restart
 * (or a crash) resumes where it stopped; registering and deregistering are idempotent at the vendor.
 */
export function createRedirectionWorker(options: WorkerOptions) {
  const { db } = options;
  const now = options.now ?? Date.now;
  const clients = new Map<string, RedirectionClient>();
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<number> | null = null;
  let stopped = true;

  // One client per server and credentials, so a vendor token (YMCS) is reused between jobs.
  function client(server: Server): RedirectionClient {
    const key = JSON.stringify([server.id, server.brand, server.yealinkApi, server.apiBaseUrl, server.username, server.password]);
    let c = clients.get(key);
    if (!c) {
      c = clientFor({ ...server, password: decryptSecret(server.password) }, { timeoutMs: options.timeoutMs });
      clients.set(key, c);
    }
    return c;
  }

  /** The server's last success or last error, written with the job's outcome. */
  function recordServer(tx: DbOrTx, serverId: number, outcome: { ok: true } | { ok: false; error: RedirectionError }) {
    const at = new Date(now());
    tx.update(redirectionServers)
      .set(outcome.ok ? { lastSuccessAt: at } : { lastErrorAt: at, lastErrorKind: outcome.error.kind, lastError: outcome.error.vendorText.slice(0, 500) })
      .where(eq(redirectionServers.id, serverId))
      .run();
  }

  function auditJob(tx: DbOrTx, { job, server }: DueJob, result: string) {
    const changes = [
      { field: 'mac', to: formatMac(job.mac, 'colon-upper') },
      { field: 'result', to: result },
    ];
    recordAudit(
      tx,
      { tenantId: server.tenantId, entity: 'redirection-server', entityId: server.id, label: server.name, action: job.action, changes },
      new Date(now()),
    );
  }

  async function send({ job, server }: DueJob) {
    try {
      const target = { serverName: server.name, provisioningUrl: server.provisioningUrl || options.defaultUrl(server.tenantId) };
      if (job.action === 'register') await client(server).register(job.mac, target);
      else await client(server).deregister(job.mac);
      db.transaction((tx) => {
        markJobDone(tx, job.id, now());
        recordServer(tx, server.id, { ok: true });
        auditJob(tx, { job, server }, 'done');
      });
    } catch (caught) {
      const error = asRedirectionError(caught);
      const retryAt = nextAttemptAt(error.kind, job.attempts, now(), error.retryAfterMs);
      db.transaction((tx) => {
        markJobFailed(tx, job, { kind: error.kind, text: error.vendorText || error.message }, retryAt, now());
        recordServer(tx, server.id, { ok: false, error });
        // Retries are the worker's business; the trail shows the outcome: done, or given up.
        if (retryAt === null) auditJob(tx, { job, server }, `failed: ${error.kind}`);
      });
      // Never the credentials: the vendor's words and the MAC only.
      log.warn('redirection job failed', {
        server: server.name,
        brand: server.brand,
        mac: job.mac,
        action: job.action,
        kind: error.kind,
        retry: retryAt !== null,
      });
    }
  }

  async function pass(due: DueJob[]) {
    const byServer = new Map<number, DueJob[]>();
    for (const item of due) byServer.set(item.server.id, [...(byServer.get(item.server.id) ?? []), item]);
    await Promise.all(
      [...byServer.values()].map(async (jobs) => {
        for (const item of jobs) await send(item);
      }),
    );
  }

  /**
   * Sends what is due now, pass after pass (a pass takes the first job in line of each MAC, so a
   * MAC's next job waits for the previous one); resolves with the number of jobs attempted.
   */
  const runOnce = (): Promise<number> => runAs(WORKER_ACTOR, sendDue);

  async function sendDue(): Promise<number> {
    let attempted = 0;
    for (let round = 0; round < MAX_PASSES; round++) {
      const due = dueJobs(db, now());
      if (due.length === 0) break;
      await pass(due);
      attempted += due.length;
    }
    const finished = deletedServersWithoutWork(db);
    if (finished.length > 0) db.delete(redirectionServers).where(inArray(redirectionServers.id, finished)).run();
    return attempted;
  }

  function schedule() {
    if (stopped) return;
    timer = setTimeout(async () => {
      running = runOnce().catch((error: unknown) => {
        log.error('redirection worker pass failed', { error: error instanceof Error ? error.message : String(error) });
        return 0;
      });
      await running;
      running = null;
      schedule();
    }, options.pollMs);
    timer.unref();
  }

  return {
    runOnce,
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
