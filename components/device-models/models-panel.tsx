'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { ModelRow } from '@/lib/console/model-list';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { modelKeys } from '@/lib/query-keys';
import { DeleteModelDialogs, DuplicateModelDialog } from './model-dialogs';

const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

/** Every device model with its brand, example file name and usage; duplicate and delete from the row. */
export function ModelsPanel({ initialRows }: { initialRows: ModelRow[] }) {
  const t = useT('models');
  const router = useRouter();
  const queryClient = useQueryClient();
  const [duplicating, setDuplicating] = useState<ModelRow | null>(null);
  const [deleting, setDeleting] = useState<ModelRow | null>(null);
  const { data: rows = initialRows, isFetching } = useQuery({
    queryKey: modelKeys.list(),
    queryFn: ({ signal }) => fetchJson<ModelRow[]>('/api/console/device-models', signal),
    initialData: initialRows,
  });

  if (rows.length === 0) return <EmptyState title={t('empty.title')} description={t('empty.description')} />;
  return (
    <>
      <Table caption={t('table.caption')} aria-busy={isFetching || undefined}>
        <THead>
          <tr>
            <TH>{t('columns.name')}</TH>
            <TH>{t('columns.brand')}</TH>
            <TH>
              {t('columns.fileName')} <span className="font-normal normal-case tracking-normal text-slate-400">· {t('columns.contentType')}</span>
            </TH>
            <TH className="text-right">{t('columns.devices')}</TH>
            <TH className="text-right">{t('columns.templates')}</TH>
            <TH className="text-right">{t('columns.actions')}</TH>
          </tr>
        </THead>
        <TBody>
          {rows.map((model) => (
            <TR key={model.id}>
              <TD className="whitespace-nowrap">
                <span className="flex items-center gap-2">
                  <Link href={`/device-models/${model.id}` as Route} className={linkClasses} aria-label={t(model.isBuiltIn ? 'actions.view' : 'actions.edit', { name: model.name })}>
                    {model.name}
                  </Link>
                  {model.isBuiltIn && <Badge tone="info">{t('builtIn')}</Badge>}
                </span>
              </TD>
              <TD className="whitespace-nowrap">{model.brandName}</TD>
              <TD className="whitespace-nowrap">
                <span className="block font-mono text-xs text-slate-800">{model.exampleFileName}</span>
                <span className="block font-mono text-[11px] text-slate-400" title={t('columns.contentType')}>
                  {model.contentType}
                </span>
              </TD>
              <TD className="text-right tabular-nums">{model.deviceCount}</TD>
              <TD className="text-right tabular-nums">{model.templateCount}</TD>
              <TD>
                <span className="flex justify-end gap-1">
                  {!model.isBuiltIn && (
                    <Button size="sm" variant="ghost" className="text-red-700! hover:bg-red-50 hover:text-red-800!" onClick={() => setDeleting(model)} aria-label={t('actions.deleteNamed', { name: model.name })}>
                      {t('actions.delete')}
                    </Button>
                  )}
                  <Button size="sm" variant="ghost" onClick={() => setDuplicating(model)} aria-label={t('actions.duplicateNamed', { name: model.name })}>
                    {t('actions.duplicate')}
                  </Button>
                </span>
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
      {duplicating && (
        <DuplicateModelDialog
          model={duplicating}
          onClose={() => setDuplicating(null)}
          onDone={(copy) => router.push(`/device-models/${copy.id}` as Route)}
        />
      )}
      {deleting && (
        <DeleteModelDialogs
          model={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={async () => {
            setDeleting(null);
            await queryClient.invalidateQueries({ queryKey: modelKeys.all });
          }}
        />
      )}
    </>
  );
}
