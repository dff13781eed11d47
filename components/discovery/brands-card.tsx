import { Link } from '@/components/ui/link';
import { CopyableValue } from '@/components/files/copy-button';
import { Badge } from '@/components/ui/badge';
import { Card, CardHeader } from '@/components/ui/card';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { getT } from '@/lib/i18n/server';
import type { DiscoveryFacts } from '@/lib/provisioning/how-phones-find-us';

type Brand = DiscoveryFacts['brands'][number];
const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

async function RedirectionCell({ brand, facts }: { brand: Brand; facts: DiscoveryFacts }) {
  const { t } = await getT();
  if (!brand.redirection) return <span className="text-slate-400">{t('discovery:brands.noRedirection')}</span>;
  const state = facts.redirection[brand.redirection];
  return (
    <div className="flex flex-col items-start gap-1">
      {state.enabled.length > 0 ? (
        <Badge tone="success">{t('discovery:brands.redirectionEnabled', { names: state.enabled.join(', ') })}</Badge>
      ) : state.configured ? (
        <Badge tone="warning">{t('discovery:brands.redirectionDisabled')}</Badge>
      ) : (
        <Badge>{t('discovery:brands.redirectionMissing')}</Badge>
      )}
      <Link href="/redirection-servers" className={`${linkClasses} text-xs`}>
        {t('discovery:brands.redirectionLink')}
      </Link>
    </div>
  );
}

/** Per brand: an example file name, the DHCP options to set (with what each means), SIP PnP and the vendor's redirection service. */
export async function BrandsCard({ facts }: { facts: DiscoveryFacts }) {
  const { t } = await getT();
  return (
    <Card labelledBy="discovery-brands">
      <CardHeader id="discovery-brands" title={t('discovery:brands.title')} description={t('discovery:brands.description')} />
      {facts.brands.length === 0 ? (
        <p className="px-5 py-4 text-sm text-slate-500">{t('discovery:brands.empty')}</p>
      ) : (
        <Table isFramed={false} caption={t('discovery:brands.title')}>
          <THead>
            <tr>
              <TH>{t('discovery:brands.columns.brand')}</TH>
              <TH className="min-w-[22rem]">{t('discovery:brands.columns.dhcp')}</TH>
              <TH>{t('discovery:brands.columns.sipPnp')}</TH>
              <TH>{t('discovery:brands.columns.redirection')}</TH>
            </tr>
          </THead>
          <TBody>
            {facts.brands.map((brand) => (
              <TR key={brand.brand} className="align-top">
                <TD className="align-top">
                  <p className="font-medium text-slate-900">{brand.brand}</p>
                  <p className="mt-1 text-xs text-slate-500">
                    {brand.exampleFile ? t('discovery:brands.exampleFile', { file: brand.exampleFile }) : t('discovery:brands.noRule')}
                  </p>
                </TD>
                <TD className="align-top">
                  <ul className="flex flex-col gap-3">
                    {brand.dhcp.map((option) => (
                      <li key={option.option} className="flex flex-col gap-1">
                        <span className="text-xs font-semibold uppercase tracking-wide text-slate-500">
                          {t('discovery:dhcp.option', { option: option.option })}
                        </span>
                        <CopyableValue value={option.value} label={t('discovery:dhcp.copy', { option: option.option, brand: brand.brand })} />
                        <span className="text-xs text-slate-600">{t(`discovery:${option.noteKey}`, { file: brand.exampleFile ?? '' })}</span>
                      </li>
                    ))}
                  </ul>
                </TD>
                <TD className="align-top">
                  {!brand.supportsSipPnp ? (
                    <Badge>{t('discovery:brands.sipPnpUnsupported')}</Badge>
                  ) : facts.sipPnp.on ? (
                    <Badge tone="success">{t('discovery:brands.sipPnpOn')}</Badge>
                  ) : (
                    <Badge tone="warning">{t('discovery:brands.sipPnpOff')}</Badge>
                  )}
                </TD>
                <TD className="align-top">
                  <RedirectionCell brand={brand} facts={facts} />
                </TD>
              </TR>
            ))}
          </TBody>
        </Table>
      )}
    </Card>
  );
}
