import { Link } from '@/components/ui/link';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getT } from '@/lib/i18n/server';
import type { DiscoveryFacts } from '@/lib/provisioning/how-phones-find-us';

/** Whether SIP PnP answers phones here, on which port and for whom — or why it does not. */
export async function SipPnpCard({ facts }: { facts: DiscoveryFacts }) {
  const { t } = await getT();
  const pnp = facts.sipPnp;
  const daemon = facts.sipPnpDaemon;
  const failure = daemon?.state === 'failed' ? { port: daemon.port, error: daemon.error } : { port: '', error: '' };
  return (
    <Card labelledBy="discovery-sip-pnp">
      <CardHeader
        id="discovery-sip-pnp"
        title={t('discovery:sipPnp.title')}
        actions={pnp.on ? <Badge tone="success">{t('discovery:sipPnp.onBadge')}</Badge> : <Badge tone="warning">{t('discovery:sipPnp.offBadge')}</Badge>}
      />
      <CardBody className="flex flex-col gap-3 text-sm text-slate-700">
        <p>{t('discovery:sipPnp.how')}</p>
        {pnp.on ? (
          <>
            <p className="font-medium text-slate-900" data-testid="sip-pnp-state">
              {t('discovery:sipPnp.on', { port: pnp.port })}
            </p>
            <p>{pnp.answersUnknown ? t('discovery:sipPnp.answersUnknown') : t('discovery:sipPnp.knownOnly')}</p>
            <p data-testid="sip-pnp-url">
              {t('discovery:sipPnp.answersWith', { scheme: t(`pbx:settings.pnpUrlSchemes.${facts.sipPnpUrl.scheme}`), url: facts.sipPnpUrl.url })}
            </p>
            <Link href="/settings/pbx" className="font-medium text-brand-700 hover:underline">
              {t('discovery:sipPnp.changeInSettings')}
            </Link>
          </>
        ) : (
          <p className="font-medium text-slate-900" data-testid="sip-pnp-state">
            {t(`discovery:${pnp.reasonKey}`, failure)}
          </p>
        )}
      </CardBody>
    </Card>
  );
}
