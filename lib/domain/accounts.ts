import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Account, accountIdHoldingUsername, getAccount } from '@/db/queries/accounts';
import { devicesUsingAccount } from '@/db/queries/devices';
import { accounts } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, found } from '@/lib/errors';
import { type AccountInput, accountSchema } from '@/lib/validation/entities';
import { assertNoDevices, scopeOf, writeAndRegenerate } from './support';

function assertUsernameFree(db: Db, tenantId: number, sipUsername: string, exceptId?: number) {
  const holder = accountIdHoldingUsername(db, tenantId, sipUsername);
  if (holder !== undefined && holder !== exceptId) throw conflict('sipUsername', 'validation:account.usernameTaken', { username: sipUsername });
}

/** How the audit log names an account: its extension and display name. */
const accountLabel = (account: { extension: string; displayName: string }) => [account.extension, account.displayName].filter(Boolean).join(' ');

export function createAccount(db: Db, tenantId: number, input: unknown): Account {
  const data = accountSchema.parse(input);
  assertUsernameFree(db, tenantId, data.sipUsername);
  return db.transaction((tx) => {
    const account = tx
      .insert(accounts)
      .values({ ...data, authUsername: data.authUsername || data.sipUsername, tenantId })
      .returning()
      .get();
    recordAudit(tx, { tenantId, entity: 'account', entityId: account.id, label: accountLabel(account), action: 'create', after: account });
    return account;
  });
}

/** Partial update: fields left out (the password included) keep their value; devices using the account get new files. */
export function updateAccount(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Account {
  const current = found(getAccount(db, tenantId, id), 'account');
  const data: AccountInput = accountSchema.parse({ ...current, ...patch });
  assertUsernameFree(db, tenantId, data.sipUsername, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const account = tx
        .update(accounts)
        .set({ ...data, authUsername: data.authUsername || data.sipUsername })
        .where(eq(accounts.id, id))
        .returning()
        .get();
      recordAudit(tx, { tenantId, entity: 'account', entityId: id, label: accountLabel(account), action: 'update', before: current, after: account });
      return account;
    },
    (tx) => scopeOf(devicesUsingAccount(tx, tenantId, id)),
  );
}

/** Refused while a device line uses the account (`details.devices` lists those devices). */
export function deleteAccount(db: Db, tenantId: number, id: number): void {
  const current = found(getAccount(db, tenantId, id), 'account');
  assertNoDevices(devicesUsingAccount(db, tenantId, id), 'validation:account.inUse');
  db.transaction((tx) => {
    tx.delete(accounts).where(eq(accounts.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'account', entityId: id, label: accountLabel(current), action: 'delete', before: current });
  });
}
