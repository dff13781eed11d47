'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListPageHeader } from '@/components/lists/list-page-header';
import { type Column, DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import type { ApiDefaults } from './api-defaults';
import { BrandHelp } from './brand-help';
import { DeleteRedirectionServerDialog } from './delete-redirection-server-dialog';
import { ReconcileDialog } from './reconcile-dialog';
import { RedirectionServerDialog } from './redirection-server-dialog';
import { ServerRowActions } from './server-row-actions';
import { ServerStatus } from './server-status';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';

type RedirectionServersPanelProps = {
  initial: RedirectionServerRow[];
  /** This console's provisioning URL, prefilled for a new server. */
  defaultUrl: string;
  apiDefaults: ApiDefaults;
};

/** The vendors' redirection (RPS/ZTP) accounts of the tenant; passwords never reach the browser. */
export function RedirectionServersPanel({ initial, defaultUrl, apiDefaults }: RedirectionServersPanelProps) {
  const t = useT('redirection');
  const [editing, setEditing] = useState<RedirectionServerRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<RedirectionServerRow | null>(null);
  const [reconciling, setReconciling] = useState<RedirectionServerRow | null>(null);
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
    { header: t('columns.status'), cell: (row) => <ServerStatus server={row} apiDefaults={apiDefaults} /> },
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
              <ServerRowActions
                server={row}
                apiDefaults={apiDefaults}
                onEdit={() => setEditing(row)}
                onDelete={() => setDeleting(row)}
                onReconcile={() => setReconciling(row)}
              />
            )}
          />
        )}
      </div>
      {editing && (
        <RedirectionServerDialog
          server={editing === 'new' ? null : editing}
          defaultUrl={defaultUrl}
          apiDefaults={apiDefaults}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && <DeleteRedirectionServerDialog server={deleting} onClose={() => setDeleting(null)} />}
      {reconciling && <ReconcileDialog server={reconciling} apiDefaults={apiDefaults} onClose={() => setReconciling(null)} />}
    </>
  );
}
