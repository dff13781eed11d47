import { ProvisioningUrlList } from '@/components/files/provisioning-url-list';
import { Alert } from '@/components/ui/alert';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getT } from '@/lib/i18n/server';
import type { DiscoveryFacts } from '@/lib/provisioning/how-phones-find-us';

/** The tenant's provisioning directory over HTTP, HTTPS and TFTP, with each channel's state. */
export async function UrlsCard({ facts, tenant }: { facts: DiscoveryFacts; tenant: { uuid: string; isDefault: boolean } }) {
  const { t } = await getT();
  const { urls, http, https, tftp } = facts.channels;
  return (
    <Card labelledBy="discovery-urls">
      <CardHeader id="discovery-urls" title={t('discovery:urls.title')} description={t('discovery:urls.description')} />
      <CardBody className="flex flex-col gap-4">
        <ProvisioningUrlList
          urls={[
            { channel: 'http', url: urls.http, status: http },
            { channel: 'https', url: urls.https, status: https },
            { channel: 'tftp', url: urls.tftp, status: tftp },
          ]}
        />
        <p className="text-sm text-slate-600">{tenant.isDefault ? t('discovery:urls.root') : t('discovery:urls.tenantPath', { uuid: tenant.uuid })}</p>
        {!facts.tftpPortIsStandard && tftp.state === 'on' && <Alert tone="info">{t('discovery:urls.tftpPort', { port: tftp.port })}</Alert>}
      </CardBody>
    </Card>
  );
}
