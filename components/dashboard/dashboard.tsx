'use client';

import { useQuery } from '@tanstack/react-query';
import { BlockedAddressesCard } from '@/components/phone-access/blocked-addresses-card';
import { dashboardKeys } from '@/lib/query-keys';
import { fetchJson } from '@/lib/fetch-json';
import { NeverFetchedCard, UnknownDevicesCard } from './device-cards';
import { RecentFetches } from './recent-fetches';
import { RedirectionServersCard } from './redirection-card';
import { StatCards } from './stat-cards';
import type { DashboardData } from '@/db/queries/dashboard';

/** Counts, the live fetch log and the devices needing attention; refreshed every 10 s. */
export function Dashboard({ initial }: { initial: DashboardData }) {
  const { data } = useQuery({
    queryKey: dashboardKeys.all,
    queryFn: ({ signal }) => fetchJson<DashboardData>('/api/console/dashboard', signal),
    initialData: initial,
    refetchInterval: 10_000,
  });
  return (
    <div className="flex flex-col gap-6">
      <StatCards counts={data.counts} />
      {data.blockedAddresses.length > 0 && <BlockedAddressesCard initial={data.blockedAddresses} />}
      <RecentFetches fetches={data.fetches} />
      <RedirectionServersCard servers={data.redirectionServers} />
      <div className="grid gap-6 2xl:grid-cols-2">
        <NeverFetchedCard devices={data.neverFetched} />
        <UnknownDevicesCard devices={data.unknownDevices} />
      </div>
    </div>
  );
}
