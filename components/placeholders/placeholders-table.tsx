'use client';

import { Badge } from '@/components/ui/badge';
import { type Column, DataTable } from '@/components/ui/data-table';
import { RowActions } from '@/components/ui/row-actions';
import { useT } from '@/lib/i18n/client';
import { placeholderToken } from '@/lib/validation/placeholder-form';
import { PlaceholderUsers } from './placeholder-users';
import type { PlaceholderRow } from '@/db/queries/placeholders';

type PlaceholdersTableProps = { rows: PlaceholderRow[]; isFetching: boolean; onEdit: (row: PlaceholderRow) => void; onDelete: (row: PlaceholderRow) => void };

export function PlaceholdersTable({ rows, isFetching, onEdit, onDelete }: PlaceholdersTableProps) {
  const t = useT('placeholders');
  const none = <span className="text-slate-400">{t('common:ui.none')}</span>;
  const columns: Column<PlaceholderRow>[] = [
    {
      header: t('columns.placeholder'),
      cell: (row) => (
        <>
          <code className="font-mono text-xs font-semibold text-slate-900">{placeholderToken(row.name)}</code>
          {row.description && <p className="mt-0.5 max-w-xs text-xs text-slate-500">{row.description}</p>}
        </>
      ),
    },
    { header: t('columns.kind'), cell: (row) => <Badge tone={row.kind === 'static' ? 'neutral' : 'info'}>{t(`kinds.${row.kind}`)}</Badge> },
    {
      header: t('columns.source'),
      className: 'max-w-xs',
      cell: (row) =>
        row.kind === 'static' ? (
          <span className="break-all font-mono text-xs">{row.value || none}</span>
        ) : row.networkInterface ? (
          <span>
            {t('source.interface', { name: row.networkInterface.name })}
            {row.networkInterface.vlanId !== null && (
              <span className="block text-xs text-slate-500">{t('source.vlan', { vlanId: row.networkInterface.vlanId })}</span>
            )}
          </span>
        ) : (
          none
        ),
    },
    {
      header: t('columns.usedBy'),
      cell: (row) =>
        row.templates.length + row.models.length === 0 ? (
          <span className="text-slate-400">{t('usage.unused')}</span>
        ) : (
          <PlaceholderUsers templates={row.templates} models={row.models} />
        ),
    },
    {
      header: t('columns.currentValue'),
      className: 'max-w-xs',
      cell: (row) =>
        row.resolvedValue ? (
          <code className="break-all font-mono text-xs text-slate-900">{row.resolvedValue}</code>
        ) : (
          <span className="text-slate-400">{t('table.empty')}</span>
        ),
    },
  ];
  return (
    <DataTable
      caption={t('table.caption')}
      columns={columns}
      rows={rows}
      isFetching={isFetching}
      actions={(row) => {
        const token = placeholderToken(row.name);
        return (
          <RowActions editLabel={t('edit', { token })} deleteLabel={t('delete.button', { token })} onEdit={() => onEdit(row)} onDelete={() => onDelete(row)} />
        );
      }}
    />
  );
}
