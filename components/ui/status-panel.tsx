import type { ReactNode } from 'react';
import { cn } from './cn';

const TONES = { brand: 'text-brand-600', danger: 'text-red-600' } as const;

/** A page-sized message (not found, failed): the page's one h1, a short explanation and the ways out. */
export function StatusPanel({
  tone = 'brand',
  eyebrow,
  title,
  description,
  note,
  actions,
}: {
  tone?: keyof typeof TONES;
  eyebrow?: ReactNode;
  title: ReactNode;
  description?: ReactNode;
  note?: ReactNode;
  actions?: ReactNode;
}) {
  return (
    <div className="w-full max-w-md rounded-xl bg-white px-6 py-8 text-center shadow-sm ring-1 ring-slate-200 sm:px-8">
      {eyebrow && <p className={cn('text-sm font-semibold', TONES[tone])}>{eyebrow}</p>}
      <h1 className="mt-2 text-2xl font-semibold tracking-tight text-slate-900">{title}</h1>
      {description && <p className="mt-2 text-balance text-sm text-slate-600">{description}</p>}
      {actions && <div className="mt-6 flex flex-wrap items-center justify-center gap-3">{actions}</div>}
      {note && <p className="mt-6 font-mono text-xs text-slate-400">{note}</p>}
    </div>
  );
}
