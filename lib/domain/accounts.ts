import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, deviceLines, devices } from '@/db/schema';
import { type AccountInput, accountSchema } from '@/lib/validation/entities';
import { conflict } from './errors';
import { devicesOfAccount, findInTenant, writeAndRegenerate } from './support';

export type Account = typeof accounts.$inferSelect;

export const listAccounts = (db: Db, tenantId: number) =>
  db.select().from(accounts).where(eq(accounts.tenantId, tenantId)).orderBy(asc(accounts.extension), asc(accounts.id)).all();

export const getAccount = (db: Db, tenantId: number, id: number) => findInTenant(db, accounts, tenantId, id, 'account');

function assertUsernameFree(db: Db, tenantId: number, sipUsername: string, exceptId?: number) {
  const other = db.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.tenantId, tenantId), eq(accounts.sipUsername, sipUsername))).get();
  if (other && other.id !== exceptId) throw conflict('sipUsername', 'validation:account.usernameTaken', { username: sipUsername });
}

export function createAccount(db: Db, tenantId: number, input: unknown): Account {
  const data = accountSchema.parse(input);
  assertUsernameFree(db, tenantId, data.sipUsername);
  return db.insert(accounts).values({ ...data, authUsername: data.authUsername || data.sipUsername, tenantId }).returning().get();
}

/** Partial update: fields left out (the password included) keep their value. */
export function updateAccount(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Account {
  const current = getAccount(db, tenantId, id);
  const data: AccountInput = accountSchema.parse({ ...current, ...patch });
  assertUsernameFree(db, tenantId, data.sipUsername, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(accounts).set({ ...data, authUsername: data.authUsername || data.sipUsername }).where(eq(accounts.id, id)).returning().get(),
    (tx) => devicesOfAccount(tx, tenantId, id),
  );
}

/** Refused while a device line uses the account, naming those devices. */
export function deleteAccount(db: Db, tenantId: number, id: number): void {
  getAccount(db, tenantId, id);
  const users = db
    .select({ mac: devices.mac })
    .from(deviceLines)
    .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
    .where(eq(deviceLines.accountId, id))
    .all();
  if (users.length > 0) throw conflict(null, 'validation:account.inUse', { devices: users.map((u) => u.mac).join(', ') });
  db.delete(accounts).where(eq(accounts.id, id)).run();
}
