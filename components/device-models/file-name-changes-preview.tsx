'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { Alert } from '@/components/ui/alert';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import type { FileNameChanges } from '@/db/queries/file-name-changes';

type FileNameChangesPreviewProps = { changes: FileNameChanges | null | undefined; isLoading: boolean; isError?: boolean };

/**
 * What saving a rule change does to the files: how many are renamed (phones asking for the old name get
 * 404 from then on), the first few old → new names, and the new names already taken (saving is refused).
 */
export function FileNameChangesPreview({ changes, isLoading, isError }: FileNameChangesPreviewProps) {
  const t = useT('models');
  if (changes === null) return null;
  if (!changes)
    return (
      <p className="text-sm text-slate-500" aria-live="polite">
        {isError ? t('renames.unavailable') : t('renames.loading')}
      </p>
    );
  return (
    <section aria-label={t('renames.title')} aria-busy={isLoading || undefined} className="flex flex-col gap-3">
      {changes.count === 0 ? (
        <p className="text-sm text-slate-600">{t('renames.none', { count: changes.deviceCount })}</p>
      ) : (
        <Alert tone="info" title={t('renames.count', { count: changes.count })}>
          <p>{t('renames.warning')}</p>
          <ul className="mt-2 flex max-h-56 flex-col gap-1 overflow-y-auto font-mono text-xs">
            {changes.examples.map((c) => (
              <li key={c.deviceId} className="break-all">
                <span className="text-slate-500 line-through">{c.from}</span> → <span className="font-semibold">{c.to}</span>
              </li>
            ))}
          </ul>
          {changes.count > changes.examples.length && <p className="mt-1 text-xs">{t('renames.more', { count: changes.count - changes.examples.length })}</p>}
        </Alert>
      )}
      {changes.collisionCount > 0 && (
        <Alert title={t('renames.collisions', { count: changes.collisionCount })}>
          <ul className="flex flex-col gap-1 text-xs">
            {changes.collisions.map((c) => (
              <li key={c.fileName}>
                <span className="font-mono">{c.fileName}</span> —{' '}
                {c.holder ? (
                  <Link href={`/devices/${c.holder.id}` as Route} className="underline">
                    {t('renames.heldByDevice', { device: c.holder.label || formatMac(c.holder.mac, 'colon-upper') })}
                  </Link>
                ) : (
                  t('renames.heldByCommonFile')
                )}
              </li>
            ))}
          </ul>
        </Alert>
      )}
    </section>
  );
}
