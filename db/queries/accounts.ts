import { and, asc, count, eq, inArray, like, or, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, deviceLines, devices } from '@/db/schema';
import { ACCOUNT_SORT, type AccountListParams, resolveSort, type Sort } from '@/lib/validation/list-params';
import type { DeviceRef } from './devices';
import { byDir, likeTerm, type Page, pageWindow } from './paging';

/** An account's columns as export and backup write them; the SIP password only when asked. */
export const accountExportColumns = (secrets: boolean) => ({
  id: accounts.id,
  extension: accounts.extension,
  sipUsername: accounts.sipUsername,
  authUsername: accounts.authUsername,
  ...(secrets ? { sipPassword: accounts.sipPassword } : {}),
  displayName: accounts.displayName,
  firstName: accounts.firstName,
  lastName: accounts.lastName,
  voicemailNumber: accounts.voicemailNumber,
});

export type Account = typeof accounts.$inferSelect;

type AccountSort = Sort<keyof typeof ACCOUNT_SORT.columns>;
const ACCOUNT_SORT_COLUMNS = { extension: accounts.extension, sipUsername: accounts.sipUsername, displayName: accounts.displayName };

/** ORDER BY of a sort column, ties broken by id (each walks a `(tenant_id, column)` index). */
const accountOrder = ({ column, dir }: AccountSort): SQL[] => [byDir(dir)(ACCOUNT_SORT_COLUMNS[column]), byDir(dir)(accounts.id)];

/** Every account of the tenant (REST API, import), by extension unless asked. */
export const listAccounts = (db: DbOrTx, tenantId: number, sort: AccountSort = resolveSort(ACCOUNT_SORT, {})) =>
  db
    .select()
    .from(accounts)
    .where(eq(accounts.tenantId, tenantId))
    .orderBy(...accountOrder(sort))
    .all();

export const getAccount = (db: DbOrTx, tenantId: number, id: number): Account | undefined =>
  db
    .select()
    .from(accounts)
    .where(and(eq(accounts.id, id), eq(accounts.tenantId, tenantId)))
    .get();

export const accountIdHoldingUsername = (db: DbOrTx, tenantId: number, sipUsername: string) =>
  db
    .select({ id: accounts.id })
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), eq(accounts.sipUsername, sipUsername)))
    .get()?.id;

/** How many of these account ids are the tenant's (a device may only use its own tenant's accounts). */
export const countAccountsInTenant = (db: DbOrTx, tenantId: number, ids: number[]) =>
  ids.length === 0
    ? 0
    : (db
        .select({ n: count() })
        .from(accounts)
        .where(and(eq(accounts.tenantId, tenantId), inArray(accounts.id, ids)))
        .get()?.n ?? 0);

/** Matches an account by extension, SIP user name or names. */
export function accountMatch(q: string | undefined) {
  if (!q) return undefined;
  const term = likeTerm(q);
  return or(
    like(accounts.extension, term),
    like(accounts.sipUsername, term),
    like(accounts.displayName, term),
    like(accounts.firstName, term),
    like(accounts.lastName, term),
  );
}

/** An account without its password (write-only), with the devices whose lines use it. */
export type AccountRow = {
  id: number;
  extension: string;
  sipUsername: string;
  authUsername: string;
  displayName: string;
  firstName: string;
  lastName: string;
  voicemailNumber: string;
  devices: DeviceRef[];
};
export type AccountPage = Page<AccountRow>;

/** One page of the accounts table with the devices whose lines use each account. */
export function listAccountPage(db: DbOrTx, tenantId: number, params: AccountListParams): AccountPage {
  const where = and(eq(accounts.tenantId, tenantId), accountMatch(params.q));
  const total = db.select({ n: count() }).from(accounts).where(where).get()?.n ?? 0;
  const { page, pageSize, offset } = pageWindow(params, total);
  const rows = db
    .select({
      id: accounts.id,
      extension: accounts.extension,
      sipUsername: accounts.sipUsername,
      authUsername: accounts.authUsername,
      displayName: accounts.displayName,
      firstName: accounts.firstName,
      lastName: accounts.lastName,
      voicemailNumber: accounts.voicemailNumber,
    })
    .from(accounts)
    .where(where)
    .orderBy(...accountOrder(resolveSort(ACCOUNT_SORT, params)))
    .limit(pageSize)
    .offset(offset)
    .all();
  const users = new Map<number, DeviceRef[]>();
  if (rows.length > 0) {
    const links = db
      .selectDistinct({ accountId: deviceLines.accountId, id: devices.id, mac: devices.mac, label: devices.label })
      .from(deviceLines)
      .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
      .where(
        inArray(
          deviceLines.accountId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(devices.mac))
      .all();
    for (const { accountId, ...device } of links) users.set(accountId, [...(users.get(accountId) ?? []), device]);
  }
  return { items: rows.map((r) => ({ ...r, devices: users.get(r.id) ?? [] })), total, page, pageSize };
}

export type AccountOption = { id: number; extension: string; sipUsername: string; displayName: string };
const accountOption = { id: accounts.id, extension: accounts.extension, sipUsername: accounts.sipUsername, displayName: accounts.displayName };

/** Accounts matching a search (extension, SIP user, names), for the line picker. */
export function searchAccounts(db: DbOrTx, tenantId: number, q: string | undefined, limit = 10): AccountOption[] {
  return db
    .select(accountOption)
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), accountMatch(q)))
    .orderBy(asc(accounts.extension), asc(accounts.id))
    .limit(limit)
    .all();
}

/** The accounts of the given ids, in the order given (a device's lines). */
export function accountsByIds(db: DbOrTx, tenantId: number, ids: number[]): AccountOption[] {
  if (ids.length === 0) return [];
  const rows = db
    .select(accountOption)
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), inArray(accounts.id, ids)))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
