'use client';

import { useT } from '@/lib/i18n/client';
import type { AuditChange } from '@/db/schema';

const shown = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** A change list: `field: old → new`, secrets and long texts only as "changed" (their values are never recorded). */
export function AuditChanges({ changes }: { changes: readonly AuditChange[] }) {
  const t = useT('audit');
  if (changes.length === 0) return <span className="text-slate-400">{t('noChanges')}</span>;
  return (
    <ul className="flex flex-col gap-0.5">
      {changes.map((change, i) => (
        <li key={i} className="break-all">
          <span className="font-mono text-slate-500">{change.field}</span>{' '}
          {change.changed ? (
            <em>{t('changed')}</em>
          ) : (
            <>
              {'from' in change && <span className="text-slate-500 line-through">{shown(change.from)}</span>}
              {'from' in change && 'to' in change && ' → '}
              {'to' in change && <span>{shown(change.to)}</span>}
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
