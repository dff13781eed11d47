'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@/components/ui/link';
import { useForm, useWatch } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { Select } from '@/components/ui/select';
import { Textarea } from '@/components/ui/textarea';
import { createPlaceholderAction, updatePlaceholderAction } from '@/lib/actions/placeholders';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { fileKeys, networkInterfaceKeys, placeholderKeys } from '@/lib/query-keys';
import { placeholderNameSchema } from '@/lib/validation/entities';
import { placeholderFormSchema, type PlaceholderFormOutput, type PlaceholderFormValues, placeholderToken } from '@/lib/validation/placeholder-form';
import { KindRadios } from './kind-radios';
import type { PlaceholderRow } from '@/db/queries/placeholders';

type NetworkInterfaceOption = { id: number; name: string; vlanId: number | null; ipv4Address: string };

/** Create (placeholder = null) or edit a custom placeholder: a static value, or the IPv4 of an interface. */
export function PlaceholderDialog({ placeholder, onClose }: { placeholder: PlaceholderRow | null; onClose: () => void }) {
  const t = useT('placeholders');
  const queryClient = useQueryClient();
  const isEdit = placeholder !== null;
  const form = useForm<PlaceholderFormValues, unknown, PlaceholderFormOutput>({
    resolver: zodResolver(placeholderFormSchema),
    defaultValues: {
      name: placeholder?.name ?? '',
      kind: placeholder?.kind ?? 'static',
      value: placeholder?.value ?? '',
      interfaceId: placeholder?.networkInterface ? String(placeholder.networkInterface.id) : '',
      description: placeholder?.description ?? '',
    },
    mode: 'onTouched',
  });
  const { data: interfaces } = useQuery({
    queryKey: networkInterfaceKeys.all,
    queryFn: ({ signal }) => fetchJson<NetworkInterfaceOption[]>('/api/console/network-interfaces', signal),
  });
  const save = (values: PlaceholderFormOutput) => (isEdit ? updatePlaceholderAction(placeholder.id, values) : createPlaceholderAction(values));
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: async (saved) => {
      await Promise.all([placeholderKeys.all, fileKeys.all, networkInterfaceKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast.success(t('saved', { token: placeholderToken(saved.name) }));
      onClose();
    },
  });
  const { register, control } = form;
  const [kind, name] = useWatch({ control, name: ['kind', 'name'] });
  const parsedName = placeholderNameSchema.safeParse(name);

  return (
    <FormDialog
      form={form}
      title={isEdit ? t('form.editTitle', { token: placeholderToken(placeholder.name) }) : t('form.createTitle')}
      description={t('form.description')}
      submit={submit}
      formError={formError}
      submitLabel={isEdit ? t('form.save') : t('form.create')}
      onClose={onClose}
    >
      <FormField
        name="name"
        label={t('form.name')}
        isRequired
        hint={parsedName.success ? t('form.nameWritten', { token: placeholderToken(parsedName.data) }) : t('form.nameHint')}
      >
        <Input
          {...register('name')}
          autoComplete="off"
          spellCheck={false}
          autoCapitalize="characters"
          className="font-mono"
          placeholder="VOICE_VLAN_IP"
          autoFocus
        />
      </FormField>
      <KindRadios register={register} />
      {kind === 'static' ? (
        <FormField name="value" label={t('form.value')} hint={t('form.valueHint')} isRequired>
          <Input {...register('value')} autoComplete="off" spellCheck={false} className="font-mono" />
        </FormField>
      ) : (
        <FormField
          name="interfaceId"
          label={t('form.interface')}
          isRequired
          hint={
            <>
              {interfaces?.length === 0 ? t('form.noInterfaces') : t('form.interfaceHint')}{' '}
              <Link href="/settings/pbx" className="font-medium text-brand-700 hover:underline">
                {t('form.manageInterfaces')}
              </Link>
            </>
          }
        >
          <Select {...register('interfaceId')}>
            <option value="">{t('form.pickInterface')}</option>
            {(interfaces ?? []).map((i) => (
              <option key={i.id} value={String(i.id)}>
                {i.vlanId === null
                  ? t('form.interfaceOption', { name: i.name, ip: i.ipv4Address })
                  : t('form.interfaceOptionVlan', { name: i.name, vlanId: i.vlanId, ip: i.ipv4Address })}
              </option>
            ))}
          </Select>
        </FormField>
      )}
      <FormField name="description" label={t('form.descriptionField')}>
        <Textarea {...register('description')} rows={2} />
      </FormField>
    </FormDialog>
  );
}
