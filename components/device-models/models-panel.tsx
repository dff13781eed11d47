'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { type Column, DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { modelKeys } from '@/lib/query-keys';
import { DuplicateDeleteActions } from './duplicate-delete-actions';
import { DeleteModelDialogs, DuplicateModelDialog } from './model-dialogs';
import type { ModelRow } from '@/db/queries/device-models';

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

  const columns: Column<ModelRow>[] = [
    {
      header: t('columns.name'),
      cell: (model) => (
        <span className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <Link
            href={`/device-models/${model.id}` as Route}
            className={linkClasses}
            aria-label={t(model.isBuiltIn ? 'actions.view' : 'actions.edit', { name: model.name })}
          >
            {model.name}
          </Link>
          {model.isBuiltIn && <Badge tone="info">{t('builtIn')}</Badge>}
        </span>
      ),
    },
    { header: t('columns.brand'), className: 'whitespace-nowrap', cell: (model) => model.brandName },
    {
      header: (
        <>
          {t('columns.fileName')} <span className="font-normal normal-case tracking-normal text-slate-400">· {t('columns.contentType')}</span>
        </>
      ),
      cell: (model) => (
        <>
          <span className="block break-all font-mono text-xs text-slate-800">{model.exampleFileName}</span>
          <span className="block font-mono text-[11px] text-slate-400" title={t('columns.contentType')}>
            {model.contentType}
          </span>
        </>
      ),
    },
    { header: t('columns.devices'), headerClassName: 'text-right', className: 'text-right tabular-nums', cell: (model) => model.deviceCount },
    { header: t('columns.templates'), headerClassName: 'text-right', className: 'text-right tabular-nums', cell: (model) => model.templateCount },
    {
      header: t('columns.actions'),
      headerClassName: 'text-right',
      cell: (model) => <DuplicateDeleteActions ns="models" item={model} onDuplicate={() => setDuplicating(model)} onDelete={() => setDeleting(model)} />,
    },
  ];

  if (rows.length === 0) return <EmptyState title={t('empty.title')} description={t('empty.description')} />;
  return (
    <>
      <DataTable caption={t('table.caption')} columns={columns} rows={rows} isFetching={isFetching} />
      {duplicating && (
        <DuplicateModelDialog model={duplicating} onClose={() => setDuplicating(null)} onDone={(copy) => router.push(`/device-models/${copy.id}` as Route)} />
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
