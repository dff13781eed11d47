'use client';

import type { Route } from 'next';
import Link from 'next/link';
import { RowActions } from '@/components/ui/row-actions';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { AccountRow } from '@/lib/console/account-list';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';

type AccountsTableProps = { rows: AccountRow[]; isFetching: boolean; onEdit: (row: AccountRow) => void; onDelete: (row: AccountRow) => void };

export function AccountsTable({ rows, isFetching, onEdit, onDelete }: AccountsTableProps) {
  const t = useT('accounts');
  return (
    <Table caption={t('table.caption')} aria-busy={isFetching || undefined}>
      <THead>
        <tr>
          <TH>{t('columns.extension')}</TH>
          <TH>{t('columns.sipUsername')}</TH>
          <TH>{t('columns.displayName')}</TH>
          <TH>{t('columns.devices')}</TH>
          <TH className="text-right">
            <span className="sr-only">{t('common:ui.actions')}</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => (
          <TR key={row.id}>
            <TD className="font-medium tabular-nums text-slate-900">{row.extension}</TD>
            <TD className="font-mono text-xs">{row.sipUsername}</TD>
            <TD>{row.displayName || <span className="text-slate-400">{t('common:ui.none')}</span>}</TD>
            <TD>
              {row.devices.length === 0 ? (
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
              )}
            </TD>
            <TD className="whitespace-nowrap text-right">
              <RowActions
                editLabel={t('edit', { extension: row.extension })}
                deleteLabel={t('delete.button', { extension: row.extension })}
                onEdit={() => onEdit(row)}
                onDelete={() => onDelete(row)}
              />
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
