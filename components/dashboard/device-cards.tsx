'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { DateTime, useCanWrite } from '@/components/layout/console-context';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import type { DashboardData } from '@/db/queries/dashboard';

const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

export function NeverFetchedCard({ devices }: { devices: DashboardData['neverFetched'] }) {
  const t = useT('dashboard');
  return (
    <Card labelledBy="never-fetched">
      <CardHeader id="never-fetched" title={t('neverFetched.title')} description={t('neverFetched.description')} />
      {devices.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{t('neverFetched.empty')}</p>
      ) : (
        <Table isFramed={false}>
          <THead>
            <tr>
              <TH>{t('columns.mac')}</TH>
              <TH>{t('columns.label')}</TH>
              <TH>{t('columns.model')}</TH>
              <TH>{t('columns.created')}</TH>
            </tr>
          </THead>
          <TBody>
            {devices.map((d) => (
              <TR key={d.id}>
                <TD className="font-mono text-xs">
                  <Link href={`/devices/${d.id}` as Route} className={linkClasses}>
                    {formatMac(d.mac, 'colon-upper')}
                  </Link>
                </TD>
                <TD>{d.label || t('common:ui.none')}</TD>
                <TD>{d.modelName}</TD>
                <TD>
                  <DateTime ms={d.createdAt} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}

export function UnknownDevicesCard({ devices }: { devices: DashboardData['unknownDevices'] }) {
  const canWrite = useCanWrite();
  const t = useT('dashboard');
  return (
    <Card labelledBy="unknown-devices">
      <CardHeader id="unknown-devices" title={t('unknown.title')} description={t('unknown.description')} />
      {devices.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{t('unknown.empty')}</p>
      ) : (
        <Table isFramed={false}>
          <THead>
            <tr>
              <TH>{t('columns.mac')}</TH>
              <TH>{t('columns.phone')}</TH>
              <TH>{t('columns.lastSeen')}</TH>
              <TH>
                <span className="sr-only">{t('common:ui.actions')}</span>
              </TH>
            </tr>
          </THead>
          <TBody>
            {devices.map((d) => (
              <TR key={d.id}>
                <TD className="font-mono text-xs">{formatMac(d.mac, 'colon-upper')}</TD>
                <TD>
                  {[d.vendor, d.model].filter(Boolean).join(' ') || t('common:ui.none')}
                  <span className="block text-xs text-slate-500">{d.lastIp}</span>
                </TD>
                <TD>
                  <DateTime ms={d.lastSeenAt} />
                </TD>
                <TD className="whitespace-nowrap text-right">
                  {canWrite && (
                    <Link href={`/devices/new?mac=${d.mac}` as Route} className={linkClasses}>
                      {t('unknown.create')}
                    </Link>
                  )}
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
