import type { RedirectionStatus } from '@/db/queries/redirection-jobs';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getT } from '@/lib/i18n/server';
import { RedirectionStatusBadge } from './redirection-status';

/** Whether the vendor's redirection service sends this phone here at first boot (shown only when a server of its brand is enabled). */
export async function DeviceRedirectionCard({ status }: { status: RedirectionStatus }) {
  const { t } = await getT();
  return (
    <Card labelledBy="device-redirection">
      <CardHeader id="device-redirection" title={t('devices:redirection.title')} />
      <CardBody className="flex flex-col gap-2 text-sm">
        <p className="text-slate-500">{t('devices:redirection.server', { name: status.server })}</p>
        <RedirectionStatusBadge status={status} isDetailed />
      </CardBody>
    </Card>
  );
}
