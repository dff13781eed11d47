'use client';

import { DateTime } from '@/components/layout/console-context';
import { useListSort } from '@/components/lists/use-list-sort';
import { usePagedList } from '@/components/lists/use-paged-list';
import { Badge } from '@/components/ui/badge';
import { buttonClasses } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { EmptyState } from '@/components/ui/empty-state';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { useT } from '@/lib/i18n/client';
import { auditKeys } from '@/lib/query-keys';
import type { AuditLogParams } from '@/lib/validation/audit-log';
import { AUDIT_SORT, toSearchParams } from '@/lib/validation/list-params';
import type { AuditRow } from '@/db/queries/audit-log';
import type { Page } from '@/db/queries/paging';
import { AuditChanges } from './audit-changes';
import { AuditFilters } from './audit-filters';

type AuditLogPanelProps = {
  initialParams: AuditLogParams;
  initialPage: Page<AuditRow>;
  actors: string[];
  entities: readonly string[];
  retentionDays: number;
};

/** Who changed what: filters, a server-paged table (first page from the RSC render) and the CSV export of the same filters. */
export function AuditLogPanel({ initialParams, initialPage, actors, entities, retentionDays }: AuditLogPanelProps) {
  const t = useT('audit');
  const { params, setParams, page, isFetching } = usePagedList({
    pagePath: '/audit-log',
    apiPath: '/api/console/audit-log',
    queryKey: auditKeys.list,
    initialParams,
    initialPage,
  });
  const isFiltered = Boolean(params.actor || params.entity || params.from || params.to);
  const sort = useListSort(AUDIT_SORT, params, setParams);
  const { page: _page, pageSize: _size, sort: _sort, dir: _dir, ...filters } = params;
  const exportQuery = toSearchParams(filters).toString();
  const columns: Column<AuditRow>[] = [
    { header: t('columns.at'), sort: 'at', cell: (row) => <DateTime ms={row.at} /> },
    {
      header: t('columns.actor'),
      cell: (row) => (
        <span className="flex flex-col">
          <span className="font-medium">{row.actorName}</span>
          <span className="text-xs text-slate-500">{t(`actorKinds.${row.actorKind}`)}</span>
        </span>
      ),
    },
    {
      header: t('columns.entity'),
      cell: (row) => (
        <span className="flex flex-col">
          <span>{t(`entities.${row.entity}`, { defaultValue: row.entity })}</span>
          {row.entityLabel && <span className="break-all text-xs text-slate-500">{row.entityLabel}</span>}
        </span>
      ),
    },
    {
      header: t('columns.action'),
      cell: (row) => <Badge tone={row.action === 'delete' ? 'danger' : 'info'}>{t(`actions.${row.action}`, { defaultValue: row.action })}</Badge>,
    },
    { header: t('columns.changes'), className: 'text-xs', cell: (row) => <AuditChanges changes={row.changes} /> },
  ];

  return (
    <>
      <PageHeader
        title={t('title')}
        description={`${t('description')} ${retentionDays > 0 ? t('retention', { days: retentionDays }) : t('retentionForever')}`}
        actions={
          <a href={`/api/console/audit-log/export${exportQuery ? `?${exportQuery}` : ''}`} className={buttonClasses()} download>
            {t('export')}
          </a>
        }
      />
      <div className="flex flex-col gap-4">
        <AuditFilters params={params} onChange={(next) => setParams({ ...next, page: 1 })} actors={actors} entities={entities} />
        {page.total === 0 ? (
          <EmptyState
            title={isFiltered ? t('empty.filteredTitle') : t('empty.title')}
            description={isFiltered ? t('empty.filteredDescription') : t('empty.description')}
          />
        ) : (
          <div>
            <DataTable caption={t('table.caption')} columns={columns} rows={page.items} isFetching={isFetching} sort={sort} />
            <Pagination
              page={page.page}
              pageSize={page.pageSize}
              total={page.total}
              isFetching={isFetching}
              onPageChange={(p) => setParams({ ...params, page: p })}
              onPageSizeChange={(size) => setParams({ ...params, pageSize: size, page: 1 })}
            />
          </div>
        )}
      </div>
    </>
  );
}
