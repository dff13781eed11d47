'use client';

import { useId } from 'react';
import type { UseFormRegister } from 'react-hook-form';
import { useT } from '@/lib/i18n/client';
import type { PlaceholderFormValues } from '@/lib/validation/placeholder-form';

const KINDS = ['static', 'dynamic'] as const;

/** Static or dynamic, as two radio cards with what each one means. */
export function KindRadios({ register }: { register: UseFormRegister<PlaceholderFormValues> }) {
  const t = useT('placeholders');
  const id = useId();
  return (
    <fieldset>
      <legend className="mb-1.5 text-sm font-medium text-slate-700">{t('form.kind')}</legend>
      <div className="grid gap-2 sm:grid-cols-2">
        {KINDS.map((kind) => (
          <label
            key={kind}
            htmlFor={`${id}-${kind}`}
            className="flex cursor-pointer gap-2.5 rounded-md p-3 ring-1 ring-inset ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-brand-600"
          >
            <input id={`${id}-${kind}`} type="radio" value={kind} {...register('kind')} className="mt-0.5 h-4 w-4 shrink-0 accent-brand-600" />
            <span className="flex flex-col gap-0.5">
              <span className="text-sm font-medium text-slate-800">{t(`kinds.${kind}`)}</span>
              <span className="text-xs text-slate-500">{t(`form.kindHints.${kind}`)}</span>
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
