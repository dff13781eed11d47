'use client';

import { useState } from 'react';
import { useFormContext, useFormState, useWatch } from 'react-hook-form';
import { FormField } from '@/components/forms/form-field';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import { type RedirectionServerFormValues, YEALINK_API_OPTIONS } from '@/lib/validation/redirection-form';
import type { ApiDefaults } from './api-defaults';

const useVendorForm = () => {
  const form = useFormContext<RedirectionServerFormValues>();
  const brand = useWatch({ control: form.control, name: 'brand' }) ?? 'snom';
  const yealinkApi = useWatch({ control: form.control, name: 'yealinkApi' }) ?? 'xmlrpc';
  return { ...form, brand, yealinkApi };
};

/** Yealink only: which of its three API generations the account belongs to (each has its own credentials). */
export function YealinkApiField() {
  const t = useT('redirection');
  const { register, brand, yealinkApi } = useVendorForm();
  if (brand !== 'yealink') return null;
  return (
    <FormField name="yealinkApi" label={t('form.yealinkApi')} hint={t(`form.yealinkApiHints.${yealinkApi}`)} isRequired>
      <Select {...register('yealinkApi')}>
        {YEALINK_API_OPTIONS.map((api) => (
          <option key={api} value={api}>
            {t(`form.yealinkApis.${api}`)}
          </option>
        ))}
      </Select>
    </FormField>
  );
}

/**
 * The vendor API address: advanced (empty = the vendor's cloud, shown as the placeholder) and
 * folded away, except for Escene, which publishes none and needs it. An address that is set, or
 * an error, opens the fold so nothing hides in it.
 */
export function ApiAddressField({ apiDefaults }: { apiDefaults: ApiDefaults }) {
  const t = useT('redirection');
  const { register, control, brand, yealinkApi } = useVendorForm();
  const value = useWatch({ control, name: 'apiBaseUrl' });
  const { errors } = useFormState({ control, name: 'apiBaseUrl' });
  const [isAdvancedOpen, setAdvancedOpen] = useState(false);
  const isEscene = brand === 'escene';
  const field = (
    <FormField name="apiBaseUrl" label={t('form.apiBaseUrl')} hint={isEscene ? t('form.apiBaseUrlHintEscene') : t('form.apiBaseUrlHint')} isRequired={isEscene}>
      <Input
        {...register('apiBaseUrl')}
        placeholder={apiDefaults[brand]?.[yealinkApi] || undefined}
        autoComplete="off"
        spellCheck={false}
        className="font-mono"
        inputMode="url"
      />
    </FormField>
  );
  if (isEscene) return field;
  return (
    <details open={isAdvancedOpen || !!value || !!errors.apiBaseUrl} onToggle={(e) => setAdvancedOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer select-none text-sm font-semibold text-slate-900">{t('form.advanced')}</summary>
      <div className="mt-3">{field}</div>
    </details>
  );
}
