'use client';

import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import { SortableTH, type TableSort } from './sortable-th';
import { cn } from './cn';
import { Table, TBody, TD, TH, THead, TR } from './table';

export type Column<Row> = {
  /** The column heading (visible text). */
  header: ReactNode;
  /** Classes of the heading cell, e.g. "text-right". */
  headerClassName?: string;
  /** Classes of every body cell of the column. */
  className?: string;
  cell: (row: Row) => ReactNode;
  /** The list's sort column this heading sorts by (with the table's `sort`). */
  sort?: string;
};

type DataTableProps<Row> = {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  /** Marks the table busy while a refetch runs. */
  isFetching?: boolean;
  isFramed?: boolean;
  /** The buttons at the end of each row, under a visually hidden "Actions" heading. */
  actions?: (row: Row) => ReactNode;
  /** Server-side order: columns with a `sort` key get a sorting heading. */
  sort?: TableSort;
};

/**
 * The row actions stay pinned to the frame's right edge: when the table is wider than its frame (a narrow screen, long
 * Italian labels, long names) its other columns scroll under them, and Edit/Delete never end up out of sight.
 */
const STICKY_ACTIONS = 'sticky right-0 shadow-[-8px_0_8px_-8px_rgba(15,23,42,0.12)]';

/** A plain column-driven table: one heading and one cell renderer per column, one row per item, keyed by its id. */
export function DataTable<Row extends { id: string | number }>({ caption, columns, rows, isFetching, isFramed, actions, sort }: DataTableProps<Row>) {
  const t = useT();
  return (
    <Table caption={caption} isFramed={isFramed} aria-busy={isFetching || undefined}>
      <THead>
        <tr>
          {columns.map((column, i) =>
            column.sort && sort ? (
              <SortableTH key={i} column={column.sort} sort={sort} className={column.headerClassName}>
                {column.header}
              </SortableTH>
            ) : (
              <TH key={i} className={column.headerClassName}>
                {column.header}
              </TH>
            ),
          )}
          {actions && (
            <TH className={cn('text-right', STICKY_ACTIONS, 'bg-slate-50')}>
              <span className="sr-only">{t('ui.actions')}</span>
            </TH>
          )}
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.id}>
            {columns.map((column, i) => (
              <TD key={i} className={column.className}>
                {column.cell(row)}
              </TD>
            ))}
            {actions && <TD className={cn('whitespace-nowrap text-right', STICKY_ACTIONS, 'bg-white')}>{actions(row)}</TD>}
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
