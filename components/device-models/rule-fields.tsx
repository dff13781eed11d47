'use client';

import { useId } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { FormField } from '@/components/forms/form-field';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { exampleFileName } from '@/lib/file-name-rule';
import { isMacFormat, MacFormatOptions } from './mac-format-options';
import { useT } from '@/lib/i18n/client';
import { type DeviceModelFormValues, NEW_CHOICE } from '@/lib/validation/device-model-form';
import type { RuleOption } from '@/db/queries/device-models';

/** The file-name rule: pick one, or create one inline (name, prefix, MAC format, suffix), with a live example. */
export function RuleFields({ rules }: { rules: RuleOption[] }) {
  const t = useT('models');
  const exampleId = useId();
  const { register, control } = useFormContext<DeviceModelFormValues>();
  const choice = useWatch({ control, name: 'filenameRuleId' });
  const draft = useWatch({ control, name: 'newFilenameRule' });
  const isNew = choice === NEW_CHOICE;
  const rule = isNew ? draft : rules.find((r) => String(r.id) === choice);
  const example = rule && isMacFormat(rule.macFormat) ? exampleFileName(rule) : null;

  return (
    <div className="flex flex-col gap-4">
      <FormField name="filenameRuleId" label={t('fields.rule')} isRequired className="max-w-md">
        <Select {...register('filenameRuleId')}>
          <option value="">{t('fields.chooseRule')}</option>
          {rules.map((r) => (
            <option key={r.id} value={r.id}>
              {r.name}
            </option>
          ))}
          <option value={NEW_CHOICE}>{t('fields.newRuleOption')}</option>
        </Select>
      </FormField>
      {isNew && (
        <div className="grid gap-4 rounded-md bg-slate-50 p-4 ring-1 ring-slate-200 md:grid-cols-2">
          <FormField name="newFilenameRule.name" label={t('fields.ruleName')} isRequired className="md:col-span-2">
            <Input {...register('newFilenameRule.name')} autoComplete="off" />
          </FormField>
          <FormField name="newFilenameRule.prefix" label={t('fields.prefix')}>
            <Input {...register('newFilenameRule.prefix')} autoComplete="off" spellCheck={false} className="font-mono" />
          </FormField>
          <FormField name="newFilenameRule.suffix" label={t('fields.suffix')}>
            <Input {...register('newFilenameRule.suffix')} autoComplete="off" spellCheck={false} className="font-mono" />
          </FormField>
          <FormField name="newFilenameRule.macFormat" label={t('fields.macFormat')} isRequired className="md:col-span-2">
            <Select {...register('newFilenameRule.macFormat')}>
              <MacFormatOptions />
            </Select>
          </FormField>
        </div>
      )}
      <div className="flex flex-col">
        <Label htmlFor={exampleId} className="mb-1.5">
          {t('fields.example')}
        </Label>
        <output id={exampleId} aria-live="polite" className="block rounded-md bg-slate-900 px-3 py-2 font-mono text-sm text-emerald-300">
          {example ?? <span className="font-sans text-slate-400">{t('fields.exampleEmpty')}</span>}
        </output>
        <p className="mt-1 text-xs text-slate-500">{t('fields.exampleHint')}</p>
      </div>
    </div>
  );
}
