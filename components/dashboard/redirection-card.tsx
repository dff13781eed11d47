'use client';

import { Link } from '@/components/ui/link';
import type { DashboardData } from '@/db/queries/dashboard';
import { DateTime } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { useT } from '@/lib/i18n/client';

/** The vendors' redirection services: is each one taking our registrations, and how many wait. */
export function RedirectionServersCard({ servers }: { servers: DashboardData['redirectionServers'] }) {
  const t = useT('dashboard');
  if (servers.length === 0) return null;
  return (
    <Card labelledBy="redirection-servers">
      <CardHeader id="redirection-servers" title={t('redirection.title')} description={t('redirection.description')} />
      <Table isFramed={false}>
        <THead>
          <tr>
            <TH>{t('redirection.server')}</TH>
            <TH>{t('redirection.pending')}</TH>
            <TH>{t('redirection.lastSuccess')}</TH>
            <TH>{t('redirection.lastError')}</TH>
          </tr>
        </THead>
        <TBody>
          {servers.map((s) => (
            <TR key={s.id}>
              <TD>
                <Link href="/redirection-servers" className="font-medium text-brand-700 hover:text-brand-900 hover:underline">
                  {s.name}
                </Link>{' '}
                {!s.isEnabled && <Badge>{t('redirection.disabled')}</Badge>}
              </TD>
              <TD className="tabular-nums">{s.pendingCount > 0 ? <Badge tone="info">{s.pendingCount}</Badge> : 0}</TD>
              <TD>{s.lastSuccessAt ? <DateTime ms={s.lastSuccessAt} /> : <span className="text-slate-400">{t('redirection.never')}</span>}</TD>
              <TD>
                {s.lastErrorAt && (!s.lastSuccessAt || s.lastErrorAt > s.lastSuccessAt) ? (
                  <span className="flex flex-col text-xs text-red-800">
                    <DateTime ms={s.lastErrorAt} />
                    <span className="break-all">{s.lastError}</span>
                  </span>
                ) : (
                  <span className="text-slate-400">{t('redirection.noError')}</span>
                )}
              </TD>
            </TR>
          ))}
        </TBody>
      </Table>
    </Card>
  );
}
