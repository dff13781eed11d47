import type { ReactNode } from 'react';
import { CopyableValue } from '@/components/files/copy-button';
import { DateTime } from '@/components/layout/console-context';
import { Alert } from '@/components/ui/alert';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { getT } from '@/lib/i18n/server';
import type { DiscoveryFacts } from '@/lib/provisioning/how-phones-find-us';

const DAY_MS = 24 * 60 * 60 * 1000;

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="flex flex-col gap-1">
      <dt className="text-slate-500">{label}</dt>
      <dd className="min-w-0 text-slate-900">{children}</dd>
    </div>
  );
}

/** The certificate phones see over HTTPS, and whether provisioning is also served on plain HTTP. */
export async function CertificateCard({ facts, now }: { facts: DiscoveryFacts; now: number }) {
  const { t } = await getT();
  const cert = facts.certificate;
  const daysLeft = cert ? Math.floor((cert.validTo - now) / DAY_MS) : 0;
  return (
    <Card labelledBy="discovery-certificate">
      <CardHeader id="discovery-certificate" title={t('discovery:certificate.title')} description={t('discovery:certificate.description')} />
      <CardBody className="flex flex-col gap-4 text-sm">
        {cert ? (
          <dl className="flex flex-col gap-3">
            <Fact label={t('discovery:certificate.source')}>
              <Badge tone={cert.source === 'configured' ? 'success' : 'warning'}>
                {t(`discovery:certificate.sources.${cert.source === 'configured' ? 'configured' : 'selfSigned'}`)}
              </Badge>
            </Fact>
            <Fact label={t('discovery:certificate.subject')}>
              <span className="break-all font-mono text-xs">{cert.subject.replace(/\n/g, ', ')}</span>
            </Fact>
            <Fact label={t('discovery:certificate.names')}>
              <ul className="flex flex-wrap gap-1">
                {cert.subjectAltNames.map((name) => (
                  <li key={name} className="rounded bg-slate-100 px-1.5 py-0.5 font-mono text-xs text-slate-700">
                    {name}
                  </li>
                ))}
              </ul>
            </Fact>
            <Fact label={t('discovery:certificate.validTo')}>
              <span className="flex flex-wrap items-center gap-2">
                <DateTime ms={cert.validTo} />
                {daysLeft < 0 ? (
                  <Badge tone="danger">{t('discovery:certificate.expired')}</Badge>
                ) : daysLeft < 30 ? (
                  <Badge tone="warning">{t('discovery:certificate.expiresSoon', { count: daysLeft })}</Badge>
                ) : null}
              </span>
            </Fact>
            <Fact label={t('discovery:certificate.fingerprint')}>
              <CopyableValue value={cert.fingerprint256} label={t('discovery:certificate.copyFingerprint')} />
            </Fact>
          </dl>
        ) : (
          <p className="text-slate-600">{t('discovery:certificate.none')}</p>
        )}
        {cert?.source === 'self-signed' && <Alert tone="info">{t('discovery:certificate.selfSignedHint')}</Alert>}
        <dl className="flex flex-col gap-3 border-t border-slate-100 pt-4">
          <Fact label={t('discovery:certificate.plainHttp')}>
            {facts.httpEnabled ? (
              <span className="flex flex-col gap-1">
                <Badge tone="warning" className="self-start">
                  {t('discovery:certificate.plainHttpOn')}
                </Badge>
                <span className="text-xs text-slate-600">{t('discovery:certificate.plainHttpOnHint')}</span>
              </span>
            ) : (
              <span className="flex flex-col gap-1">
                <Badge tone="success" className="self-start">
                  {t('discovery:certificate.plainHttpOff')}
                </Badge>
                <span className="text-xs text-slate-600">{t('discovery:certificate.plainHttpOffHint')}</span>
              </span>
            )}
          </Fact>
          <Fact label={t('discovery:certificate.console')}>
            {facts.consoleHttpsOnly ? t('discovery:certificate.consoleHttpsOnly') : t('discovery:certificate.consoleBoth')}
          </Fact>
        </dl>
      </CardBody>
    </Card>
  );
}
