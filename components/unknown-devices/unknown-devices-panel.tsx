'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@/components/forms/use-debounced-value';
import { EmptyState } from '@/components/ui/empty-state';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import type { UnknownDevicePage, UnknownDeviceRow } from '@/lib/console/unknown-device-list';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { unknownDeviceKeys } from '@/lib/query-keys';
import { toSearchParams } from '@/lib/validation/list-params';
import type { SearchPageParams } from '@/lib/validation/search-page-params';
import { DismissUnknownDeviceDialog } from './dismiss-unknown-device-dialog';
import { UnknownDevicesTable } from './unknown-devices-table';

const query = (params: SearchPageParams) => toSearchParams(params).toString();
/** A phone being plugged in shows up without a reload. */
const REFRESH_MS = 15_000;

/** Phones that asked for a file no device owns, to adopt (create a device) or dismiss. */
export function UnknownDevicesPanel({ initialParams, initialPage }: { initialParams: SearchPageParams; initialPage: UnknownDevicePage }) {
  const t = useT('unknown');
  const [params, setParams] = useState(initialParams);
  const [q, setQ] = useState(initialParams.q ?? '');
  const term = useDebouncedValue(q.trim());
  const [dismissing, setDismissing] = useState<UnknownDeviceRow | null>(null);

  useEffect(() => setParams((p) => ((p.q ?? '') === term ? p : { q: term || undefined, page: 1 })), [term]);
  useEffect(() => {
    const qs = query(params);
    window.history.replaceState(null, '', qs ? `/unknown-devices?${qs}` : '/unknown-devices');
  }, [params]);

  const { data, isFetching } = useQuery({
    queryKey: unknownDeviceKeys.list(params),
    queryFn: ({ signal }) => fetchJson<UnknownDevicePage>(`/api/console/unknown-devices?${query(params)}`, signal),
    initialData: query(params) === query(initialParams) ? initialPage : undefined,
    placeholderData: keepPreviousData,
    refetchInterval: REFRESH_MS,
  });
  const page = data ?? initialPage;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-col gap-4">
        <div role="search" className="max-w-md">
          <Field label={t('search')}>
            <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('searchPlaceholder')} />
          </Field>
        </div>
        {page.total === 0 ? (
          <EmptyState title={params.q ? t('empty.filteredTitle') : t('empty.title')} description={params.q ? t('empty.filteredDescription') : t('empty.description')} />
        ) : (
          <div>
            <UnknownDevicesTable rows={page.items} isFetching={isFetching} onDismiss={setDismissing} />
            <Pagination page={page.page} pageSize={page.pageSize} total={page.total} isFetching={isFetching} onPageChange={(p) => setParams({ ...params, page: p })} />
          </div>
        )}
      </div>
      {dismissing && <DismissUnknownDeviceDialog device={dismissing} onClose={() => setDismissing(null)} />}
    </>
  );
}
