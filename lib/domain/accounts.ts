import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type Account, accountIdHoldingUsername, getAccount } from '@/db/queries/accounts';
import { devicesUsingAccount } from '@/db/queries/devices';
import { accounts } from '@/db/schema';
import { conflict, found } from '@/lib/errors';
import { type AccountInput, accountSchema } from '@/lib/validation/entities';
import { assertNoDevices, scopeOf, writeAndRegenerate } from './support';

function assertUsernameFree(db: Db, tenantId: number, sipUsername: string, exceptId?: number) {
  const holder = accountIdHoldingUsername(db, tenantId, sipUsername);
  if (holder !== undefined && holder !== exceptId) throw conflict('sipUsername', 'validation:account.usernameTaken', { username: sipUsername });
}

export function createAccount(db: Db, tenantId: number, input: unknown): Account {
  const data = accountSchema.parse(input);
  assertUsernameFree(db, tenantId, data.sipUsername);
  return db
    .insert(accounts)
    .values({ ...data, authUsername: data.authUsername || data.sipUsername, tenantId })
    .returning()
    .get();
}

/** Partial update: fields left out (the password included) keep their value; devices using the account get new files. */
export function updateAccount(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Account {
  const current = found(getAccount(db, tenantId, id), 'account');
  const data: AccountInput = accountSchema.parse({ ...current, ...patch });
  assertUsernameFree(db, tenantId, data.sipUsername, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) =>
      tx
        .update(accounts)
        .set({ ...data, authUsername: data.authUsername || data.sipUsername })
        .where(eq(accounts.id, id))
        .returning()
        .get(),
    (tx) => scopeOf(devicesUsingAccount(tx, tenantId, id)),
  );
}

/** Refused while a device line uses the account (`details.devices` lists those devices). */
export function deleteAccount(db: Db, tenantId: number, id: number): void {
  found(getAccount(db, tenantId, id), 'account');
  assertNoDevices(devicesUsingAccount(db, tenantId, id), 'validation:account.inUse');
  db.delete(accounts).where(eq(accounts.id, id)).run();
}
