'use client';

import { CopyButton } from '@/components/files/copy-button';
import { useSelectTenant } from '@/components/layout/use-tenant-change';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { useT } from '@/lib/i18n/client';
import type { TenantRow } from '@/db/queries/tenants';

type TenantsTableProps = { rows: TenantRow[]; currentUuid: string; onRename: (row: TenantRow) => void; onDelete: (row: TenantRow) => void };

export function TenantsTable({ rows, currentUuid, onRename, onDelete }: TenantsTableProps) {
  const t = useT('tenants');
  const { select, isPending } = useSelectTenant();
  const columns: Column<TenantRow>[] = [
    {
      header: t('columns.name'),
      cell: (row) => (
        <span className="flex flex-wrap items-center gap-2">
          <span className="font-medium text-slate-900">{row.name}</span>
          {row.isDefault && <Badge tone="info">{t('badges.default')}</Badge>}
          {row.uuid === currentUuid && <Badge tone="success">{t('badges.current')}</Badge>}
        </span>
      ),
    },
    {
      header: t('columns.uuid'),
      cell: (row) => (
        <span className="flex flex-wrap items-center gap-2">
          <code className="whitespace-nowrap font-mono text-xs text-slate-700">{row.uuid}</code>
          <CopyButton value={row.uuid} label={t('copyUuid', { name: row.name })} />
        </span>
      ),
    },
    { header: t('columns.devices'), headerClassName: 'text-right', className: 'text-right tabular-nums', cell: (row) => row.deviceCount },
    { header: t('columns.path'), cell: (row) => <code className="font-mono text-xs text-slate-700">{row.provisioningPath}</code> },
  ];
  return (
    <DataTable
      caption={t('table.caption')}
      columns={columns}
      rows={rows}
      actions={(row) => (
        <span className="inline-flex flex-wrap justify-end gap-1">
          {row.uuid !== currentUuid && (
            <Button size="sm" variant="ghost" onClick={() => select(row.uuid)} isPending={isPending} aria-label={t('switch.label', { name: row.name })}>
              {t('switch.button')}
            </Button>
          )}
          <Button size="sm" variant="ghost" onClick={() => onRename(row)} aria-label={t('renameLabel', { name: row.name })}>
            {t('rename')}
          </Button>
          <Button
            size="sm"
            variant="ghost"
            className="text-red-700 hover:bg-red-50 hover:text-red-800"
            onClick={() => onDelete(row)}
            aria-label={t('delete.button', { name: row.name })}
          >
            {t('common:ui.delete')}
          </Button>
        </span>
      )}
    />
  );
}
