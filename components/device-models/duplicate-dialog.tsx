'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import type { ReactNode } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { z } from 'zod';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Input } from '@/components/ui/input';
import type { ActionResult } from '@/lib/action-result';
import { useT } from '@/lib/i18n/client';
import { name } from '@/lib/validation/common';

const duplicateSchema = z.object({ name });
type DuplicateValues = z.infer<typeof duplicateSchema>;

type DuplicateDialogProps<T> = {
  title: ReactNode;
  description: ReactNode;
  nameLabel: string;
  defaultName: string;
  confirmLabel: ReactNode;
  action: (name: string) => Promise<ActionResult<T>>;
  onDone: (data: T, name: string) => void | Promise<void>;
  onClose: () => void;
};

/** Asks for the name of a copy (of a model or a template); a clash is shown under the field. */
export function DuplicateDialog<T>({ title, description, nameLabel, defaultName, confirmLabel, action, onDone, onClose }: DuplicateDialogProps<T>) {
  const t = useT();
  const form = useForm<DuplicateValues>({ resolver: zodResolver(duplicateSchema), defaultValues: { name: defaultName } });
  const { submit, formError } = useActionForm(form, (values: DuplicateValues) => action(values.name), { onSuccess: (data, values) => onDone(data, values.name) });
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={title} description={description}>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            {formError && <Alert>{formError}</Alert>}
            <FormField name="name" label={nameLabel} isRequired>
              <Input {...form.register('name')} autoComplete="off" autoFocus onFocus={(e) => e.currentTarget.select()} />
            </FormField>
            <DialogFooter>
              <DialogClose asChild>
                <Button>{t('ui.cancel')}</Button>
              </DialogClose>
              <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
                {confirmLabel}
              </Button>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
