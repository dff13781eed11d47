'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { FormProvider, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { changeOwnPasswordAction } from '@/lib/actions/users';
import { useT } from '@/lib/i18n/client';
import { type PasswordChangeInput, passwordChangeSchema } from '@/lib/validation/users';

const EMPTY: PasswordChangeInput = { currentPassword: '', newPassword: '', confirmPassword: '' };

/** My account: the user changes their own password (the current one proves it is them); other sessions end. */
export function PasswordForm() {
  const t = useT('users');
  const form = useForm<PasswordChangeInput>({ resolver: zodResolver(passwordChangeSchema), defaultValues: EMPTY, mode: 'onTouched' });
  const { submit, formError } = useActionForm(form, changeOwnPasswordAction, {
    onSuccess: () => {
      toast.success(t('account.changed'));
      form.reset(EMPTY);
    },
  });
  return (
    <FormProvider {...form}>
      <form onSubmit={submit} noValidate className="flex max-w-md flex-col gap-4">
        {formError && <Alert>{formError}</Alert>}
        <FormField name="currentPassword" label={t('account.currentPassword')} isRequired>
          <Input {...form.register('currentPassword')} type="password" autoComplete="current-password" />
        </FormField>
        <FormField name="newPassword" label={t('account.newPassword')} hint={t('account.newPasswordHint')} isRequired>
          <Input {...form.register('newPassword')} type="password" autoComplete="new-password" />
        </FormField>
        <FormField name="confirmPassword" label={t('account.confirmPassword')} isRequired>
          <Input {...form.register('confirmPassword')} type="password" autoComplete="new-password" />
        </FormField>
        <div>
          <Button type="submit" variant="primary" isPending={form.formState.isSubmitting}>
            {t('account.submit')}
          </Button>
        </div>
      </form>
    </FormProvider>
  );
}
