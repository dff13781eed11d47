'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useDebouncedValue } from '@/components/forms/use-debounced-value';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { accountKeys } from '@/lib/query-keys';
import type { AccountOption } from '@/db/queries/accounts';

export const accountName = (a: AccountOption) => [a.extension, a.displayName || a.sipUsername].filter(Boolean).join(' — ');

type AccountPickerProps = { exclude: number[]; onPick: (account: AccountOption) => void; isDisabled?: boolean };

/** Search accounts by extension, SIP user or name and add one; scales to any number of accounts. */
export function AccountPicker({ exclude, onPick, isDisabled }: AccountPickerProps) {
  const t = useT('devices');
  const [q, setQ] = useState('');
  const term = useDebouncedValue(q.trim(), 250);
  const { data = [], isFetching } = useQuery({
    queryKey: accountKeys.search(term),
    queryFn: ({ signal }) => fetchJson<AccountOption[]>(`/api/console/accounts/options?q=${encodeURIComponent(term)}`, signal),
    enabled: term.length > 0,
    placeholderData: keepPreviousData,
  });
  const results = term && term === q.trim() ? data.filter((a) => !exclude.includes(a.id)) : [];
  const pick = (account: AccountOption) => {
    onPick(account);
    setQ('');
  };
  return (
    <div className="flex flex-col gap-2">
      <Field label={t('lines.search')}>
        <Input
          type="search"
          value={q}
          disabled={isDisabled}
          placeholder={t('lines.searchPlaceholder')}
          autoComplete="off"
          onChange={(e) => setQ(e.target.value)}
          onKeyDown={(e) => {
            // Enter picks the first match instead of submitting the device form.
            if (e.key !== 'Enter') return;
            e.preventDefault();
            if (results[0]) pick(results[0]);
          }}
        />
      </Field>
      <div aria-live="polite">
        {term && term === q.trim() && !isFetching && results.length === 0 && <p className="text-sm text-slate-500">{t('lines.noMatch')}</p>}
        {results.length > 0 && (
          <ul className="flex flex-wrap gap-2">
            {results.map((account) => (
              <li key={account.id}>
                <Button size="sm" onClick={() => pick(account)} aria-label={t('lines.add', { account: accountName(account) })}>
                  <span aria-hidden>+</span>
                  {accountName(account)}
                </Button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
