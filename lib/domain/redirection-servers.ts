import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { devicesWithBrand } from '@/db/queries/devices';
import { getRedirectionServer, type RedirectionServer, redirectionServerIdHoldingName } from '@/db/queries/redirection-servers';
import { redirectionServers } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, DomainError, found } from '@/lib/errors';
import { isRedirectionBrandOf } from '@/lib/redirection/brands';
import { clientFor } from '@/lib/redirection/clients';
import { enqueueJobs, retryServerJobsNow } from '@/lib/redirection/outbox';
import { RedirectionError, type RedirectionErrorKind } from '@/lib/redirection/types';
import { decryptSecret, encryptSecret } from '@/lib/secrets';
import { redirectionServerSchema } from '@/lib/validation/entities';
import { queueDeregisterAll, queueRegisterAll } from './redirection';

/** Names are unique per tenant and brand. */
function parse(db: Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = redirectionServerSchema.parse(input);
  const holder = redirectionServerIdHoldingName(db, tenantId, data.brand, data.name);
  if (holder !== undefined && holder !== exceptId) throw conflict('name', 'validation:nameTaken', { name: data.name });
  return data;
}

/** A server being deleted (its deregistrations still queued) is gone for the admin. */
const liveServer = (db: Db, tenantId: number, id: number) => {
  const server = getRedirectionServer(db, tenantId, id);
  return found(server && !server.deletedAt ? server : undefined, 'redirection server');
};

/** Creates a server; an enabled one registers every phone of its brand at once (through the outbox). */
export function createRedirectionServer(db: Db, tenantId: number, input: unknown): RedirectionServer {
  const data = parse(db, tenantId, input);
  return db.transaction((tx) => {
    const server = tx
      .insert(redirectionServers)
      .values({ ...data, password: encryptSecret(data.password), tenantId })
      .returning()
      .get();
    if (server.isEnabled) queueRegisterAll(tx, tenantId, server);
    recordAudit(tx, { tenantId, entity: 'redirection-server', entityId: server.id, label: server.name, action: 'create', after: server });
    return server;
  });
}

/**
 * Partial update; the password is kept when left out. Enabling, or a new target (server name,
 * provisioning URL), registers every phone of the brand again; disabling pauses the queue (nothing
 * is deleted at the vendor); new credentials or a new API address retry the waiting jobs at once.
 */
export function updateRedirectionServer(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): RedirectionServer {
  const current = liveServer(db, tenantId, id);
  const newPassword = typeof patch.password === 'string' && patch.password !== '' ? patch.password : null;
  const data = parse(db, tenantId, { ...current, ...patch, password: newPassword ?? decryptSecret(current.password) }, id);
  return db.transaction((tx) => {
    const server = tx
      .update(redirectionServers)
      .set({ ...data, password: newPassword ? encryptSecret(newPassword) : current.password })
      .where(eq(redirectionServers.id, id))
      .returning()
      .get();
    const changed = (keys: (keyof typeof data)[]) => keys.some((k) => data[k] !== current[k]);
    // A new target (another vendor, server name or URL) re-points every phone; new credentials retry what waits.
    if (server.isEnabled && (!current.isEnabled || changed(['brand', 'name', 'provisioningUrl']))) queueRegisterAll(tx, tenantId, server);
    else if (server.isEnabled && (newPassword || changed(['username', 'apiBaseUrl', 'yealinkApi']))) {
      retryServerJobsNow(tx, id);
    }
    recordAudit(tx, { tenantId, entity: 'redirection-server', entityId: id, label: server.name, action: 'update', before: current, after: server });
    return server;
  });
}

/**
 * Deletes a server. With `deregister`, its phones are first removed at the vendor: the row stays
 * (hidden, disabled) until those jobs are sent, then the worker deletes it.
 */
export function deleteRedirectionServer(db: Db, tenantId: number, id: number, options: { deregister?: boolean } = {}): void {
  const server = liveServer(db, tenantId, id);
  db.transaction((tx) => {
    if (options.deregister) {
      tx.update(redirectionServers).set({ isEnabled: false, deletedAt: new Date() }).where(eq(redirectionServers.id, id)).run();
      queueDeregisterAll(tx, tenantId, server);
    } else tx.delete(redirectionServers).where(eq(redirectionServers.id, id)).run();
    const deregister = { field: 'deregister', to: Boolean(options.deregister) };
    recordAudit(tx, { tenantId, entity: 'redirection-server', entityId: id, label: server.name, action: 'delete', changes: [deregister] });
  });
}

