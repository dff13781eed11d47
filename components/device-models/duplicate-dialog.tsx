'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import type { ActionResult } from '@/lib/action-result';
import { useT } from '@/lib/i18n/client';
import { name } from '@/lib/validation/common';

const duplicateSchema = z.object({ name });
type DuplicateValues = z.infer<typeof duplicateSchema>;

type DuplicateDialogProps<T> = {
  /** Models and templates word this dialog with the same `duplicate.*` keys in their own namespace. */
  ns: 'models' | 'templates';
  /** The name of what is copied. */
  name: string;
  action: (name: string) => Promise<ActionResult<T>>;
  onDone: (data: T, name: string) => void | Promise<void>;
  onClose: () => void;
};

/** Asks for the name of a copy (of a model or a template); a clash is shown under the field. */
export function DuplicateDialog<T>({ ns, name: source, action, onDone, onClose }: DuplicateDialogProps<T>) {
  const t = useT(ns);
  const form = useForm<DuplicateValues>({ resolver: zodResolver(duplicateSchema), defaultValues: { name: t('duplicate.defaultName', { name: source }) } });
  const { submit, formError } = useActionForm(form, (values: DuplicateValues) => action(values.name), {
    onSuccess: (data, values) => onDone(data, values.name),
  });
  return (
    <FormDialog
      form={form}
      title={t('duplicate.title', { name: source })}
      description={t('duplicate.description')}
      submit={submit}
      formError={formError}
      submitLabel={t('duplicate.confirm')}
      onClose={onClose}
    >
      <FormField name="name" label={t('duplicate.name')} isRequired>
        <Input {...form.register('name')} autoComplete="off" autoFocus onFocus={(e) => e.currentTarget.select()} />
      </FormField>
    </FormDialog>
  );
}
