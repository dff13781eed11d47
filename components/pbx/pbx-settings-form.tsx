'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { FormProvider, useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { useCanWrite } from '@/components/layout/console-context';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { updatePbxSettingsAction } from '@/lib/actions/pbx';
import { useT } from '@/lib/i18n/client';
import { PHONE_LANGUAGES, TIME_ZONES, withCurrent } from '@/lib/phone-options';
import { dashboardKeys } from '@/lib/query-keys';
import { type PbxSettingsInput, pbxSettingsSchema } from '@/lib/validation/entities';

type PbxSettingsValues = z.input<typeof pbxSettingsSchema>;
const PORTS = ['sipUdpPort', 'sipTcpPort', 'sipTlsPort'] as const;
const TRANSPORTS = ['udp', 'tcp', 'tls'] as const;
const PNP_SCHEMES = ['http', 'https', 'tftp'] as const;

/** The PBX attributes of the tenant; saving regenerates every file in the same transaction. */
export function PbxSettingsForm({ settings, hasDefaultAdminPassword }: { settings: PbxSettingsInput; hasDefaultAdminPassword: boolean }) {
  const t = useT('pbx');
  const tc = useT();
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<PbxSettingsValues, unknown, PbxSettingsInput>({ resolver: zodResolver(pbxSettingsSchema), defaultValues: settings, mode: 'onTouched' });
  const { submit, formError } = useActionForm(form, updatePbxSettingsAction, {
    onSuccess: async (_data, values) => {
      await queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
      form.reset({ ...values, defaultAdminPassword: '' });
      toast.success(t('settings.saved'));
      router.refresh();
    },
  });
  const { register, formState } = form;
  const canWrite = useCanWrite();

  return (
    <Card labelledBy="pbx-settings">
      <CardHeader id="pbx-settings" title={t('settings.title')} />
      <CardBody>
        <FormProvider {...form}>
          <form onSubmit={submit} noValidate className="flex flex-col gap-4">
            {!canWrite && <Alert tone="info">{tc('ui.readOnlyRole')}</Alert>}
            {formError && <Alert>{formError}</Alert>}
            <fieldset disabled={!canWrite} className="flex min-w-0 flex-col gap-4">
              <div className="grid gap-4 md:grid-cols-2">
                <FormField name="host" label={t('settings.host')} hint={t('settings.hostHint')} isRequired>
                  <Input {...register('host')} autoComplete="off" spellCheck={false} />
                </FormField>
                <FormField name="sipDomain" label={t('settings.sipDomain')} hint={t('settings.sipDomainHint')}>
                  <Input {...register('sipDomain')} autoComplete="off" spellCheck={false} />
                </FormField>
              </div>
              <div className="grid gap-4 sm:grid-cols-2 md:grid-cols-4">
                {PORTS.map((name) => (
                  <FormField key={name} name={name} label={t(`settings.${name}`)}>
                    <Input {...register(name)} inputMode="numeric" autoComplete="off" />
                  </FormField>
                ))}
                <FormField name="sipTransport" label={t('settings.sipTransport')}>
                  <Select {...register('sipTransport')}>
                    {TRANSPORTS.map((transport) => (
                      <option key={transport} value={transport}>
                        {t(`settings.transports.${transport}`)}
                      </option>
                    ))}
                  </Select>
                </FormField>
              </div>
              <div className="grid gap-4 md:grid-cols-3">
                <FormField name="ntpServer" label={t('settings.ntpServer')}>
                  <Input {...register('ntpServer')} autoComplete="off" spellCheck={false} />
                </FormField>
                <FormField name="timeZone" label={t('settings.timeZone')}>
                  <Select {...register('timeZone')}>
                    {withCurrent(TIME_ZONES, settings.timeZone).map((zone) => (
                      <option key={zone} value={zone}>
                        {zone}
                      </option>
                    ))}
                  </Select>
                </FormField>
                <FormField name="language" label={t('settings.language')}>
                  <Select {...register('language')}>
                    {withCurrent(PHONE_LANGUAGES, settings.language).map((code) => (
                      <option key={code} value={code}>
                        {t(`devices:languages.${code}`, { defaultValue: code })}
                      </option>
                    ))}
                  </Select>
                </FormField>
              </div>
              <div className="grid gap-4 md:grid-cols-2">
                <FormField name="resyncIntervalMinutes" label={t('settings.resyncIntervalMinutes')} hint={t('settings.resyncIntervalMinutesHint')}>
                  <Input {...register('resyncIntervalMinutes')} inputMode="numeric" autoComplete="off" />
                </FormField>
                <FormField name="resyncTime" label={t('settings.resyncTime')} hint={t('settings.resyncTimeHint')}>
                  <Input {...register('resyncTime')} placeholder="03:00" autoComplete="off" spellCheck={false} />
                </FormField>
              </div>
              <div className="grid gap-4 md:grid-cols-2">
                <FormField
                  name="defaultAdminPassword"
                  label={t('settings.defaultAdminPassword')}
                  hint={hasDefaultAdminPassword ? t('settings.defaultAdminPasswordKeep') : t('settings.defaultAdminPasswordHint')}
                >
                  <Input {...register('defaultAdminPassword')} type="password" autoComplete="new-password" />
                </FormField>
                <FormField name="pnpUrlScheme" label={t('settings.pnpUrlScheme')} hint={t('settings.pnpUrlSchemeHint')}>
                  <Select {...register('pnpUrlScheme')}>
                    {PNP_SCHEMES.map((scheme) => (
                      <option key={scheme} value={scheme}>
                        {t(`settings.pnpUrlSchemes.${scheme}`)}
                      </option>
                    ))}
                  </Select>
                </FormField>
              </div>
              <Checkbox {...register('pnpAnswerUnknown')} label={t('settings.pnpAnswerUnknown')} hint={t('settings.pnpAnswerUnknownHint')} />
            </fieldset>
            {canWrite && (
              <div className="flex justify-end">
                <Button type="submit" variant="primary" isPending={formState.isSubmitting}>
                  {t('settings.save')}
                </Button>
              </div>
            )}
          </form>
        </FormProvider>
      </CardBody>
    </Card>
  );
}
