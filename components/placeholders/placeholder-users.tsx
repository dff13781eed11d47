'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { useT } from '@/lib/i18n/client';
import type { PlaceholderUser } from '@/db/queries/placeholders';

const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

/** The templates and the models (common files) that use a placeholder, as links. */
export function PlaceholderUsers({ templates, models }: { templates: PlaceholderUser[]; models: PlaceholderUser[] }) {
  const t = useT('placeholders');
  return (
    <ul className="flex flex-col gap-1">
      {templates.map((u) => (
        <li key={`t${u.id}`}>
          <span className="text-xs text-slate-500">{t('usage.template')} </span>
          <Link href={`/templates/${u.id}` as Route} className={linkClasses}>
            {u.name}
          </Link>
        </li>
      ))}
      {models.map((u) => (
        <li key={`m${u.id}`}>
          <span className="text-xs text-slate-500">{t('usage.model')} </span>
          <Link href={`/device-models/${u.id}` as Route} className={linkClasses}>
            {u.name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
