'use client';

import { useState } from 'react';
import { SearchList } from '@/components/lists/search-list';
import { useSearchList } from '@/components/lists/use-search-list';
import { PageHeader } from '@/components/ui/page-header';
import { useT } from '@/lib/i18n/client';
import { unknownDeviceKeys } from '@/lib/query-keys';
import { UNKNOWN_DEVICE_SORT, type UnknownDeviceListParams } from '@/lib/validation/list-params';
import { useListSort } from '@/components/lists/use-list-sort';
import { DismissUnknownDeviceDialog } from './dismiss-unknown-device-dialog';
import { UnknownDevicesTable } from './unknown-devices-table';
import type { UnknownDevicePage, UnknownDeviceRow } from '@/db/queries/unknown-devices';

/** A phone being plugged in shows up without a reload. */
const REFRESH_MS = 15_000;

/** Phones that asked for a file no device owns, to adopt (create a device) or dismiss. */
export function UnknownDevicesPanel({ initialParams, initialPage }: { initialParams: UnknownDeviceListParams; initialPage: UnknownDevicePage }) {
  const t = useT('unknown');
  const list = useSearchList({
    pagePath: '/unknown-devices',
    apiPath: '/api/console/unknown-devices',
    queryKey: unknownDeviceKeys.list,
    initialParams,
    initialPage,
    refetchInterval: REFRESH_MS,
  });
  const sort = useListSort(UNKNOWN_DEVICE_SORT, list.params, list.setParams);
  const [dismissing, setDismissing] = useState<UnknownDeviceRow | null>(null);

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <SearchList list={list} ns="unknown">
        <UnknownDevicesTable rows={list.page.items} isFetching={list.isFetching} sort={sort} onDismiss={setDismissing} />
      </SearchList>
      {dismissing && <DismissUnknownDeviceDialog device={dismissing} onClose={() => setDismissing(null)} />}
    </>
  );
}
