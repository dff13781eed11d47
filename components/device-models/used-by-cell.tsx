import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { useT } from '@/lib/i18n/client';
import type { Usage } from '@/db/queries/brands-and-rules';

/** A table cell: the models using a brand or a rule (links), then their devices and files; "not used" when none. */
export function UsedByCell({ usage }: { usage: Usage }) {
  const t = useT('models');
  if (usage.models.length === 0) return <span className="text-sm text-slate-500">{t('usage.unused')}</span>;
  return (
    <span className="flex flex-col gap-0.5">
      <span className="text-sm">
        {usage.models.map((m, i) => (
          <span key={m.id}>
            {i > 0 && ', '}
            <Link href={`/device-models/${m.id}` as Route} className="text-brand-700 hover:underline">
              {m.name}
            </Link>
          </span>
        ))}
      </span>
      <span className="text-xs text-slate-500">
        {t('usage.devices', { count: usage.deviceCount })} · {t('usage.files', { count: usage.fileCount })}
      </span>
    </span>
  );
}
