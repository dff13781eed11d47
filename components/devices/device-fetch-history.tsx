'use client';

import { useQuery } from '@tanstack/react-query';
import { DateTime, useConsole } from '@/components/layout/console-context';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { fetchJson } from '@/lib/fetch-json';
import { formatDateTime, formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/lib/i18n/client';
import { deviceKeys } from '@/lib/query-keys';
import type { DeviceFetch, DeviceFetchHistory as History } from '@/db/queries/device-fetches';
import { SyncBadge } from './sync-badge';

/** Phones poll every few minutes at most: a refresh now and then keeps the page honest without a storm. */
const REFRESH_MS = 30_000;

const statusTone = (status: number): BadgeTone => (status < 300 ? 'success' : status === 404 ? 'warning' : status < 400 ? 'neutral' : 'danger');

/** The device page's fetch history: the last fetch, the phone's recent requests, and the names it asked for that got 404. */
export function DeviceFetchHistory({ deviceId }: { deviceId: number }) {
  const t = useT('devices');
  const history = useQuery({
    queryKey: deviceKeys.fetches(deviceId),
    queryFn: ({ signal }) => fetchJson<History>(`/api/console/devices/fetches?deviceId=${deviceId}`, signal),
    refetchInterval: REFRESH_MS,
  });
  const data = history.data;
  return (
    <Card labelledBy="device-fetches">
      <CardHeader id="device-fetches" title={t('history.title')} description={t('history.description')} />
      <CardBody className="flex flex-col gap-4 text-sm">
        {history.isError && <Alert>{t('history.loadError')}</Alert>}
        {data && (
          <>
            <LastFetch fetch={data.lastFetch} sync={data.sync} />
            {data.missedNames.length > 0 && <MissedNames history={data} />}
            {data.fetches.length > 0 && <FetchTable fetches={data.fetches} />}
          </>
        )}
      </CardBody>
    </Card>
  );
}

function LastFetch({ fetch, sync }: { fetch: DeviceFetch | null; sync: History['sync'] }) {
  const t = useT('devices');
  if (!fetch) return <p className="text-slate-600">{t('history.never')}</p>;
  return (
    <dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_minmax(0,1fr)]" data-testid="device-last-fetch">
      <dt className="text-slate-500">{t('history.last')}</dt>
      <dd className="flex flex-wrap items-center gap-2">
        <DateTime ms={fetch.at} />
        <Badge tone="info">{t(`history.channels.${fetch.channel}`)}</Badge>
        <Badge tone={statusTone(fetch.status)}>{fetch.status}</Badge>
        <SyncBadge sync={sync} />
      </dd>
      <dt className="text-slate-500">{t('history.columns.ip')}</dt>
      <dd className="font-mono text-xs">{fetch.clientIp}</dd>
      <dt className="text-slate-500">{t('history.columns.userAgent')}</dt>
      <dd className="break-all font-mono text-xs">{fetch.userAgent ?? '—'}</dd>
    </dl>
  );
}

function MissedNames({ history }: { history: History }) {
  const t = useT('devices');
  const lng = useLanguage();
  const { timeZone } = useConsole();
  return (
    <div role="note" className="rounded-md bg-amber-50 px-4 py-3 text-amber-900 ring-1 ring-inset ring-amber-200" data-testid="device-missed-names">
      <p className="font-medium">{t('history.missed.title')}</p>
      <p className="mt-1">{t('history.missed.hint', { fileName: history.fileName })}</p>
      <ul className="mt-2 flex flex-col gap-1">
        {history.missedNames.map((m) => (
          <li key={m.fileName} className="flex flex-wrap items-baseline gap-x-3">
            <span className="break-all font-mono text-xs">{m.fileName}</span>
            <span className="text-xs text-amber-800">
              {t('history.missed.requests', { count: m.count, formatted: formatNumber(m.count, lng), when: formatDateTime(m.lastAt, timeZone) })}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}

function FetchTable({ fetches }: { fetches: DeviceFetch[] }) {
  const t = useT('devices');
  return (
    <Table caption={t('history.caption')} isFramed={false} data-testid="device-fetches">
      <THead>
        <TR>
          <TH>{t('history.columns.at')}</TH>
          <TH>{t('history.columns.channel')}</TH>
          <TH>{t('history.columns.file')}</TH>
          <TH>{t('history.columns.ip')}</TH>
          <TH>{t('history.columns.userAgent')}</TH>
          <TH>{t('history.columns.status')}</TH>
        </TR>
      </THead>
      <TBody>
        {fetches.map((f) => (
          <TR key={f.id}>
            <TD className="text-xs">
              <DateTime ms={f.at} />
            </TD>
            <TD>
              <Badge tone="info">{t(`history.channels.${f.channel}`)}</Badge>
            </TD>
            <TD>
              <span className="break-all font-mono text-xs">{f.fileName}</span>
              {f.ownFile && <span className="ml-2 text-xs text-slate-500">({t('history.ownFile')})</span>}
            </TD>
            <TD className="font-mono text-xs">{f.clientIp}</TD>
            <TD>
              <span className="block max-w-[16rem] truncate font-mono text-xs text-slate-600" title={f.userAgent ?? undefined}>
                {f.userAgent ?? '—'}
              </span>
            </TD>
            <TD>
              <Badge tone={statusTone(f.status)}>{f.status}</Badge>
            </TD>
          </TR>
        ))}
      </TBody>
    </Table>
  );
}
