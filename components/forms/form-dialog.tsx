'use client';

import type { FormEventHandler, ReactNode } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { useT } from '@/lib/i18n/client';

type FormDialogProps<T extends FieldValues> = {
  form: UseFormReturn<T, unknown, unknown>;
  title: ReactNode;
  description?: ReactNode;
  className?: string;
  /** From useActionForm: the submit handler and the form-level error it reports. */
  submit: FormEventHandler<HTMLFormElement>;
  formError: string | null;
  submitLabel: ReactNode;
  /** 'danger' for a destructive confirmation (shown as an alert dialog). */
  submitVariant?: 'primary' | 'danger';
  onClose: () => void;
  children: ReactNode;
};

/** A modal form: the form-level error on top, the fields, then Cancel and the submit button. */
export function FormDialog<T extends FieldValues>({
  form,
  title,
  description,
  className,
  submit,
  formError,
  submitLabel,
  submitVariant = 'primary',
  onClose,
  children,
}: FormDialogProps<T>) {
  const t = useT();
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={title} description={description} className={className} role={submitVariant === 'danger' ? 'alertdialog' : 'dialog'}>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            {formError && <Alert>{formError}</Alert>}
            {children}
            <DialogFooter>
              <DialogClose asChild>
                <Button>{t('ui.cancel')}</Button>
              </DialogClose>
              <Button type="submit" variant={submitVariant} isPending={form.formState.isSubmitting}>
                {submitLabel}
              </Button>
            </DialogFooter>
          </form>
        </FormProvider>
      </DialogContent>
    </Dialog>
  );
}
