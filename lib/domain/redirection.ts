import type { DbOrTx } from '@/db/client';
import { type DeviceWithBrand, devicesWithBrand } from '@/db/queries/devices';
import { liveServers } from '@/db/queries/redirection-jobs';
import { isRedirectionBrandOf, type RedirectionBrand } from '@/lib/redirection/brands';
import { enqueueJobs } from '@/lib/redirection/outbox';

/**
 * Keeps every live redirection server's view equal to ours: the register/deregister intents a
 * write implies, queued in the write's own transaction (the outbox; the worker sends them).
 */

type Target = Pick<DeviceWithBrand, 'mac' | 'brandName' | 'isEnabled'>;
const isTargetOf = (brand: RedirectionBrand, d: Target | null): d is Target => !!d && d.isEnabled && isRedirectionBrandOf(brand, d.brandName);

/** A device created (`before` null), changed or deleted (`after` null). */
export function queueDeviceChange(tx: DbOrTx, tenantId: number, before: Target | null, after: Target | null) {
  for (const server of liveServers(tx, tenantId)) {
    const was = isTargetOf(server.brand, before);
    const is = isTargetOf(server.brand, after);
    if (was && (!is || before.mac !== after!.mac)) enqueueJobs(tx, tenantId, server.id, 'deregister', [before.mac]);
    if (is && (!was || before!.mac !== after.mac)) enqueueJobs(tx, tenantId, server.id, 'register', [after.mac]);
  }
}

/** The device as redirection sees it, read inside the write's transaction. */
export const redirectionTarget = (tx: DbOrTx, tenantId: number, deviceId: number): Target | null => devicesWithBrand(tx, tenantId, deviceId)[0] ?? null;

/** The MACs of the tenant's enabled devices of a brand. */
const macsOfBrand = (tx: DbOrTx, tenantId: number, brand: RedirectionBrand) =>
  devicesWithBrand(tx, tenantId)
    .filter((d) => isTargetOf(brand, d))
    .map((d) => d.mac);

/** A server that starts (created enabled, or enabled again): every phone of its brand is registered. */
export function queueRegisterAll(tx: DbOrTx, tenantId: number, server: { id: number; brand: RedirectionBrand }) {
  enqueueJobs(tx, tenantId, server.id, 'register', macsOfBrand(tx, tenantId, server.brand));
}

/** A server deleted with "deregister its phones": every phone of its brand is removed at the vendor. */
export function queueDeregisterAll(tx: DbOrTx, tenantId: number, server: { id: number; brand: RedirectionBrand }) {
  enqueueJobs(tx, tenantId, server.id, 'deregister', macsOfBrand(tx, tenantId, server.brand));
}
