'use client';

import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { useT } from '@/lib/i18n/client';
import { ProvisioningUrlList } from './provisioning-url-list';
import type { FileUrl } from '@/lib/provisioning/channels';

/** The exact URLs a phone fetches this file from. */
export function FileUrlsCard({ urls }: { urls: FileUrl[] }) {
  const t = useT('files');
  return (
    <Card labelledBy="file-urls">
      <CardHeader id="file-urls" title={t('urls.title')} description={t('urls.description')} />
      <CardBody>
        <ProvisioningUrlList urls={urls} />
      </CardBody>
    </Card>
  );
}
