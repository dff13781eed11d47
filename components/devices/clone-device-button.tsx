'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { Input } from '@/components/ui/input';
import { cloneDeviceAction } from '@/lib/actions/devices';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { dashboardKeys, deviceKeys } from '@/lib/query-keys';
import { type DeviceCloneValues, deviceCloneSchema } from '@/lib/validation/device-clone';

/** "Clone": asks the new phone's MAC and the copy's label, then opens the copy. A taken or invalid MAC shows under its field. */
export function CloneDeviceButton({ deviceId, mac, label }: { deviceId: number; mac: string; label: string }) {
  const t = useT('devices');
  const canWrite = useCanWrite();
  const [open, setOpen] = useState(false);
  if (!canWrite) return null;
  return (
    <>
      <Button onClick={() => setOpen(true)}>{t('clone.button')}</Button>
      {open && <CloneDeviceDialog deviceId={deviceId} mac={mac} label={label} onClose={() => setOpen(false)} />}
    </>
  );
}

function CloneDeviceDialog({ deviceId, mac, label, onClose }: { deviceId: number; mac: string; label: string; onClose: () => void }) {
  const t = useT('devices');
  const router = useRouter();
  const queryClient = useQueryClient();
  const form = useForm<DeviceCloneValues, unknown, { mac: string; label: string }>({
    resolver: zodResolver(deviceCloneSchema),
    defaultValues: { mac: '', label },
  });
  const { submit, formError } = useActionForm(form, (values) => cloneDeviceAction(deviceId, values), {
    onSuccess: async (copy, values) => {
      await Promise.all([deviceKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast.success(t('clone.done', { mac: formatMac(values.mac, 'colon-upper') }));
      router.push(`/devices/${copy.id}` as Route);
    },
  });
  return (
    <FormDialog
      form={form}
      title={t('clone.title', { mac })}
      description={t('clone.description')}
      submit={submit}
      formError={formError}
      submitLabel={t('clone.confirm')}
      onClose={onClose}
    >
      <FormField name="mac" label={t('clone.mac')} isRequired>
        <Input {...form.register('mac')} autoComplete="off" autoFocus className="font-mono" placeholder="00:15:65:AA:BB:CC" />
      </FormField>
      <FormField name="label" label={t('clone.label')}>
        <Input {...form.register('label')} autoComplete="off" />
      </FormField>
    </FormDialog>
  );
}
