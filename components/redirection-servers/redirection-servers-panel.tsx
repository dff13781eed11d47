'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListPageHeader } from '@/components/lists/list-page-header';
import { Badge } from '@/components/ui/badge';
import { type Column, DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { RowActions } from '@/components/ui/row-actions';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import { BrandHelp } from './brand-help';
import { DeleteRedirectionServerDialog } from './delete-redirection-server-dialog';
import { RedirectionServerDialog } from './redirection-server-dialog';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';

/** The vendors' redirection (RPS/ZTP) accounts of the tenant; passwords never reach the browser. */
export function RedirectionServersPanel({ initial, defaultUrl }: { initial: RedirectionServerRow[]; defaultUrl: string }) {
  const t = useT('redirection');
  const [editing, setEditing] = useState<RedirectionServerRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RedirectionServerRow | null>(null);
  const { data: rows, isFetching } = useQuery({
    queryKey: redirectionServerKeys.all,
    queryFn: ({ signal }) => fetchJson<RedirectionServerRow[]>('/api/console/redirection-servers', signal),
    initialData: initial,
  });
  const none = <span className="text-slate-400">{t('common:ui.none')}</span>;
  const columns: Column<RedirectionServerRow>[] = [
    { header: t('columns.brand'), className: 'font-medium text-slate-900', cell: (row) => t(`brands.${row.brand}`) },
    { header: t('columns.name'), cell: (row) => row.name },
    { header: t('columns.username'), className: 'font-mono text-xs', cell: (row) => row.username },
    { header: t('columns.provisioningUrl'), className: 'max-w-sm break-all font-mono text-xs', cell: (row) => row.provisioningUrl || none },
    {
      header: t('columns.status'),
      cell: (row) => <Badge tone={row.isEnabled ? 'success' : 'neutral'}>{row.isEnabled ? t('table.enabled') : t('table.disabled')}</Badge>,
    },
  ];
  return (
    <>
      <ListPageHeader ns="redirection" onNew={() => setEditing('new')} />
      <div className="flex flex-col gap-4">
        <BrandHelp />
        {rows.length === 0 ? (
          <EmptyState title={t('empty.title')} description={t('empty.description')} />
        ) : (
          <DataTable
            caption={t('table.caption')}
            columns={columns}
            rows={rows}
            isFetching={isFetching}
            actions={(row) => (
              <RowActions
                editLabel={t('edit', { name: row.name })}
                deleteLabel={t('delete.button', { name: row.name })}
                onEdit={() => setEditing(row)}
                onDelete={() => setDeleting(row)}
              />
            )}
          />
        )}
      </div>
      {editing && <RedirectionServerDialog server={editing === 'new' ? null : editing} defaultUrl={defaultUrl} onClose={() => setEditing(null)} />}
      {deleting && <DeleteRedirectionServerDialog server={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
