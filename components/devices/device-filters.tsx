'use client';

import { useEffect, useRef, useState } from 'react';
import { SEARCH_DEBOUNCE_MS, useDebouncedValue } from '@/components/forms/use-debounced-value';
import { Button } from '@/components/ui/button';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import type { DeviceListParams } from '@/lib/validation/list-params';
import type { DeviceFormChoices } from '@/db/queries/device-models';

type DeviceFiltersProps = {
  params: DeviceListParams;
  onChange: (params: DeviceListParams) => void;
  brands: DeviceFormChoices['brands'];
  models: DeviceFormChoices['models'];
};

const idOrUndefined = (value: string) => (value ? Number(value) : undefined);
const flagOrUndefined = (value: string) => (value === '1' || value === '0' ? value : undefined);
const redirectionOrUndefined = (value: string) => (value === 'registered' || value === 'pending' || value === 'failed' ? value : undefined);

/** Search (debounced) and the brand → model, status, provisioning and redirection filters. */
export function DeviceFilters({ params, onChange, brands, models }: DeviceFiltersProps) {
  const t = useT('devices');
  const [q, setQ] = useState(params.q ?? '');
  const debouncedQ = useDebouncedValue(q.trim(), SEARCH_DEBOUNCE_MS);

  // Push the search only when the typed text settles, not when another filter changes params.
  const pushedQ = useRef(debouncedQ);
  useEffect(() => {
    if (pushedQ.current === debouncedQ) return;
    pushedQ.current = debouncedQ;
    if ((params.q ?? '') !== debouncedQ) onChange({ ...params, q: debouncedQ || undefined });
  }, [debouncedQ, params, onChange]);

  const brandModels = params.brandId ? models.filter((m) => m.brandId === params.brandId) : models;
  const isFiltered = Object.entries(params).some(([key, value]) => key !== 'page' && value !== undefined);
  return (
    <div
      role="search"
      aria-label={t('filters.label')}
      className="grid grid-cols-2 gap-3 rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 md:grid-cols-4 xl:grid-cols-[2fr_repeat(6,1fr)_auto]"
    >
      <Field label={t('filters.search')} className="col-span-2 md:col-span-4 xl:col-span-1">
        <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('filters.searchPlaceholder')} />
      </Field>
      <Field label={t('filters.brand')}>
        <Select value={params.brandId ?? ''} onChange={(e) => onChange({ ...params, brandId: idOrUndefined(e.target.value), modelId: undefined })}>
          <option value="">{t('common:ui.all')}</option>
          {brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filters.model')}>
        <Select value={params.modelId ?? ''} onChange={(e) => onChange({ ...params, modelId: idOrUndefined(e.target.value) })}>
          <option value="">{t('common:ui.all')}</option>
          {brandModels.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('filters.enabled')}>
        <Select value={params.enabled ?? ''} onChange={(e) => onChange({ ...params, enabled: flagOrUndefined(e.target.value) })}>
          <option value="">{t('common:ui.all')}</option>
          <option value="1">{t('filters.enabledOnly')}</option>
          <option value="0">{t('filters.disabledOnly')}</option>
        </Select>
      </Field>
      <Field label={t('filters.fetched')}>
        <Select value={params.fetched ?? ''} onChange={(e) => onChange({ ...params, fetched: flagOrUndefined(e.target.value) })}>
          <option value="">{t('common:ui.all')}</option>
          <option value="1">{t('filters.fetchedOnly')}</option>
          <option value="0">{t('filters.neverFetched')}</option>
        </Select>
      </Field>
      <Field label={t('filters.pending')}>
        <Select value={params.pending ?? ''} onChange={(e) => onChange({ ...params, pending: flagOrUndefined(e.target.value) })}>
          <option value="">{t('common:ui.all')}</option>
          <option value="1">{t('filters.pendingOnly')}</option>
          <option value="0">{t('filters.inSyncOnly')}</option>
        </Select>
      </Field>
      <Field label={t('filters.redirection')}>
        <Select value={params.redirection ?? ''} onChange={(e) => onChange({ ...params, redirection: redirectionOrUndefined(e.target.value) })}>
          <option value="">{t('common:ui.all')}</option>
          <option value="registered">{t('filters.redirectionRegistered')}</option>
          <option value="pending">{t('filters.redirectionPending')}</option>
          <option value="failed">{t('filters.redirectionFailed')}</option>
        </Select>
      </Field>
      <div className="flex items-end">
        <Button
          variant="ghost"
          disabled={!isFiltered}
          onClick={() => {
            setQ('');
            onChange({ page: 1 });
          }}
        >
          {t('filters.clear')}
        </Button>
      </div>
    </div>
  );
}
