'use client';

import { DateTime } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/lib/i18n/client';
import { type ApiDefaults, effectiveApiUrl } from './api-defaults';
import { useVendorErrorText } from './vendor-error';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';

/** Enabled or not, what is still queued, the last registration and — when it is the newer news — the last error. */
export function ServerStatus({ server, apiDefaults }: { server: RedirectionServerRow; apiDefaults: ApiDefaults }) {
  const t = useT('redirection');
  const lng = useLanguage();
  const vendorErrorText = useVendorErrorText();
  const { lastSuccessAt, lastErrorAt, lastError, lastErrorKind, pendingCount } = server;
  const isFailing = lastErrorAt !== null && (lastSuccessAt === null || lastErrorAt > lastSuccessAt);
  const lastErrorText = () => {
    const error = { kind: lastErrorKind ?? 'unknown', detail: lastError ?? '' };
    const message = vendorErrorText(error, { name: server.name, brand: server.brand, url: effectiveApiUrl(apiDefaults, server) }).message;
    return error.detail ? `${message} — ${error.detail}` : message;
  };
  return (
    <div className="flex flex-col gap-1 text-xs">
      <span className="flex flex-wrap items-center gap-1.5">
        <Badge tone={server.isEnabled ? 'success' : 'neutral'}>{server.isEnabled ? t('table.enabled') : t('table.disabled')}</Badge>
        {pendingCount > 0 && <Badge tone="warning">{t('table.pending', { count: pendingCount, formatted: formatNumber(pendingCount, lng) })}</Badge>}
      </span>
      {lastSuccessAt !== null && (
        <span className="text-slate-500">
          {t('table.lastSuccess')} <DateTime ms={lastSuccessAt} />
        </span>
      )}
      {isFailing && (
        <span className="max-w-xs break-words text-red-700">
          {t('table.lastError')} {lastErrorText()} (<DateTime ms={lastErrorAt} />)
        </span>
      )}
    </div>
  );
}
