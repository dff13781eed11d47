'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { type ChangeEvent, useState } from 'react';
import { type Resolver, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { createAccountAction, updateAccountAction } from '@/lib/actions/accounts';
import { useT } from '@/lib/i18n/client';
import { accountKeys, dashboardKeys, deviceKeys } from '@/lib/query-keys';
import { accountEditSchema, type AccountFormOutput, type AccountFormValues } from '@/lib/validation/account-form';
import { accountSchema } from '@/lib/validation/entities';
import { withoutEmpty } from '@/lib/validation/form-values';
import type { AccountRow } from '@/db/queries/accounts';

const TEXT_FIELDS = ['displayName', 'firstName', 'lastName', 'voicemailNumber'] as const;

/** Create (account = null) or edit an account. The SIP password is write-only. */
export function AccountDialog({ account, onClose }: { account: AccountRow | null; onClose: () => void }) {
  const t = useT('accounts');
  const queryClient = useQueryClient();
  const isEdit = account !== null;
  const form = useForm<AccountFormValues, unknown, AccountFormOutput>({
    // Both schemas take the same fields; on edit the password may be left empty.
    resolver: zodResolver(isEdit ? accountEditSchema : accountSchema) as Resolver<AccountFormValues, unknown, AccountFormOutput>,
    defaultValues: {
      extension: account?.extension ?? '',
      sipUsername: account?.sipUsername ?? '',
      authUsername: account && account.authUsername !== account.sipUsername ? account.authUsername : '',
      sipPassword: '',
      displayName: account?.displayName ?? '',
      firstName: account?.firstName ?? '',
      lastName: account?.lastName ?? '',
      voicemailNumber: account?.voicemailNumber ?? '',
    },
    mode: 'onTouched',
  });
  // A new account's SIP user name is its extension until the admin types one of their own (the server applies the same default to an empty one).
  const [isSipUsernameTyped, setSipUsernameTyped] = useState(false);
  const followExtension = (event: ChangeEvent<HTMLInputElement>) => {
    if (!isEdit && !isSipUsernameTyped) form.setValue('sipUsername', event.target.value);
  };
  const typeSipUsername = (event: ChangeEvent<HTMLInputElement>) => setSipUsernameTyped(event.target.value !== '');
  const save = (values: AccountFormOutput) => (isEdit ? updateAccountAction(account.id, withoutEmpty(values, 'sipPassword')) : createAccountAction(values));
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: async (_data, values) => {
      await Promise.all([accountKeys.all, deviceKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast.success(t('saved', { extension: values.extension }));
      onClose();
    },
  });
  const { register } = form;

  return (
    <FormDialog
      form={form}
      title={isEdit ? t('form.editTitle', { extension: account.extension }) : t('form.createTitle')}
      className="max-w-2xl"
      submit={submit}
      formError={formError}
      submitLabel={isEdit ? t('form.save') : t('form.create')}
      onClose={onClose}
    >
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="extension" label={t('form.extension')} isRequired>
          <Input {...register('extension', { onChange: followExtension })} autoComplete="off" inputMode="numeric" autoFocus />
        </FormField>
        <FormField name="sipUsername" label={t('form.sipUsername')} hint={t('form.sipUsernameHint')}>
          <Input {...register('sipUsername', { onChange: typeSipUsername })} autoComplete="off" spellCheck={false} />
        </FormField>
        <FormField name="authUsername" label={t('form.authUsername')} hint={t('form.authUsernameHint')}>
          <Input {...register('authUsername')} autoComplete="off" spellCheck={false} />
        </FormField>
        <FormField name="sipPassword" label={t('form.sipPassword')} hint={isEdit ? t('form.sipPasswordKeep') : undefined} isRequired={!isEdit}>
          <Input {...register('sipPassword')} type="password" autoComplete="new-password" />
        </FormField>
        {TEXT_FIELDS.map((name) => (
          <FormField key={name} name={name} label={t(`form.${name}`)}>
            <Input {...register(name)} autoComplete="off" />
          </FormField>
        ))}
      </div>
    </FormDialog>
  );
}
