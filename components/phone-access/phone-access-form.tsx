'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { FormProvider, useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { revealPhoneAccessPasswordAction, updatePhoneAccessAction } from '@/lib/actions/phone-access';
import { useT } from '@/lib/i18n/client';
import { PHONE_AUTH_MODES, type PhoneAccessInput, phoneAccessFields } from '@/lib/validation/phone-access';

type Values = z.input<typeof phoneAccessFields>;
const NUMBERS = ['enumerationThreshold', 'enumerationWindowMinutes', 'enumerationCooldownMinutes'] as const;

/** The tenant's phone access; the password is write-only (empty keeps it) and shown on request. */
export function PhoneAccessForm({ settings, hasPassword }: { settings: PhoneAccessInput; hasPassword: boolean }) {
  const t = useT('pbx');
  const router = useRouter();
  const [revealed, setRevealed] = useState<string | null>(null);
  const form = useForm<Values, unknown, PhoneAccessInput>({
    resolver: zodResolver(phoneAccessFields),
    defaultValues: { ...settings, allowedNetworks: settings.allowedNetworks.join('\n'), password: '' },
    mode: 'onTouched',
  });
  const { submit, formError } = useActionForm(form, updatePhoneAccessAction, {
    onSuccess: async (_data, values) => {
      form.reset({ ...values, allowedNetworks: values.allowedNetworks.join('\n'), password: '' });
      setRevealed(null);
      toast.success(t('phoneAccess.saved'));
      router.refresh();
    },
  });
  const reveal = async () => {
    const result = await revealPhoneAccessPasswordAction();
    if (result.ok) setRevealed(result.data.password);
    else toast.error(result.message);
  };
  const { register, formState, control } = form;
  const isAuthOn = useWatch({ control, name: 'authMode' }) !== 'off';

  return (
    <Card labelledBy="phone-access">
      <CardHeader id="phone-access" title={t('phoneAccess.formTitle')} />
      <CardBody>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            {formError && <Alert>{formError}</Alert>}
            <div className="grid gap-4 md:grid-cols-3">
              <FormField name="authMode" label={t('phoneAccess.authMode')} hint={t('phoneAccess.authModeHint')}>
                <Select {...register('authMode')}>
                  {PHONE_AUTH_MODES.map((mode) => (
                    <option key={mode} value={mode}>
                      {t(`phoneAccess.authModes.${mode}`)}
                    </option>
                  ))}
                </Select>
              </FormField>
              <FormField name="username" label={t('phoneAccess.username')} isRequired={isAuthOn}>
                <Input {...register('username')} autoComplete="off" spellCheck={false} />
              </FormField>
              <FormField
                name="password"
                label={t('phoneAccess.password')}
                hint={revealed !== null ? t('phoneAccess.passwordIs', { password: revealed }) : hasPassword ? t('phoneAccess.passwordKeep') : undefined}
                isRequired={isAuthOn && !hasPassword}
              >
                <Input {...register('password')} type="password" autoComplete="new-password" />
              </FormField>
            </div>
            {hasPassword && revealed === null && (
              <div>
                <Button size="sm" onClick={reveal}>
                  {t('phoneAccess.reveal')}
                </Button>
              </div>
            )}
            <FormField name="allowedNetworks" label={t('phoneAccess.allowedNetworks')} hint={t('phoneAccess.allowedNetworksHint')}>
              <Textarea {...register('allowedNetworks')} rows={4} spellCheck={false} placeholder={'192.168.10.0/24\n2001:db8:10::/48'} />
            </FormField>
            {isAuthOn && <Alert>{t('phoneAccess.tftpNote')}</Alert>}
            <Checkbox {...register('checkUserAgentMac')} label={t('phoneAccess.checkUserAgentMac')} hint={t('phoneAccess.checkUserAgentMacHint')} />
            {isAuthOn && (
              <FormField name="firstFetchWindowHours" label={t('phoneAccess.firstFetchWindowHours')} hint={t('phoneAccess.firstFetchWindowHint')}>
                <Input {...register('firstFetchWindowHours')} inputMode="numeric" autoComplete="off" className="max-w-32" />
              </FormField>
            )}
            <div className="grid gap-4 md:grid-cols-3">
              {NUMBERS.map((name) => (
                <FormField key={name} name={name} label={t(`phoneAccess.${name}`)}>
                  <Input {...register(name)} inputMode="numeric" autoComplete="off" />
                </FormField>
              ))}
            </div>
            <p className="text-xs text-slate-500">{t('phoneAccess.enumerationHint')}</p>
            <div className="flex justify-end">
              <Button type="submit" variant="primary" isPending={formState.isSubmitting}>
                {t('phoneAccess.save')}
              </Button>
            </div>
          </form>
        </FormProvider>
      </CardBody>
    </Card>
  );
}
