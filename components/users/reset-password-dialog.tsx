'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { resetUserPasswordAction } from '@/lib/actions/users';
import { useT } from '@/lib/i18n/client';
import { type PasswordResetInput, passwordResetSchema } from '@/lib/validation/users';
import type { UserRow } from '@/db/queries/users';

/** The owner sets a new password for a user who forgot theirs; the user's sessions end. */
export function ResetPasswordDialog({ user, onClose }: { user: UserRow; onClose: () => void }) {
  const t = useT('users');
  const router = useRouter();
  const form = useForm<PasswordResetInput>({ resolver: zodResolver(passwordResetSchema), defaultValues: { password: '' }, mode: 'onTouched' });
  const { submit, formError } = useActionForm(form, (values) => resetUserPasswordAction(user.id, values), {
    onSuccess: (data) => {
      toast.success(t('users.reset.done', { username: data.username }));
      router.refresh();
      onClose();
    },
  });
  return (
    <FormDialog
      form={form}
      title={t('users.reset.title', { username: user.username })}
      description={t('users.reset.description')}
      submit={submit}
      formError={formError}
      submitLabel={t('users.reset.confirm')}
      onClose={onClose}
    >
      <FormField name="password" label={t('users.form.password')} hint={t('users.form.passwordHint')} isRequired>
        <Input {...form.register('password')} type="password" autoComplete="new-password" autoFocus />
      </FormField>
    </FormDialog>
  );
}
