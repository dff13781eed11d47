'use client';

import { useTransition } from 'react';
import { setLocaleAction } from '@/lib/actions/locale';
import { useLanguage, useT } from '@/lib/i18n/client';
import { LANGUAGES } from '@/lib/i18n/settings';
import { cn } from '@/components/ui/cn';

/** IT | EN: stores the choice in a cookie (server action) and re-renders the page in it. */
export function LanguageToggle() {
  const t = useT();
  const current = useLanguage();
  const [isPending, startTransition] = useTransition();
  return (
    <div
      role="group"
      aria-label={t('language.label')}
      className="inline-flex rounded-md p-0.5 ring-1 ring-inset ring-slate-300"
      aria-busy={isPending || undefined}
    >
      {LANGUAGES.map((lng) => (
        <button
          key={lng}
          type="button"
          lang={lng}
          aria-pressed={lng === current}
          aria-label={t(`language.names.${lng}`)}
          disabled={isPending}
          onClick={() => startTransition(() => setLocaleAction(lng))}
          className={cn('rounded px-2 py-1 text-xs font-semibold uppercase', lng === current ? 'bg-slate-900 text-white' : 'text-slate-600 hover:bg-slate-100')}
        >
          {lng}
        </button>
      ))}
    </div>
  );
}
