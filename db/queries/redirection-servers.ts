import { and, asc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { redirectionServers } from '@/db/schema';
import { REDIRECTION_BRANDS, type RedirectionBrand, type YealinkApi } from '@/lib/redirection/brands';
import type { RedirectionErrorKind } from '@/lib/redirection/types';
import { pendingCounts } from './redirection-jobs';
import { rowInTenant } from './support';

export type RedirectionServer = typeof redirectionServers.$inferSelect;

/** The tenant's servers, without those being deleted (their last deregistrations still queued). */
export const listRedirectionServers = (db: DbOrTx, tenantId: number) =>
  db
    .select()
    .from(redirectionServers)
    .where(and(eq(redirectionServers.tenantId, tenantId), isNull(redirectionServers.deletedAt)))
    .orderBy(asc(redirectionServers.brand), asc(redirectionServers.name))
    .all();

export const getRedirectionServer = (db: DbOrTx, tenantId: number, id: number): RedirectionServer | undefined =>
  rowInTenant(db, redirectionServers, tenantId, id);

/** Server names are unique per tenant and brand. */
export const redirectionServerIdHoldingName = (db: DbOrTx, tenantId: number, brand: RedirectionBrand, name: string) =>
  db
    .select({ id: redirectionServers.id })
    .from(redirectionServers)
    .where(and(eq(redirectionServers.tenantId, tenantId), eq(redirectionServers.brand, brand), eq(redirectionServers.name, name)))
    .get()?.id;

/** A redirection server without its password (write-only: the browser only learns that one is set), with its queue's state; times in epoch ms. */
export type RedirectionServerRow = {
  id: number;
  brand: RedirectionBrand;
  name: string;
  username: string;
  isEnabled: boolean;
  provisioningUrl: string;
  apiBaseUrl: string;
  yealinkApi: YealinkApi;
  hasPassword: boolean;
  lastSuccessAt: number | null;
  lastErrorAt: number | null;
  lastError: string | null;
  lastErrorKind: RedirectionErrorKind | null;
  pendingCount: number;
};

export function listRedirectionServerRows(db: DbOrTx, tenantId: number): RedirectionServerRow[] {
  const pending = pendingCounts(db, tenantId);
  return listRedirectionServers(db, tenantId).map((s) => ({
    id: s.id,
    brand: s.brand,
    name: s.name,
    username: s.username,
    isEnabled: s.isEnabled,
    provisioningUrl: s.provisioningUrl,
    apiBaseUrl: s.apiBaseUrl,
    yealinkApi: s.yealinkApi,
    hasPassword: s.password !== '',
    lastSuccessAt: s.lastSuccessAt?.getTime() ?? null,
    lastErrorAt: s.lastErrorAt?.getTime() ?? null,
    lastError: s.lastError,
    lastErrorKind: (s.lastErrorKind as RedirectionErrorKind | null) ?? null,
    pendingCount: pending.get(s.id) ?? 0,
  }));
}

/** Per vendor that has a redirection service: is a server configured here, and which are enabled. */
export function redirectionState(db: DbOrTx, tenantId: number): Record<RedirectionBrand, { configured: boolean; enabled: string[] }> {
  const servers = listRedirectionServers(db, tenantId);
  return Object.fromEntries(
    REDIRECTION_BRANDS.map((brand) => {
      const mine = servers.filter((s) => s.brand === brand);
      return [brand, { configured: mine.length > 0, enabled: mine.filter((s) => s.isEnabled).map((s) => s.name) }];
    }),
  ) as Record<RedirectionBrand, { configured: boolean; enabled: string[] }>;
}
