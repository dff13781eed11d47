'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import type { FormEventHandler, ReactNode } from 'react';
import { type FieldValues, FormProvider, type UseFormReturn } from 'react-hook-form';
import { useCanWrite } from '@/components/layout/console-context';
import { Alert } from '@/components/ui/alert';
import { Button, buttonClasses } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';

type PageFormProps<T extends FieldValues> = {
  form: UseFormReturn<T, unknown, unknown>;
  /** From useActionForm: the submit handler and the form-level error it reports. */
  submit: FormEventHandler<HTMLFormElement>;
  formError: string | null;
  /** Set on a read-only form (e.g. a built-in item): says why above the fields; no Cancel / submit row. */
  readOnlyNotice?: ReactNode;
  /** Where Cancel goes back to (the list). */
  cancelHref: Route;
  submitLabel: ReactNode;
  children: ReactNode;
};

/**
 * A full-page form (cards of fields): the read-only notice and the form-level error on top, the
 * fields, then Cancel and the submit button (unless read-only). For a viewer every form is read-only:
 * the fields are disabled and the notice says why.
 */
export function PageForm<T extends FieldValues>({ form, submit, formError, readOnlyNotice, cancelHref, submitLabel, children }: PageFormProps<T>) {
  const t = useT();
  const canWrite = useCanWrite();
  const notice = canWrite ? readOnlyNotice : t('ui.readOnlyRole');
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex flex-col gap-6">
        {notice && <Alert tone="info">{notice}</Alert>}
        {formError && <Alert>{formError}</Alert>}
        {canWrite ? (
          children
        ) : (
          <fieldset disabled className="flex min-w-0 flex-col gap-6">
            {children}
          </fieldset>
        )}
        {!notice && (
          <div className="flex flex-wrap items-center justify-end gap-2">
            <Link href={cancelHref} className={buttonClasses({ variant: 'ghost' })}>
              {t('ui.cancel')}
            </Link>
            <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
              {submitLabel}
            </Button>
          </div>
        )}
      </form>
    </FormProvider>
  );
}
