'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { type Column, DataTable } from '@/components/ui/data-table';
import { RowActions } from '@/components/ui/row-actions';
import type { TableSort } from '@/components/ui/sortable-th';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import type { AccountRow } from '@/db/queries/accounts';

type AccountsTableProps = {
  rows: AccountRow[];
  isFetching: boolean;
  sort: TableSort;
  onEdit: (row: AccountRow) => void;
  onDelete: (row: AccountRow) => void;
};

export function AccountsTable({ rows, isFetching, sort, onEdit, onDelete }: AccountsTableProps) {
  const t = useT('accounts');
  const columns: Column<AccountRow>[] = [
    { header: t('columns.extension'), sort: 'extension', className: 'font-medium tabular-nums text-slate-900', cell: (row) => row.extension },
    { header: t('columns.sipUsername'), sort: 'sipUsername', className: 'font-mono text-xs', cell: (row) => row.sipUsername },
    { header: t('columns.displayName'), sort: 'displayName', cell: (row) => row.displayName || <span className="text-slate-400">{t('common:ui.none')}</span> },
    {
      header: t('columns.devices'),
      cell: (row) =>
        row.devices.length === 0 ? (
          <span className="text-slate-400">{t('table.unused')}</span>
        ) : (
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {row.devices.map((d) => (
              <li key={d.id}>
                <Link href={`/devices/${d.id}` as Route} className="font-mono text-xs font-medium text-brand-700 hover:underline" title={d.label || undefined}>
                  {formatMac(d.mac, 'colon-upper')}
                </Link>
              </li>
            ))}
          </ul>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('table.caption')}
      columns={columns}
      rows={rows}
      isFetching={isFetching}
      sort={sort}
      actions={(row) => (
        <RowActions
          editLabel={t('edit', { extension: row.extension })}
          deleteLabel={t('delete.button', { extension: row.extension })}
          onEdit={() => onEdit(row)}
          onDelete={() => onDelete(row)}
        />
      )}
    />
  );
}
