'use client';

import type { ComponentProps } from 'react';
import { useT } from '@/lib/i18n/client';
import { cn } from './cn';
import { TH } from './table';

/** A table's server-side order: the sorted column, its direction, and what a click on another heading asks for. */
export type TableSort = { column: string; dir: 'asc' | 'desc'; onSort: (column: string) => void };

type SortableTHProps = ComponentProps<'th'> & { column: string; sort: TableSort };

/**
 * A column heading that sorts the table: a button inside the TH (keyboard and screen readers), `aria-sort` on the
 * sorted column, an arrow showing the direction (a faint double arrow on columns not sorted by).
 */
export function SortableTH({ column, sort, children, className, ...props }: SortableTHProps) {
  const t = useT();
  const dir = sort.column === column ? sort.dir : null;
  return (
    <TH aria-sort={dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none'} className={cn('py-1.5', className)} {...props}>
      <button
        type="button"
        onClick={() => sort.onSort(column)}
        title={t(dir === 'asc' ? 'ui.sort.ascending' : dir === 'desc' ? 'ui.sort.descending' : 'ui.sort.by')}
        className={cn(
          '-mx-1.5 inline-flex items-center gap-1 rounded px-1.5 py-1 uppercase tracking-wide hover:bg-slate-200/60 hover:text-slate-800 focus-visible:outline-2 focus-visible:outline-brand-600',
          dir && 'text-slate-800',
        )}
      >
        {children}
        <SortArrow dir={dir} />
      </button>
    </TH>
  );
}

function SortArrow({ dir }: { dir: 'asc' | 'desc' | null }) {
  return (
    <svg
      aria-hidden
      viewBox="0 0 20 20"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.75}
      strokeLinecap="round"
      strokeLinejoin="round"
      className="h-3.5 w-3.5"
    >
      {dir === 'asc' && <path d="M10 15V5m0 0-4 4m4-4 4 4" />}
      {dir === 'desc' && <path d="M10 5v10m0 0-4-4m4 4 4-4" />}
      {dir === null && <path d="m7 8 3-3 3 3m-6 4 3 3 3-3" className="text-slate-300" />}
    </svg>
  );
}
