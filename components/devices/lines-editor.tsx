'use client';

import { useState } from 'react';
import { type FieldError as FieldErrorType, useController, useFormContext } from 'react-hook-form';
import { useErrorText } from '@/components/forms/use-error-text';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { FieldError } from '@/components/ui/field';
import { useT } from '@/lib/i18n/client';
import { MAX_LINES } from '@/lib/templates/placeholders';
import type { DeviceFormValues } from '@/lib/validation/device-form';
import { AccountPicker, accountName } from './account-picker';
import type { AccountOption } from '@/db/queries/accounts';

/** The ordered lines 1..N of a device: add from the accounts, remove, move up and down. */
export function LinesEditor({ initialAccounts }: { initialAccounts: AccountOption[] }) {
  const t = useT('devices');
  const errorText = useErrorText();
  const { control } = useFormContext<DeviceFormValues>();
  const { field, fieldState } = useController({ control, name: 'lines' });
  const ids = (field.value ?? []) as number[];
  const [known, setKnown] = useState(() => new Map(initialAccounts.map((a) => [a.id, a])));

  const change = (next: number[]) => field.onChange(next);
  const move = (index: number, delta: -1 | 1) => {
    const next = [...ids];
    [next[index], next[index + delta]] = [next[index + delta], next[index]];
    change(next);
  };
  const add = (account: AccountOption) => {
    setKnown((map) => new Map(map).set(account.id, account));
    change([...ids, account.id]);
  };
  // The array's own error (duplicates, too many), its `root`, or the first item's error.
  const raw = fieldState.error as (FieldErrorType & { root?: FieldErrorType }) | (FieldErrorType | undefined)[] | undefined;
  const error = errorText(Array.isArray(raw) ? raw.find(Boolean) : raw?.message ? raw : raw?.root);

  return (
    <div className="flex flex-col gap-4">
      {ids.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-3 text-sm text-slate-500">{t('lines.empty')}</p>
      ) : (
        <ol className="divide-y divide-slate-100 rounded-md ring-1 ring-slate-200">
          {ids.map((id, index) => {
            const account = known.get(id);
            const n = index + 1;
            return (
              <li key={id} className="flex flex-wrap items-center gap-3 px-3 py-2">
                <Badge tone="info">{t('lines.line', { n })}</Badge>
                <span className="min-w-0 flex-1 truncate text-sm">
                  {account ? accountName(account) : `#${id}`}
                  {account && <span className="ml-2 font-mono text-xs text-slate-500">{account.sipUsername}</span>}
                </span>
                <span className="flex gap-1">
                  <Button size="icon" variant="ghost" onClick={() => move(index, -1)} disabled={index === 0} aria-label={t('lines.moveUp', { n })}>
                    <span aria-hidden>↑</span>
                  </Button>
                  <Button
                    size="icon"
                    variant="ghost"
                    onClick={() => move(index, 1)}
                    disabled={index === ids.length - 1}
                    aria-label={t('lines.moveDown', { n })}
                  >
                    <span aria-hidden>↓</span>
                  </Button>
                  <Button size="icon" variant="ghost" onClick={() => change(ids.filter((_, i) => i !== index))} aria-label={t('lines.remove', { n })}>
                    <span aria-hidden>✕</span>
                  </Button>
                </span>
              </li>
            );
          })}
        </ol>
      )}
      <FieldError message={error} />
      {ids.length >= MAX_LINES ? <p className="text-sm text-slate-500">{t('lines.max', { max: MAX_LINES })}</p> : <AccountPicker exclude={ids} onPick={add} />}
    </div>
  );
}
