'use client';

import type { RedirectionStatus } from '@/db/queries/redirection-jobs';
import { DateTime } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { useT } from '@/lib/i18n/client';

/**
 * Where a device stands at its vendor's redirection service: registered (when), pending (and why
 * it is being retried), failed (why), or not applicable when no enabled server serves its brand.
 */
export function RedirectionStatusBadge({ status, isDetailed = false }: { status: RedirectionStatus | null; isDetailed?: boolean }) {
  const t = useT('devices');
  if (!status) return <span className="text-slate-400">{t('redirection.notApplicable')}</span>;
  const reason = (kind: string | null, text: string | null) => (kind ? t(`redirection.kinds.${kind}`, { defaultValue: text ?? kind }) : (text ?? ''));
  switch (status.state) {
    case 'registered':
      return (
        <span className="flex flex-wrap items-center gap-2">
          <Badge tone="success">{t('redirection.registered')}</Badge>
          {isDetailed && <DateTime ms={status.at} />}
        </span>
      );
    case 'pending':
      return (
        <span className="flex flex-col gap-1">
          <Badge tone="info">{status.attempts > 0 ? t('redirection.retrying', { count: status.attempts }) : t('redirection.pending')}</Badge>
          {status.error && <span className="text-xs text-amber-800">{reason(status.errorKind, status.error)}</span>}
          {isDetailed && status.lastAttemptAt && (
            <span className="text-xs text-slate-500">
              {t('redirection.lastAttempt')} <DateTime ms={status.lastAttemptAt} />
            </span>
          )}
        </span>
      );
    case 'failed':
      return (
        <span className="flex flex-col gap-1">
          <Badge tone="danger">{t('redirection.failed')}</Badge>
          <span className="text-xs text-red-800">{reason(status.errorKind, status.error)}</span>
        </span>
      );
    default:
      return <Badge>{t('redirection.notRegistered')}</Badge>;
  }
}
