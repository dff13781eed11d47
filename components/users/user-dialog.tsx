'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { createUserAction, setUserAccessAction } from '@/lib/actions/users';
import { useT } from '@/lib/i18n/client';
import { type UserAccessInput, userAccessSchema, type UserCreateInput, userCreateSchema } from '@/lib/validation/users';
import type { UserRow } from '@/db/queries/users';
import { AccessFields, type TenantChoice } from './access-fields';

/** A new user: name, first password, role and tenants. */
export function CreateUserDialog({ tenants, onClose }: { tenants: TenantChoice[]; onClose: () => void }) {
  const t = useT('users');
  const router = useRouter();
  const form = useForm<UserCreateInput>({
    resolver: zodResolver(userCreateSchema),
    defaultValues: { username: '', password: '', role: 'tenant_admin', tenantIds: [] },
    mode: 'onTouched',
  });
  const { submit, formError } = useActionForm(form, createUserAction, {
    onSuccess: (data) => {
      toast.success(t('users.created', { username: data.username }));
      router.refresh();
      onClose();
    },
  });
  return (
    <FormDialog form={form} title={t('users.form.createTitle')} submit={submit} formError={formError} submitLabel={t('users.form.create')} onClose={onClose}>
      <FormField name="username" label={t('users.form.username')} isRequired>
        <Input {...form.register('username')} autoComplete="off" autoFocus />
      </FormField>
      <FormField name="password" label={t('users.form.password')} hint={t('users.form.passwordHint')} isRequired>
        <Input {...form.register('password')} type="password" autoComplete="new-password" />
      </FormField>
      <AccessFields tenants={tenants} />
    </FormDialog>
  );
}

/** Another user's role and tenants. */
export function UserAccessDialog({ user, tenants, onClose }: { user: UserRow; tenants: TenantChoice[]; onClose: () => void }) {
  const t = useT('users');
  const router = useRouter();
  const form = useForm<UserAccessInput>({
    resolver: zodResolver(userAccessSchema),
    defaultValues: { role: user.role, tenantIds: user.tenants.map((x) => x.id) },
    mode: 'onTouched',
  });
  const { submit, formError } = useActionForm(form, (values) => setUserAccessAction(user.id, values), {
    onSuccess: (data) => {
      toast.success(t('users.saved', { username: data.username }));
      router.refresh();
      onClose();
    },
  });
  return (
    <FormDialog
      form={form}
      title={t('users.form.accessTitle', { username: user.username })}
      submit={submit}
      formError={formError}
      submitLabel={t('users.form.save')}
      onClose={onClose}
    >
      <AccessFields tenants={tenants} />
    </FormDialog>
  );
}
