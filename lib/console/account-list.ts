import { and, asc, count, eq, inArray } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { accounts, deviceLines, devices } from '@/db/schema';
import { type AccountListParams, PAGE_SIZE } from '@/lib/validation/list-params';
import { clampPage } from './paging';
import { accountMatch } from './queries';

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
  devices: { id: number; mac: string; label: string }[];
};
export type AccountPage = { items: AccountRow[]; total: number; page: number; pageSize: number };

/** One page of the accounts table with the devices whose lines use each account. */
export function listAccountPage(db: Db, tenantId: number, params: AccountListParams): AccountPage {
  const where = and(eq(accounts.tenantId, tenantId), accountMatch(params.q));
  const total = db.select({ n: count() }).from(accounts).where(where).get()?.n ?? 0;
  const page = clampPage(params.page, total);
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
    .orderBy(asc(accounts.extension), asc(accounts.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  const users = new Map<number, AccountRow['devices']>();
  if (rows.length > 0) {
    const links = db
      .selectDistinct({ accountId: deviceLines.accountId, id: devices.id, mac: devices.mac, label: devices.label })
      .from(deviceLines)
      .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
      .where(inArray(deviceLines.accountId, rows.map((r) => r.id)))
      .orderBy(asc(devices.mac))
      .all();
    for (const { accountId, ...device } of links) users.set(accountId, [...(users.get(accountId) ?? []), device]);
  }
  return { items: rows.map((r) => ({ ...r, devices: users.get(r.id) ?? [] })), total, page, pageSize: PAGE_SIZE };
}
