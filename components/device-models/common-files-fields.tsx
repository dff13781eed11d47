'use client';

import { useFieldArray, useFormContext } from 'react-hook-form';
import { FormField } from '@/components/forms/form-field';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { Textarea } from '@/components/ui/textarea';
import { useT } from '@/lib/i18n/client';
import type { DeviceModelFormValues } from '@/lib/validation/device-model-form';

const MAX_COMMON_FILES = 10;

/** The model's optional common files: a file name and a body each, added and removed freely. */
export function CommonFilesFields({ isReadOnly }: { isReadOnly: boolean }) {
  const t = useT('models');
  const { register, control } = useFormContext<DeviceModelFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'commonFiles' });
  return (
    <div className="flex flex-col gap-4">
      {fields.length === 0 && <p className="text-sm text-slate-500">{t('fields.noCommonFiles')}</p>}
      {fields.map((field, index) => (
        <fieldset key={field.id} className="flex flex-col gap-3 rounded-md p-4 ring-1 ring-slate-200">
          <legend className="sr-only">{t('fields.commonFile', { index: index + 1 })}</legend>
          <div className="flex items-center justify-between gap-3">
            <span aria-hidden className="text-xs font-semibold uppercase tracking-wide text-slate-500">
              {t('fields.commonFile', { index: index + 1 })}
            </span>
            {!isReadOnly && (
              <Button size="sm" variant="ghost" className="text-red-700! hover:bg-red-50" onClick={() => remove(index)}>
                {t('fields.removeCommonFile', { index: index + 1 })}
              </Button>
            )}
          </div>
          <FormField name={`commonFiles.${index}.fileName`} label={t('fields.fileName')} isRequired>
            <Input {...register(`commonFiles.${index}.fileName`)} autoComplete="off" spellCheck={false} className="font-mono" />
          </FormField>
          <FormField name={`commonFiles.${index}.body`} label={t('fields.body')}>
            <Textarea {...register(`commonFiles.${index}.body`)} rows={6} spellCheck={false} className="font-mono text-xs" />
          </FormField>
        </fieldset>
      ))}
      {!isReadOnly && fields.length < MAX_COMMON_FILES && (
        <div>
          <Button size="sm" onClick={() => append({ fileName: '', body: '' })}>
            {t('fields.addCommonFile')}
          </Button>
        </div>
      )}
    </div>
  );
}
