import type { Db } from '@/db/client';
import type { REDIRECTION_BRANDS } from '@/db/schema/redirection-servers';
import { listRedirectionServers } from '@/lib/domain/redirection-servers';

export type RedirectionBrand = (typeof REDIRECTION_BRANDS)[number];

/** A redirection server without its password (write-only: the browser only learns that one is set). */
export type RedirectionServerRow = {
  id: number;
  brand: RedirectionBrand;
  name: string;
  username: string;
  isEnabled: boolean;
  provisioningUrl: string;
  hasPassword: boolean;
};

export function listRedirectionServerRows(db: Db, tenantId: number): RedirectionServerRow[] {
  return listRedirectionServers(db, tenantId).map((s) => ({
    id: s.id,
    brand: s.brand,
    name: s.name,
    username: s.username,
    isEnabled: s.isEnabled,
    provisioningUrl: s.provisioningUrl,
    hasPassword: s.password !== '',
  }));
}
