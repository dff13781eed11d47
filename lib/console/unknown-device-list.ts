import { and, count, desc, eq, like, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { type FetchChannel, unknownDevices } from '@/db/schema';
import { PAGE_SIZE } from '@/lib/validation/list-params';
import type { SearchPageParams } from '@/lib/validation/search-page-params';
import { clampPage } from './paging';

/** A MAC that asked for a file no device owns; times in epoch ms. */
export type UnknownDeviceRow = {
  id: number;
  mac: string;
  vendor: string | null;
  model: string | null;
  lastIp: string;
  lastFileName: string;
  lastUserAgent: string | null;
  lastChannel: FetchChannel;
  firstSeenAt: number;
  lastSeenAt: number;
  count: number;
};
export type UnknownDevicePage = { items: UnknownDeviceRow[]; total: number; page: number; pageSize: number };

/** Hex digits with optional MAC separators: searched as a MAC whatever notation was typed. */
const MAC_FRAGMENT = /^[0-9a-f:.\-]+$/i;

function matching(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const term = `%${q.replace(/[%_]/g, '')}%`;
  const macTerm = MAC_FRAGMENT.test(q) ? q.toLowerCase().replace(/[^0-9a-f]/g, '') : '';
  return or(...(macTerm.length >= 2 ? [like(unknownDevices.mac, `%${macTerm}%`)] : []), like(unknownDevices.vendor, term), like(unknownDevices.model, term), like(unknownDevices.lastIp, term));
}

/** One page of the tenant's unknown devices, the most recently seen first. */
export function listUnknownDevicePage(db: Db, tenantId: number, params: SearchPageParams): UnknownDevicePage {
  const where = and(eq(unknownDevices.tenantId, tenantId), matching(params.q));
  const total = db.select({ n: count() }).from(unknownDevices).where(where).get()?.n ?? 0;
  const page = clampPage(params.page, total);
  const rows = db
    .select()
    .from(unknownDevices)
    .where(where)
    .orderBy(desc(unknownDevices.lastSeenAt), desc(unknownDevices.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  const items = rows.map(({ tenantId: _tenantId, firstSeenAt, lastSeenAt, ...r }) => ({ ...r, firstSeenAt: firstSeenAt.getTime(), lastSeenAt: lastSeenAt.getTime() }));
  return { items, total, page, pageSize: PAGE_SIZE };
}
