import { asc, desc, type SQL } from 'drizzle-orm';
import type { SQLiteColumn } from 'drizzle-orm/sqlite-core';
import type { SortDir } from '@/lib/validation/list-params';

/** Rows per page of the console's lists, unless the caller asks for another size. */
export const PAGE_SIZE = 50;

export type Page<T> = { items: T[]; total: number; page: number; pageSize: number };

/**
 * Which rows of a `total`-row list to show: the requested page clamped to the last one (page 1 when
 * the list is empty), its size (PAGE_SIZE unless asked) and the offset of its first row.
 */
export function pageWindow(params: { page: number; pageSize?: number }, total: number) {
  const pageSize = params.pageSize ?? PAGE_SIZE;
  const page = Math.min(params.page, Math.max(1, Math.ceil(total / pageSize)));
  return { page, pageSize, offset: (page - 1) * pageSize };
}

/** Escapes LIKE wildcards typed by the admin and wraps the term for a substring match. */
export const likeTerm = (q: string) => `%${q.replace(/[%_]/g, '')}%`;

/** Hex digits with optional MAC separators: searched as a MAC whatever notation was typed. */
const MAC_FRAGMENT = /^[0-9a-f:.\-]+$/i;

/** The hex digits of a MAC-like search term ('' when the term is not MAC-like). */
export const macDigits = (q: string) => (MAC_FRAGMENT.test(q) ? q.toLowerCase().replace(/[^0-9a-f]/g, '') : '');

/** ORDER BY terms in one direction: `byDir('desc')(devices.label)`. */
export const byDir =
  (dir: SortDir) =>
  (column: SQLiteColumn | SQL): SQL =>
    dir === 'asc' ? asc(column) : desc(column);

/** Rows fetched by id, put back in the order of `ids` (a page whose order was decided by an id query). */
export function inOrderOf<T extends { id: number }>(ids: readonly number[], rows: readonly T[]): T[] {
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
