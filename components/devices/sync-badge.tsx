'use client';

import type { SyncState } from '@/db/queries/devices';
import { useConsole } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n/client';

/** Whether the phone holds the current file, or changes wait for its next fetch (and since when). */
export function SyncBadge({ sync }: { sync: SyncState | null }) {
  const t = useT('devices');
  const { timeZone } = useConsole();
  if (!sync) return null;
  if (sync.state === 'in-sync') return <Badge tone="success">{t('sync.inSync')}</Badge>;
  const since = t('sync.pendingSince', { when: formatDateTime(sync.changedAt, timeZone) });
  return (
    <span title={since} className="flex flex-col gap-0.5">
      <Badge tone="warning">{t('sync.pending')}</Badge>
      <span className="sr-only">{since}</span>
    </span>
  );
}