const client = (server: RedirectionServer) => clientFor({ ...server, password: decryptSecret(server.password) });

/** A vendor that cannot be reached or refuses: a 502 naming the kind of trouble (details.kind) and the vendor's words. */
function vendorFailure(error: unknown): DomainError {
  const e = error instanceof RedirectionError ? error : new RedirectionError('unknown', error instanceof Error ? error.message : String(error));
  return new DomainError(502, 'validation:redirection.vendorFailed', null, { detail: e.vendorText || e.kind }, { kind: e.kind, detail: e.vendorText });
}

export type ConnectionTest = { ok: true; servers: string[] } | { ok: false; kind: RedirectionErrorKind; detail: string };

/** Authenticates at the vendor and lists its servers (Yealink/Escene) or profiles (Snom); failures say what kind they are. */
export async function testRedirectionServer(db: Db, tenantId: number, id: number): Promise<ConnectionTest> {
  try {
    return { ok: true, ...(await client(liveServer(db, tenantId, id)).test()) };
  } catch (error) {
    const e = error instanceof RedirectionError ? error : new RedirectionError('unknown', error instanceof Error ? error.message : String(error));
    return { ok: false, kind: e.kind, detail: e.vendorText };
  }
}

export type ReconcileRow = { mac: string; issue: 'only-at-vendor' | 'only-here' | 'pointing-elsewhere'; remoteServer: string | null; remoteUrl: string | null };

/**
 * Compares what the vendor has for this account with our phones of the server's brand: phones
 * only at the vendor, only here, or sent elsewhere. `provisioningUrl` is the URL phones should get.
 */
export async function reconcileRedirectionServer(db: Db, tenantId: number, id: number, provisioningUrl: string): Promise<ReconcileRow[]> {
  const server = liveServer(db, tenantId, id);
  const target = { serverName: server.name, provisioningUrl: server.provisioningUrl || provisioningUrl };
  const remote = await client(server)
    .list(target)
    .catch((error: unknown) => {
      throw vendorFailure(error);
    });
  const ours = new Set(
    devicesWithBrand(db, tenantId)
      .filter((d) => d.isEnabled && isRedirectionBrandOf(server.brand, d.brandName))
      .map((d) => d.mac),
  );
  const rows: ReconcileRow[] = [];
  const seen = new Set<string>();
  for (const device of remote) {
    seen.add(device.mac);
    const row = { mac: device.mac, remoteServer: device.serverName, remoteUrl: device.url };
    if (!ours.has(device.mac)) rows.push({ ...row, issue: 'only-at-vendor' });
    else if (
      (device.serverName && device.serverName !== target.serverName) ||
      (server.brand === 'snom' && device.url && device.url !== target.provisioningUrl)
    ) {
      rows.push({ ...row, issue: 'pointing-elsewhere' });
    }
  }
  for (const mac of ours) if (!seen.has(mac)) rows.push({ mac, issue: 'only-here', remoteServer: null, remoteUrl: null });
  return rows.sort((a, b) => a.mac.localeCompare(b.mac));
}

/** Fixes reconciliation rows through the outbox: phones only at the vendor are deregistered, the others (re-)registered. */
export function fixReconcileRows(db: Db, tenantId: number, id: number, rows: readonly Pick<ReconcileRow, 'mac' | 'issue'>[]): number {
  const server = liveServer(db, tenantId, id);
  db.transaction((tx) => {
    const macs = (issue: ReconcileRow['issue']) => rows.filter((r) => r.issue === issue).map((r) => r.mac);
    const changes = (['only-at-vendor', 'only-here', 'pointing-elsewhere'] as const).map((issue) => ({ field: issue, to: macs(issue).join(', ') }));
    recordAudit(tx, { tenantId, entity: 'redirection-server', entityId: id, label: server.name, action: 'fix', changes: changes.filter((c) => c.to !== '') });
    enqueueJobs(
      tx,
      tenantId,
      server.id,
      'deregister',
      rows.filter((r) => r.issue === 'only-at-vendor').map((r) => r.mac),
    );
    enqueueJobs(
      tx,
      tenantId,
      server.id,
      'register',
      rows.filter((r) => r.issue !== 'only-at-vendor').map((r) => r.mac),
    );
  });
  return rows.length;
}
