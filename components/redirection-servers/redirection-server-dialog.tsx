'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { createRedirectionServerAction, updateRedirectionServerAction } from '@/lib/actions/redirection-servers';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import { redirectionServerSchema } from '@/lib/validation/entities';
import {
  REDIRECTION_BRAND_OPTIONS,
  redirectionServerEditSchema,
  type RedirectionServerFormOutput,
  type RedirectionServerFormValues,
} from '@/lib/validation/redirection-form';
import type { ApiDefaults } from './api-defaults';
import { BrandHelp } from './brand-help';
import { ApiAddressField, YealinkApiField } from './vendor-api-fields';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';

type RedirectionServerDialogProps = { server: RedirectionServerRow | null; defaultUrl: string; apiDefaults: ApiDefaults; onClose: () => void };

/** Create (server = null) or edit a redirection server. The password is write-only: empty on edit keeps it. */
export function RedirectionServerDialog({ server, defaultUrl, apiDefaults, onClose }: RedirectionServerDialogProps) {
  const t = useT('redirection');
  const queryClient = useQueryClient();
  const isEdit = server !== null;
  const form = useForm<RedirectionServerFormValues, unknown, RedirectionServerFormOutput>({
    resolver: zodResolver(isEdit ? redirectionServerEditSchema : redirectionServerSchema),
    defaultValues: {
      brand: server?.brand ?? 'snom',
      name: server?.name ?? '',
      username: server?.username ?? '',
      password: '',
      isEnabled: server?.isEnabled ?? true,
      provisioningUrl: server ? server.provisioningUrl : defaultUrl,
      apiBaseUrl: server?.apiBaseUrl ?? '',
      yealinkApi: server?.yealinkApi ?? 'xmlrpc',
    },
    mode: 'onTouched',
  });
  const save = (values: RedirectionServerFormOutput) => (isEdit ? updateRedirectionServerAction(server.id, values) : createRedirectionServerAction(values));
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: redirectionServerKeys.all });
      toast.success(t('saved', { name: saved.name }));
      onClose();
    },
  });
  const { register, control } = form;
  const brand = useWatch({ control, name: 'brand' }) ?? 'snom';
  const isSnom = brand === 'snom';

  return (
    <FormDialog
      form={form}
      title={isEdit ? t('form.editTitle', { name: server.name }) : t('form.createTitle')}
      submit={submit}
      formError={formError}
      submitLabel={isEdit ? t('form.save') : t('form.create')}
      onClose={onClose}
    >
      <FormField name="brand" label={t('form.brand')} isRequired>
        <Select {...register('brand')} autoFocus>
          {REDIRECTION_BRAND_OPTIONS.map((b) => (
            <option key={b} value={b}>
              {t(`brands.${b}`)}
            </option>
          ))}
        </Select>
      </FormField>
      <BrandHelp brand={brand} />
      <YealinkApiField />
      <fieldset className="grid gap-4 sm:grid-cols-2">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t('form.credentials')}</legend>
        <FormField name="username" label={t('form.username')} hint={t('form.usernameHint', { brand: t(`brands.${brand}`) })} isRequired>
          <Input {...register('username')} autoComplete="off" spellCheck={false} />
        </FormField>
        <FormField name="password" label={t('form.password')} hint={isEdit && server.hasPassword ? t('form.passwordKeep') : undefined} isRequired={!isEdit}>
          <Input {...register('password')} type="password" autoComplete="new-password" />
        </FormField>
      </fieldset>
      <fieldset className="flex flex-col gap-4">
        <legend className="mb-2 text-sm font-semibold text-slate-900">{t('form.settings')}</legend>
        <Checkbox {...register('isEnabled')} label={t('form.isEnabled')} hint={t('form.isEnabledHint')} />
        <FormField
          name="name"
          label={t('form.name')}
          hint={isSnom ? t('form.nameHintSnom') : t('form.nameHintRps', { brand: t(`brands.${brand}`) })}
          isRequired
        >
          <Input {...register('name')} autoComplete="off" />
        </FormField>
        <FormField
          name="provisioningUrl"
          label={t('form.provisioningUrl')}
          hint={isSnom ? t('form.provisioningUrlHintSnom') : t('form.provisioningUrlHintRps')}
        >
          <Input {...register('provisioningUrl')} autoComplete="off" spellCheck={false} className="font-mono" inputMode="url" />
        </FormField>
      </fieldset>
      <ApiAddressField apiDefaults={apiDefaults} />
    </FormDialog>
  );
}
