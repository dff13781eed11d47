'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import type { ReactNode } from 'react';
import { DateTime } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { useLanguage, useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { formatBytes } from './format-bytes';
import type { FileDetail } from '@/lib/provisioning/file-view';

const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-0.5">
      <dt className="text-slate-500">{label}</dt>
      <dd className="text-slate-900">{children}</dd>
    </div>
  );
}

/** Who the file belongs to, its size, hash and times. */
export function FileFactsCard({ file }: { file: FileDetail }) {
  const t = useT('files');
  const lng = useLanguage();
  return (
    <Card labelledBy="file-facts">
      <CardHeader id="file-facts" title={t('facts.title')} />
      <CardBody>
        <dl className="flex flex-col gap-3 text-sm">
          {file.device ? (
            <Fact label={t('facts.device')}>
              <Link href={`/devices/${file.device.id}` as Route} className={`${linkClasses} font-mono`}>
                {formatMac(file.device.mac, 'colon-upper')}
              </Link>
              {file.device.label && <span className="ml-2 text-slate-600">{file.device.label}</span>}
            </Fact>
          ) : (
            <Fact label={t('facts.kind')}>
              <Badge tone="info">{t('table.common')}</Badge>
            </Fact>
          )}
          {file.model && (
            <Fact label={t('facts.model')}>
              <Link href={`/device-models/${file.model.id}` as Route} className={linkClasses}>
                {file.model.name}
              </Link>
            </Fact>
          )}
          <Fact label={t('facts.size')}>{formatBytes(file.size, lng)}</Fact>
          <Fact label={t('facts.contentType')}>
            <span className="font-mono text-xs">{file.contentType}</span>
          </Fact>
          <Fact label={t('facts.generatedAt')}>
            <DateTime ms={file.generatedAt} />
          </Fact>
          <Fact label={t('facts.lastFetchedAt')}>{file.lastFetchedAt ? <DateTime ms={file.lastFetchedAt} /> : <Badge>{t('table.never')}</Badge>}</Fact>
          <Fact label={t('facts.sha256')}>
            {file.sha256 === null ? (
              <span className="text-slate-500">{t('facts.sha256Hidden')}</span>
            ) : (
              <span className="break-all font-mono text-xs text-slate-600">{file.sha256}</span>
            )}
          </Fact>
        </dl>
      </CardBody>
    </Card>
  );
}
