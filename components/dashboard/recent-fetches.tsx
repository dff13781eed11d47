'use client';

import { DateTime } from '@/components/layout/console-context';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { useT } from '@/lib/i18n/client';
import type { DashboardData } from '@/db/queries/dashboard';

const statusTone = (status: number): BadgeTone => (status < 300 ? 'success' : status === 304 ? 'info' : status === 404 ? 'warning' : 'danger');

export function RecentFetches({ fetches }: { fetches: DashboardData['fetches'] }) {
  const t = useT('dashboard');
  return (
    <Card labelledBy="recent-fetches">
      <CardHeader id="recent-fetches" title={t('fetches.title')} description={t('fetches.description')} />
      {fetches.length === 0 ? (
        <div className="p-4">
          <EmptyState title={t('fetches.empty')} description={t('fetches.emptyHint')} />
        </div>
      ) : (
        <Table isFramed={false}>
          <THead>
            <tr>
              <TH>{t('fetches.at')}</TH>
              <TH>{t('fetches.channel')}</TH>
              <TH>{t('fetches.file')}</TH>
              <TH>{t('fetches.ip')}</TH>
              <TH>{t('fetches.phone')}</TH>
              <TH>{t('fetches.status')}</TH>
            </tr>
          </THead>
          <TBody>
            {fetches.map((f) => (
              <TR key={f.id}>
                <TD>
                  <DateTime ms={f.at} />
                </TD>
                <TD>
                  <Badge>{t(`channels.${f.channel}`)}</Badge>
                </TD>
                <TD className="max-w-[16rem] truncate font-mono text-xs" title={f.fileName}>
                  {f.fileName}
                </TD>
                <TD className="font-mono text-xs">{f.clientIp}</TD>
                <TD>{[f.vendor, f.model].filter(Boolean).join(' ') || t('common:ui.none')}</TD>
                <TD>
                  <span className="flex flex-wrap items-center gap-1">
                    <Badge tone={statusTone(f.status)}>{f.status}</Badge>
                    {f.refusal && (
                      <Badge tone={f.refusal === 'user-agent' || f.refusal === 'credentials' ? 'danger' : 'warning'}>
                        {t(`fetches.refusals.${f.refusal}`)}
                      </Badge>
                    )}
                  </span>
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
