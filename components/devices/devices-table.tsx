'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { useCallback } from 'react';
import { DateTime } from '@/components/layout/console-context';
import { useListSort } from '@/components/lists/use-list-sort';
import { usePagedList } from '@/components/lists/use-paged-list';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Pagination } from '@/components/ui/pagination';
import { SortableTH } from '@/components/ui/sortable-th';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { deviceKeys } from '@/lib/query-keys';
import { DEVICE_SORT, type DeviceListParams } from '@/lib/validation/list-params';
import { BulkActionBar } from './bulk-action-bar';
import { BulkCheckbox } from './bulk-checkbox';
import { useBulkSelection } from './bulk-selection';
import { DeviceFilters } from './device-filters';
import { RedirectionStatusBadge } from './redirection-status';
import { SyncBadge } from './sync-badge';
import type { DevicePage } from '@/db/queries/devices';
import type { DeviceFormChoices } from '@/db/queries/device-models';

type DevicesTableProps = {
  initialParams: DeviceListParams;
  initialPage: DevicePage;
  brands: DeviceFormChoices['brands'];
  models: DeviceFormChoices['models'];
  /** For the bulk "change model and template" form. */
  templates?: DeviceFormChoices['templates'];
};

const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';
/** List params that order or page the devices, not filter them (the empty state says "no match" only for filters). */
const NOT_FILTERS = new Set(['page', 'pageSize', 'sort', 'dir']);

/** Server-side paged devices with their filters (see usePagedList). */
export function DevicesTable({ initialParams, initialPage, brands, models, templates = [] }: DevicesTableProps) {
  const t = useT('devices');
  const { params, setParams, page, isFetching } = usePagedList({
    pagePath: '/devices',
    apiPath: '/api/console/devices',
    queryKey: deviceKeys.list,
    initialParams,
    initialPage,
  });
  const selection = useBulkSelection(
    params,
    page.items.map((d) => d.id),
    page.total,
  );
  const filter = useCallback((next: DeviceListParams) => setParams({ ...next, page: 1 }), [setParams]);
  const sort = useListSort(DEVICE_SORT, params, setParams);
  const isFiltered = Object.entries(params).some(([key, value]) => !NOT_FILTERS.has(key) && value !== undefined);
  return (
    <div className="flex flex-col gap-4">
      <DeviceFilters params={params} onChange={filter} brands={brands} models={models} />
      <BulkActionBar selection={selection} total={page.total} catalogue={{ brands, models, templates }} />
      {page.total === 0 ? (
        <EmptyState
          title={isFiltered ? t('empty.filteredTitle') : t('empty.title')}
          description={isFiltered ? t('empty.filteredDescription') : t('empty.description')}
        />
      ) : (
        <div>
          <Table caption={t('table.caption')} aria-busy={isFetching || undefined}>
            <THead>
              <tr>
                <TH className="w-8">
                  <BulkCheckbox
                    label={t('bulk.selectPage')}
                    checked={selection.isPageSelected}
                    indeterminate={selection.isPartlySelected}
                    onChange={selection.togglePage}
                  />
                </TH>
                <SortableTH column="mac" sort={sort}>
                  {t('columns.mac')}
                </SortableTH>
                <SortableTH column="label" sort={sort}>
                  {t('columns.label')}
                </SortableTH>
                <SortableTH column="model" sort={sort}>
                  {t('columns.model')}
                </SortableTH>
                <TH>{t('columns.lines')}</TH>
                <SortableTH column="lastFetch" sort={sort}>
                  {t('columns.lastFetch')}
                </SortableTH>
                <TH>{t('columns.file')}</TH>
                <TH>{t('columns.redirection')}</TH>
              </tr>
            </THead>
            <TBody>
              {page.items.map((device) => (
                <TR key={device.id}>
                  <TD className="w-8">
                    <BulkCheckbox
                      label={t('bulk.selectRow', { mac: formatMac(device.mac, 'colon-upper') })}
                      checked={selection.isSelected(device.id)}
                      onChange={() => selection.toggle(device.id)}
                    />
                  </TD>
                  <TD className="whitespace-nowrap font-mono text-xs">
                    <Link href={`/devices/${device.id}` as Route} className={linkClasses}>
                      {formatMac(device.mac, 'colon-upper')}
                    </Link>
                  </TD>
                  <TD>
                    <span className="flex flex-wrap items-center gap-2">
                      {device.label || <span className="text-slate-400">{t('common:ui.none')}</span>}
                      {!device.isEnabled && <Badge tone="warning">{t('table.disabled')}</Badge>}
                    </span>
                  </TD>
                  <TD className="whitespace-nowrap">{device.modelName}</TD>
                  <TD className="tabular-nums">{device.extensions.join(', ') || <span className="text-slate-400">{t('common:ui.none')}</span>}</TD>
                  <TD>
                    {device.lastFetchedAt ? (
                      <span className="flex flex-col items-start gap-1">
                        <DateTime ms={device.lastFetchedAt} />
                        <SyncBadge sync={device.sync} />
                      </span>
                    ) : (
                      <Badge>{t('table.never')}</Badge>
                    )}
                  </TD>
                  <TD className="font-mono text-xs">
                    {device.file ? (
                      <Link href={`/files/${device.file.id}` as Route} className={linkClasses}>
                        {device.file.fileName}
                      </Link>
                    ) : (
                      <span className="font-sans text-slate-400">{t('table.noFile')}</span>
                    )}
                  </TD>
                  <TD>
                    <RedirectionStatusBadge status={device.redirection} />
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
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
  );
}
