'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { DateTime, useCanWrite } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import type { TableSort } from '@/components/ui/sortable-th';
import { formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import type { UnknownDeviceRow } from '@/db/queries/unknown-devices';

type UnknownDevicesTableProps = { rows: UnknownDeviceRow[]; isFetching: boolean; sort: TableSort; onDismiss: (row: UnknownDeviceRow) => void };

export function UnknownDevicesTable({ rows, isFetching, sort, onDismiss }: UnknownDevicesTableProps) {
  const t = useT('unknown');
  const lng = useLanguage();
  const canWrite = useCanWrite();
  const columns: Column<UnknownDeviceRow>[] = [
    {
      header: t('columns.mac'),
      sort: 'mac',
      className: 'whitespace-nowrap font-mono text-xs font-medium text-slate-900',
      cell: (row) => formatMac(row.mac, 'colon-upper'),
    },
    {
      header: t('columns.phone'),
      cell: (row) => (
        <>
          {[row.vendor, row.model].filter(Boolean).join(' ') || <span className="text-slate-400">{t('table.unrecognised')}</span>}
          {row.lastUserAgent && (
            <span className="block max-w-[13rem] truncate text-xs text-slate-500" title={row.lastUserAgent}>
              {row.lastUserAgent}
            </span>
          )}
        </>
      ),
    },
    {
      header: t('columns.lastRequest'),
      cell: (row) => (
        <>
          <span className="flex flex-wrap items-center gap-2">
            <Badge tone="info">{t(`channels.${row.lastChannel}`)}</Badge>
            <span className="font-mono text-xs">{row.lastIp}</span>
          </span>
          <span className="mt-0.5 block max-w-[14rem] truncate font-mono text-xs text-slate-500" title={row.lastFileName}>
            {row.lastFileName}
          </span>
        </>
      ),
    },
    {
      header: t('columns.seen'),
      sort: 'lastSeen',
      className: 'whitespace-nowrap text-xs',
      cell: (row) => (
        <>
          <span className="block">
            {t('table.last')} <DateTime ms={row.lastSeenAt} />
          </span>
          <span className="block text-slate-500">
            {t('table.first')} <DateTime ms={row.firstSeenAt} />
          </span>
          <span className="block text-slate-500">{t('table.requests', { count: row.count, formatted: formatNumber(row.count, lng) })}</span>
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('table.caption')}
      columns={columns}
      rows={rows}
      isFetching={isFetching}
      sort={sort}
      actions={
        canWrite
          ? (row) => {
              const mac = formatMac(row.mac, 'colon-upper');
              return (
                <span className="inline-flex flex-wrap items-center justify-end gap-1">
                  <Link href={`/devices/new?mac=${row.mac}` as Route} className={buttonClasses({ size: 'sm' })} aria-label={t('create', { mac })}>
                    {t('createShort')}
                  </Link>
                  <Button
                    size="sm"
                    variant="ghost"
                    className="text-red-700 hover:bg-red-50 hover:text-red-800"
                    onClick={() => onDismiss(row)}
                    aria-label={t('dismiss.button', { mac })}
                  >
                    {t('dismiss.short')}
                  </Button>
                </span>
              );
            }
          : undefined
      }
    />
  );
}
