'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQueryClient } from '@tanstack/react-query';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import type { z } from 'zod';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { createNetworkInterfaceAction, updateNetworkInterfaceAction } from '@/lib/actions/pbx';
import { useT } from '@/lib/i18n/client';
import { networkInterfaceKeys } from '@/lib/query-keys';
import { networkInterfaceFormSchema } from '@/lib/validation/pbx-form';
import type { NetworkInterfaceRow as NetworkInterface } from '@/db/queries/pbx';

type Values = z.input<typeof networkInterfaceFormSchema>;
type Output = z.output<typeof networkInterfaceFormSchema>;

export function InterfaceDialog({ networkInterface, onClose }: { networkInterface: NetworkInterface | null; onClose: () => void }) {
  const t = useT('pbx');
  const queryClient = useQueryClient();
  const isEdit = networkInterface !== null;
  const form = useForm<Values, unknown, Output>({
    resolver: zodResolver(networkInterfaceFormSchema),
    defaultValues: { name: networkInterface?.name ?? '', vlanId: networkInterface?.vlanId ?? '', ipv4Address: networkInterface?.ipv4Address ?? '' },
    mode: 'onTouched',
  });
  const save = (values: Output) => (isEdit ? updateNetworkInterfaceAction(networkInterface.id, values) : createNetworkInterfaceAction(values));
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: async (_data, values) => {
      await queryClient.invalidateQueries({ queryKey: networkInterfaceKeys.all });
      toast.success(t('interfaces.saved', { name: values.name }));
      onClose();
    },
  });
  const { register } = form;
  return (
    <FormDialog
      form={form}
      title={isEdit ? t('interfaces.editTitle', { name: networkInterface.name }) : t('interfaces.createTitle')}
      submit={submit}
      formError={formError}
      submitLabel={isEdit ? t('interfaces.save') : t('interfaces.create')}
      onClose={onClose}
    >
      <FormField name="name" label={t('interfaces.name')} isRequired>
        <Input {...register('name')} autoComplete="off" spellCheck={false} autoFocus />
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField name="vlanId" label={t('interfaces.vlanId')} hint={t('interfaces.vlanIdHint')}>
          <Input {...register('vlanId')} inputMode="numeric" autoComplete="off" />
        </FormField>
        <FormField name="ipv4Address" label={t('interfaces.ipv4Address')} isRequired>
          <Input {...register('ipv4Address')} inputMode="decimal" autoComplete="off" spellCheck={false} className="font-mono" />
        </FormField>
      </div>
    </FormDialog>
  );
}
