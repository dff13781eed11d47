import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getT } from '@/lib/i18n/server';
import type { DiscoveryFacts } from '@/lib/provisioning/how-phones-find-us';

/** With phone authentication on: what to type into a phone by hand, and what TFTP still serves. */
export async function PhoneAuthCard({ auth }: { auth: NonNullable<DiscoveryFacts['phoneAuth']> }) {
  const { t } = await getT();
  return (
    <Card labelledBy="discovery-phone-auth">
      <CardHeader
        id="discovery-phone-auth"
        title={t('discovery:phoneAuth.title')}
        description={t('discovery:phoneAuth.description', { mode: auth.mode === 'digest' ? 'Digest' : 'Basic' })}
      />
      <CardBody className="flex flex-col gap-2 text-sm text-slate-700">
        <p>{t('discovery:phoneAuth.credentials', { username: auth.username })}</p>
        <p>
          {t('discovery:phoneAuth.urlForm')} <code className="font-mono text-xs">{auth.urlForm}</code>
        </p>
        <p>{t('discovery:phoneAuth.automatic')}</p>
        <p>{auth.tftpServesAllowedNetworks ? t('discovery:phoneAuth.tftpAllowed') : t('discovery:phoneAuth.tftpOff')}</p>
      </CardBody>
    </Card>
  );
}
