import type { DbOrTx } from '@/db/client';
import { getPhoneAccess } from '@/db/queries/phone-access';
import { decryptSecret } from '@/lib/secrets';
import type { UrlCredentials } from '../context';

/**
 * The user name and password phones of the tenant put in their provisioning URL (`https://user:pass@host/…`), or null
 * when authentication is off. Read from the database: for regenerations, SIP PnP answers and console pages, never a fetch.
 */
export function phoneUrlCredentials(db: DbOrTx, tenantId: number): UrlCredentials | null {
  const access = getPhoneAccess(db, tenantId);
  if (access.authMode === 'off' || !access.username || !access.password) return null;
  return { username: access.username, password: decryptSecret(access.password) };
}
