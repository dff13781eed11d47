'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormField } from '@/components/forms/form-field';
import { PageForm } from '@/components/forms/page-form';
import { useActionForm } from '@/components/forms/use-action-form';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { Checkbox } from '@/components/ui/checkbox';
import { Input } from '@/components/ui/input';
import { createDeviceAction, type SavedDevice, updateDeviceAction } from '@/lib/actions/devices';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys } from '@/lib/query-keys';
import { deviceFormSchema, type DeviceFormOutput, type DeviceFormValues } from '@/lib/validation/device-form';
import { withoutEmpty } from '@/lib/validation/form-values';
import { LinesEditor } from './lines-editor';
import { ModelFields } from './model-fields';
import { NetworkFields } from './network-fields';
import { SettingsFields } from './settings-fields';
import type { AccountOption } from '@/db/queries/accounts';
import type { DeviceFormChoices } from '@/db/queries/device-models';

type DeviceFormProps = {
  catalogue: DeviceFormChoices;
  defaultValues: DeviceFormValues;
  lineAccounts: AccountOption[];
  pbxDefaults: { language: string; timeZone: string };
  /** Present when editing; the stored admin password itself never reaches the browser. */
  device?: { id: number; hasAdminPassword: boolean };
};

/** Create or edit a device; every error lands under its field, in the current language. */
export function DeviceForm({ catalogue, defaultValues, lineAccounts, pbxDefaults, device }: DeviceFormProps) {
  const t = useT('devices');
  const router = useRouter();
  const queryClient = useQueryClient();
  const isEdit = device !== undefined;
  const form = useForm<DeviceFormValues, unknown, DeviceFormOutput>({
    resolver: zodResolver(deviceFormSchema),
    defaultValues,
    // Errors appear on submit, then follow every change: no "incomplete address" while still typing it.
    mode: 'onSubmit',
  });

  const save = (values: DeviceFormOutput) => (isEdit ? updateDeviceAction(device.id, withoutEmpty(values, 'adminPassword')) : createDeviceAction(values));
  const onSaved = async (saved: SavedDevice) => {
    await queryClient.invalidateQueries({ queryKey: deviceKeys.all });
    await queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
    if (!isEdit) {
      // Shown once, until dismissed; it stays revealable in the device's file (Files → reveal secrets).
      if (saved.generatedAdminPassword) {
        toast.info(t('generatedAdminPassword', { password: saved.generatedAdminPassword }), { duration: Infinity, closeButton: true });
      }
      // The device's page says it was created and names its file.
      router.push(`/devices/${saved.id}?created=1` as Route);
      return;
    }
    toast.success(saved.file ? t('saved', { fileName: saved.file.fileName }) : t('savedNoFile'));
    form.reset({ ...form.getValues(), adminPassword: '' });
    router.refresh();
  };
  const { submit, formError } = useActionForm(form, save, { onSuccess: onSaved });
  const { register } = form;

  return (
    <PageForm form={form} submit={submit} formError={formError} cancelHref="/devices" submitLabel={isEdit ? t('save') : t('create')}>
      <Card labelledBy="device-phone">
        <CardHeader id="device-phone" title={t('sections.phone')} />
        <CardBody className="grid gap-4 md:grid-cols-2">
          <FormField name="mac" label={t('fields.mac')} hint={t('fields.macHint')} isRequired>
            <Input
              {...register('mac')}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="characters"
              className="font-mono"
              placeholder="00:15:65:AA:BB:CC"
            />
          </FormField>
          <FormField name="label" label={t('fields.label')} hint={t('fields.labelHint')}>
            <Input {...register('label')} autoComplete="off" />
          </FormField>
          <Checkbox {...register('isEnabled')} label={t('fields.isEnabled')} hint={t('fields.isEnabledHint')} className="md:col-span-2" />
        </CardBody>
      </Card>
      <Card labelledBy="device-model">
        <CardHeader id="device-model" title={t('sections.model')} description={t('sections.modelDescription')} />
        <CardBody>
          <ModelFields catalogue={catalogue} />
        </CardBody>
      </Card>
      <Card labelledBy="device-lines">
        <CardHeader id="device-lines" title={t('sections.lines')} description={t('sections.linesDescription')} />
        <CardBody>
          <LinesEditor initialAccounts={lineAccounts} />
        </CardBody>
      </Card>
      <Card labelledBy="device-settings">
        <CardHeader id="device-settings" title={t('sections.settings')} />
        <CardBody>
          <SettingsFields pbxDefaults={pbxDefaults} isEdit={isEdit} hasAdminPassword={device?.hasAdminPassword ?? false} />
        </CardBody>
      </Card>
      <Card labelledBy="device-network">
        <CardHeader id="device-network" title={t('sections.network')} description={t('sections.networkDescription')} />
        <CardBody>
          <NetworkFields />
        </CardBody>
      </Card>
    </PageForm>
  );
}
