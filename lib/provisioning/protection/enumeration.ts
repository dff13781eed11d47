import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Db } from '@/db/client';
import { blockedAddresses } from '@/db/schema';
import { log } from '@/lib/logger';
import { findMac } from '@/lib/mac';
import type { FetchRecord } from '../fetch-log';
import { isInNetworks } from './networks';
import { blockKey, isDeviceMac, protectionSnapshot, type TenantPolicy } from './snapshot';

/**
 * Anti-enumeration: misses (404) on MAC-shaped names are counted per tenant and source address; above the tenant's
 * threshold within its window, the address is blocked for the cool-down (a row of blocked_addresses, which every
 * process's snapshot then refuses). Never counted: successful fetches, addresses in the allowed networks, and a miss on
 * the MAC of one of the tenant's devices (a phone asking for an optional file such as Yealink's `<mac>.boot`), so a
 * site of hundreds of phones behind one NAT address does not lock itself out. Counts live in this process's memory.
 */
type Counter = { settings: string; limiter: RateLimiterMemory };
const counters = ((globalThis as typeof globalThis & { __provisioMissCounters?: Map<number, Counter> }).__provisioMissCounters ??= new Map());

function counterOf(policy: TenantPolicy): RateLimiterMemory {
  const { threshold, windowMs } = policy.enumeration;
  const settings = `${threshold}/${windowMs}`;
  let counter = counters.get(policy.tenantId);
  if (counter?.settings !== settings) {
    counter = { settings, limiter: new RateLimiterMemory({ points: threshold, duration: Math.ceil(windowMs / 1000) }) };
    counters.set(policy.tenantId, counter);
  }
  return counter.limiter;
}

/** Called by recordFetch for every fetch; costs nothing but for a miss. */
export function noteFetch(db: Db, record: Pick<FetchRecord, 'status' | 'tenantId' | 'fileName' | 'clientIp' | 'channel'>): void {
  if (record.status !== 404 || record.channel === 'sip-pnp') return;
  const mac = findMac(record.fileName);
  if (!mac) return;
  const snapshot = protectionSnapshot(db);
  // A path naming no tenant (a malformed one, an unknown UUID) counts against the default tenant's limit.
  const policy = record.tenantId === null ? snapshot.defaultPolicy : snapshot.byId.get(record.tenantId);
  if (!policy) return;
  if (policy.networks && isInNetworks(policy.networks, record.clientIp)) return;
  if (isDeviceMac(db, policy.tenantId, mac)) return;
  const ip = record.clientIp;
  counterOf(policy)
    .consume(ip)
    .catch((refusal: unknown) => {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      block(db, policy, ip, refusal.consumedPoints);
    })
    .catch((error: unknown) => log.error('could not block an address', { error: String(error), ip }));
}

function block(db: Db, policy: TenantPolicy, address: string, misses: number) {
  // Misses queued before the block took effect reject too: one row is enough.
  const now = Date.now();
  const known = protectionSnapshot(db).blocks.get(blockKey(policy.tenantId, address));
  if (known !== undefined && known > now) return;
  const until = new Date(now + policy.enumeration.cooldownMs);
  db.insert(blockedAddresses)
    .values({ tenantId: policy.tenantId, address, misses, blockedAt: new Date(now), until })
    .onConflictDoUpdate({ target: [blockedAddresses.tenantId, blockedAddresses.address], set: { misses, blockedAt: new Date(now), until } })
    .run();
  // Counting starts again from zero when the block ends (or is lifted).
  void counterOf(policy).delete(address);
  log.warn('blocked an address that asked for too many unknown MAC files', { tenantId: policy.tenantId, address, misses, until: until.toISOString() });
}
