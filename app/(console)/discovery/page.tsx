import { getDb } from '@/db/client';
import { BrandsCard } from '@/components/discovery/brands-card';
import { CertificateCard } from '@/components/discovery/certificate-card';
import { ManualCard } from '@/components/discovery/manual-card';
import { PhoneAuthCard } from '@/components/discovery/phone-auth-card';
import { SipPnpCard } from '@/components/discovery/sip-pnp-card';
import { UrlsCard } from '@/components/discovery/urls-card';
import { PageHeader } from '@/components/ui/page-header';
import { requireSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { discoveryFacts } from '@/lib/provisioning/how-phones-find-us';

export const dynamic = 'force-dynamic';

/** "How phones find us": everything an admin needs to point the tenant's phones at this server. */
export default async function DiscoveryPage() {
  const session = await requireSession();
  const { t } = await getT();
  const facts = discoveryFacts(getDb(), session.tenant);
  return (
    <>
      <PageHeader title={t('discovery:title')} description={t('discovery:description', { tenant: session.tenant.name })} />
      <div className="flex flex-col gap-6">
        {facts.phoneAuth && <PhoneAuthCard auth={facts.phoneAuth} />}
        <div className="grid items-start gap-6 xl:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
          <UrlsCard facts={facts} tenant={session.tenant} />
          <SipPnpCard facts={facts} />
        </div>
        <BrandsCard facts={facts} />
        <div className="grid items-start gap-6 xl:grid-cols-2">
          <ManualCard url={facts.brands[0]?.manualUrl ?? (facts.httpEnabled ? facts.urls.http : facts.urls.https)} />
          <CertificateCard facts={facts} now={facts.checkedAt} />
        </div>
      </div>
    </>
  );
}
