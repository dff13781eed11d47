'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { RedirectionServerRow } from '@/lib/console/redirection-list';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import { BrandHelp } from './brand-help';
import { DeleteRedirectionServerDialog } from './delete-redirection-server-dialog';
import { RedirectionServerDialog } from './redirection-server-dialog';

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
  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('new')}
          </Button>
        }
      />
      <div className="flex flex-col gap-4">
        <BrandHelp />
        {rows.length === 0 ? (
          <EmptyState title={t('empty.title')} description={t('empty.description')} />
        ) : (
          <Table caption={t('table.caption')} aria-busy={isFetching || undefined}>
            <THead>
              <tr>
                <TH>{t('columns.brand')}</TH>
                <TH>{t('columns.name')}</TH>
                <TH>{t('columns.username')}</TH>
                <TH>{t('columns.provisioningUrl')}</TH>
                <TH>{t('columns.status')}</TH>
                <TH className="text-right">
                  <span className="sr-only">{t('common:ui.actions')}</span>
                </TH>
              </tr>
            </THead>
            <TBody>
              {rows.map((row) => (
                <TR key={row.id}>
                  <TD className="font-medium text-slate-900">{t(`brands.${row.brand}`)}</TD>
                  <TD>{row.name}</TD>
                  <TD className="font-mono text-xs">{row.username}</TD>
                  <TD className="max-w-sm break-all font-mono text-xs">{row.provisioningUrl || none}</TD>
                  <TD>
                    <Badge tone={row.isEnabled ? 'success' : 'neutral'}>{row.isEnabled ? t('table.enabled') : t('table.disabled')}</Badge>
                  </TD>
                  <TD className="whitespace-nowrap text-right">
                    <Button size="sm" variant="ghost" onClick={() => setEditing(row)} aria-label={t('edit', { name: row.name })}>
                      {t('common:ui.edit')}
                    </Button>
                    <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={() => setDeleting(row)} aria-label={t('delete.button', { name: row.name })}>
                      {t('common:ui.delete')}
                    </Button>
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
      </div>
      {editing && <RedirectionServerDialog server={editing === 'new' ? null : editing} defaultUrl={defaultUrl} onClose={() => setEditing(null)} />}
      {deleting && <DeleteRedirectionServerDialog server={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
