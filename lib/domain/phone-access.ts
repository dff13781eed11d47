import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getBlock, getPhoneAccess, type PhoneAccessView, phoneAccessView } from '@/db/queries/phone-access';
import { listRedirectionServers } from '@/db/queries/redirection-servers';
import { blockedAddresses, phoneAccess } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { found } from '@/lib/errors';
import { encryptSecret } from '@/lib/secrets';
import { phoneAccessSchema } from '@/lib/validation/phone-access';
import { queueRegisterAll } from './redirection';
import { writeAndRegenerate } from './support';

/** The URLs phones are given carry the credentials: they change with the mode, the user name and the password. */
const urlCredentialsOf = (view: Pick<PhoneAccessView, 'authMode' | 'username' | 'password'>) =>
  view.authMode === 'off' ? '' : `${view.username}:${view.password}`;

/**
 * Saves the tenant's phone access. The password is write-only: left out, it keeps its value. When the credentials in
 * the phones' URLs change, every file is regenerated (%%PROVISIONING_URL%%) and the phones registered at a vendor's
 * redirection service with the default URL are registered again, in the same transaction.
 */
export function updatePhoneAccess(db: Db, tenantId: number, patch: Record<string, unknown>) {
  const current = phoneAccessView(getPhoneAccess(db, tenantId));
  const data = phoneAccessSchema.parse({ ...current, ...patch });
  const row = { ...data, tenantId, password: data.password ? encryptSecret(data.password) : '', allowedNetworks: data.allowedNetworks.join('\n') };
  const urlsChange = urlCredentialsOf(current) !== urlCredentialsOf(data);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const saved = tx.insert(phoneAccess).values(row).onConflictDoUpdate({ target: phoneAccess.tenantId, set: row }).returning().get();
      recordAudit(tx, { tenantId, entity: 'phone-access', action: 'update', before: current, after: phoneAccessView(saved) });
      if (urlsChange) {
        for (const server of listRedirectionServers(tx, tenantId)) if (server.isEnabled && !server.provisioningUrl) queueRegisterAll(tx, tenantId, server);
      }
      return phoneAccessView(saved);
    },
    () => (urlsChange ? 'all' : null),
  );
}

/** Lifts a block before its cool-down ends; every process's snapshot follows at its next fetch. */
export function unblockAddress(db: Db, tenantId: number, id: number): void {
  const block = found(getBlock(db, tenantId, id), 'blocked address');
  db.transaction((tx) => {
    tx.delete(blockedAddresses)
      .where(and(eq(blockedAddresses.tenantId, tenantId), eq(blockedAddresses.id, id)))
      .run();
    recordAudit(tx, { tenantId, entity: 'blocked-address', entityId: id, label: block.address, action: 'unblock' });
  });
}
