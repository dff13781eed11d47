'use client';

import { useEffect, useMemo, useState } from 'react';
import { useFormContext } from 'react-hook-form';
import { FormField } from '@/components/forms/form-field';
import { Field } from '@/components/ui/field';
import { Select } from '@/components/ui/select';
import { useT } from '@/lib/i18n/client';
import type { DeviceFormValues } from '@/lib/validation/device-form';
import type { DeviceFormChoices } from '@/db/queries/device-models';

/**
 * Brand → model → template: each select offers only what the previous one allows. A choice
 * that no longer fits is replaced after the render that shows the new options (a native select
 * cannot take a value it has no option for yet): the brand's only model, the model's first
 * (built-in) template.
 */
export function ModelFields({ catalogue }: { catalogue: DeviceFormChoices }) {
  const t = useT('devices');
  const { register, setValue, getValues, watch } = useFormContext<DeviceFormValues>();
  const modelId = Number(watch('modelId')) || null;
  const [brandId, setBrandId] = useState(() => catalogue.models.find((m) => m.id === modelId)?.brandId ?? null);
  const brandModels = useMemo(() => catalogue.models.filter((m) => m.brandId === brandId), [catalogue, brandId]);
  const modelTemplates = useMemo(() => catalogue.templates.filter((tpl) => tpl.modelId === modelId), [catalogue, modelId]);

  useEffect(() => {
    if (brandModels.some((m) => m.id === Number(getValues('modelId')))) return;
    const next = brandModels.length === 1 ? String(brandModels[0].id) : '';
    if (getValues('modelId') !== next) setValue('modelId', next, { shouldDirty: true });
  }, [brandModels, getValues, setValue]);

  useEffect(() => {
    if (modelTemplates.some((tpl) => tpl.id === Number(getValues('templateId')))) return;
    const next = String(modelTemplates[0]?.id ?? '');
    if (getValues('templateId') !== next) setValue('templateId', next, { shouldDirty: true });
  }, [modelTemplates, getValues, setValue]);

  return (
    <div className="grid gap-4 md:grid-cols-3">
      <Field label={t('fields.brand')}>
        <Select value={brandId ?? ''} onChange={(e) => setBrandId(Number(e.target.value) || null)}>
          <option value="">{t('fields.chooseBrand')}</option>
          {catalogue.brands.map((b) => (
            <option key={b.id} value={b.id}>
              {b.name}
            </option>
          ))}
        </Select>
      </Field>
      <FormField name="modelId" label={t('fields.model')} isRequired>
        <Select {...register('modelId')} disabled={brandId === null}>
          <option value="">{t('fields.chooseModel')}</option>
          {brandModels.map((m) => (
            <option key={m.id} value={m.id}>
              {m.name}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField name="templateId" label={t('fields.template')} isRequired>
        <Select {...register('templateId')} disabled={modelId === null}>
          <option value="">{t('fields.chooseTemplate')}</option>
          {modelTemplates.map((tpl) => (
            <option key={tpl.id} value={tpl.id}>
              {tpl.isBuiltIn ? `${tpl.name} (${t('fields.builtIn')})` : tpl.name}
            </option>
          ))}
        </Select>
      </FormField>
    </div>
  );
}
