import { createHmac } from 'node:crypto';
import type { BlockList } from 'node:net';
import type { Db } from '@/db/client';
import { activeBlocks, allPhoneAccess, deviceMacsOfTenant, deviceOpenings, isInTransaction, lastFetchAddresses } from '@/db/queries/phone-access';
import { findMac } from '@/lib/mac';
import { decryptSecret, secretKey } from '@/lib/secrets';
import { databaseGeneration } from '../file-cache';
import { type Credentials, credentialsFor } from './http-auth';
import { networkList, parseNetworks } from './networks';

/** One tenant's protection, as the serving path checks it. */
export type TenantPolicy = {
  tenantId: number;
  authMode: 'off' | 'basic' | 'digest';
  credentials: Credentials | null;
  networks: BlockList | null;
  checkUserAgentMac: boolean;
  /** How long a new or armed device's file is served without credentials; 0 when off or authentication is off. */
  firstFetchWindowMs: number;
  enumeration: { threshold: number; windowMs: number; cooldownMs: number };
};

/**
 * The protection of every tenant and the blocked addresses, held per process so a fetch costs no query: rebuilt only
 * when the database changed (the generation of ../file-cache.ts: any write but the fetch log's, by this process or
 * another). Device MACs, needed only to tell a phone's optional file from a guess on a miss, are read lazily.
 */
type Snapshot = {
  generation: object;
  byUuid: Map<string, TenantPolicy>;
  byId: Map<number, TenantPolicy>;
  defaultPolicy: TenantPolicy | undefined;
  /** `tenantId|address` → blocked until (epoch ms). */
  blocks: Map<string, number>;
  macs: Map<number, Set<string>>;
  /** Per tenant with a first-fetch window, read on the first fetch that needs it: MAC → its window and last address. */
  openings: Map<number, Map<string, Opening>>;
};

/** `until`: epoch ms the first-fetch window ends; `lastAddress`: of the device's last successful fetch, as the fetch log had it. */
type Opening = { until: number; lastAddress: string | null };

/**
 * `tenantId|mac` → the address this process last served the device's file to (tenants with a first-fetch window only):
 * newer than the fetch log, which is written in batches, and kept across rebuilds of the snapshot.
 */
const servedTo = ((globalThis as typeof globalThis & { __provisioServedTo?: Map<string, string> }).__provisioServedTo ??= new Map());
const SERVED_TO_KEPT = 200_000;

const snapshots = ((globalThis as typeof globalThis & { __provisioProtection?: WeakMap<Db, Snapshot> }).__provisioProtection ??= new WeakMap());

export const blockKey = (tenantId: number, address: string) => `${tenantId}|${address}`;

export function protectionSnapshot(db: Db): Snapshot {
  const generation = databaseGeneration(db);
  const current = snapshots.get(db);
  if (current?.generation === generation) return current;
  const next = build(db, generation);
  // Read inside a transaction, it may hold writes that roll back without moving the generation back: used once, not kept.
  if (!isInTransaction(db)) snapshots.set(db, next);
  return next;
}

function build(db: Db, generation: object): Snapshot {
  const byUuid = new Map<string, TenantPolicy>();
  const byId = new Map<number, TenantPolicy>();
  let defaultPolicy: TenantPolicy | undefined;
  for (const { tenant, access } of allPhoneAccess(db)) {
    const password = access.password ? decryptSecret(access.password) : '';
    const isOn = access.authMode !== 'off' && access.username !== '' && password !== '';
    const policy: TenantPolicy = {
      tenantId: tenant.id,
      authMode: isOn ? access.authMode : 'off',
      credentials: isOn ? credentialsFor(access.username, password) : null,
      networks: networkList(parseNetworks(access.allowedNetworks)),
      checkUserAgentMac: access.checkUserAgentMac,
      firstFetchWindowMs: isOn ? access.firstFetchWindowHours * 3_600_000 : 0,
      enumeration: {
        threshold: access.enumerationThreshold,
        windowMs: access.enumerationWindowMinutes * 60_000,
        cooldownMs: access.enumerationCooldownMinutes * 60_000,
      },
    };
    byUuid.set(tenant.uuid, policy);
    byId.set(tenant.id, policy);
    if (tenant.isDefault) defaultPolicy = policy;
  }
  const blocks = new Map(activeBlocks(db, new Date()).map((b) => [blockKey(b.tenantId, b.address), b.until.getTime()]));
  return { generation, byUuid, byId, defaultPolicy, blocks, macs: new Map(), openings: new Map() };
}

/** The policy of the tenant a path names (its UUID, or null for the default tenant); undefined for no such tenant. */
export const policyOf = (db: Db, tenantUuid: string | null) => {
  const snapshot = protectionSnapshot(db);
  return tenantUuid === null ? snapshot.defaultPolicy : snapshot.byUuid.get(tenantUuid);
};

export function isBlocked(db: Db, tenantId: number, address: string, now: number): boolean {
  const until = protectionSnapshot(db).blocks.get(blockKey(tenantId, address));
  return until !== undefined && until > now;
}

/** Whether a device of the tenant has this MAC (read once per snapshot and tenant, on the first miss that asks). */
export function isDeviceMac(db: Db, tenantId: number, mac: string): boolean {
  const snapshot = protectionSnapshot(db);
  let macs = snapshot.macs.get(tenantId);
  if (!macs) {
    macs = new Set(deviceMacsOfTenant(db, tenantId));
    snapshot.macs.set(tenantId, macs);
  }
  return macs.has(mac);
}

function openingsOf(db: Db, policy: TenantPolicy): Map<string, Opening> {
  const snapshot = protectionSnapshot(db);
  let openings = snapshot.openings.get(policy.tenantId);
  if (!openings) {
    const addresses = lastFetchAddresses(db, policy.tenantId);
    openings = new Map(
      deviceOpenings(db, policy.tenantId).map((d) => [d.mac, { until: d.openedAt + policy.firstFetchWindowMs, lastAddress: addresses.get(d.id) ?? null }]),
    );
    snapshot.openings.set(policy.tenantId, openings);
  }
  return openings;
}

/**
 * First-fetch window: whether a device file of the tenant may be served without credentials to this address — its
 * device was created or armed less than the window ago, or the address is that of its last successful fetch.
 * Read once per snapshot and tenant, on the first fetch that asks.
 */
export function isOpenWithoutCredentials(db: Db, policy: TenantPolicy, mac: string, address: string, now: number): boolean {
  if (policy.firstFetchWindowMs <= 0) return false;
  const opening = openingsOf(db, policy).get(mac);
  if (!opening) return false;
  return now < opening.until || (servedTo.get(blockKey(policy.tenantId, mac)) ?? opening.lastAddress) === address;
}

/** A device file was served to `address`: its last known address for the first-fetch window. */
export function noteServed(db: Db, tenantId: number, fileName: string, address: string): void {
  if (!(protectionSnapshot(db).byId.get(tenantId)?.firstFetchWindowMs ?? 0)) return;
  const mac = findMac(fileName);
  if (mac === null) return;
  if (servedTo.size >= SERVED_TO_KEPT) servedTo.clear();
  servedTo.set(blockKey(tenantId, mac), address);
}

/** The key of the Digest nonces: derived from the secret key, so every process of this installation shares it. */
let nonceKey: { of: Buffer; key: Buffer } | undefined;
export function digestNonceKey(): Buffer {
  const secret = secretKey();
  if (nonceKey?.of !== secret) nonceKey = { of: secret, key: createHmac('sha256', secret).update('provisio digest nonce').digest() };
  return nonceKey.key;
}
