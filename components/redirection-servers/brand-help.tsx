'use client';

import { Alert } from '@/components/ui/alert';
import { useT } from '@/lib/i18n/client';
import type { RedirectionBrand } from '@/lib/redirection/brands';

/**
 * The guide's note: Snom's SRAPS server is created by us with this name and URL; for
 * Yealink/Escene a server must first exist in the vendor's RPS web GUI, and its name is referenced.
 */
export function BrandHelp({ brand }: { brand?: RedirectionBrand }) {
  const t = useT('redirection');
  if (brand) {
    const kind = brand === 'snom' ? 'snom' : 'rps';
    const params = { brand: t(`brands.${brand}`) };
    return (
      <Alert tone="info" title={t(`help.${kind}.title`, params)}>
        {t(`help.${kind}.body`, params)}
      </Alert>
    );
  }
  return (
    <Alert tone="info" title={t('help.title')}>
      <ul className="list-disc space-y-1 pl-5">
        <li>{t('help.snom.summary')}</li>
        <li>{t('help.rps.summary')}</li>
      </ul>
    </Alert>
  );
}
