'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { Input } from '@/components/ui/input';
import { createTenantAction, renameTenantAction } from '@/lib/actions/tenants';
import { useT } from '@/lib/i18n/client';
import { type TenantInput, tenantSchema } from '@/lib/validation/entities';
import type { TenantRow } from '@/db/queries/tenants';

/** Create (tenant = null) or rename a tenant. */
export function TenantDialog({ tenant, onClose }: { tenant: TenantRow | null; onClose: () => void }) {
  const t = useT('tenants');
  const router = useRouter();
  const isRename = tenant !== null;
  const form = useForm<TenantInput>({ resolver: zodResolver(tenantSchema), defaultValues: { name: tenant?.name ?? '' }, mode: 'onTouched' });
  const save = (values: TenantInput) => (isRename ? renameTenantAction(tenant.id, values) : createTenantAction(values));
  const { submit, formError } = useActionForm(form, save, {
    onSuccess: (data) => {
      toast.success(isRename ? t('renamed', { name: data.name }) : t('created', { name: data.name }));
      router.refresh();
      onClose();
    },
  });

  return (
    <FormDialog
      form={form}
      title={isRename ? t('form.renameTitle', { name: tenant.name }) : t('form.createTitle')}
      description={isRename ? undefined : t('form.createHint')}
      submit={submit}
      formError={formError}
      submitLabel={isRename ? t('form.save') : t('form.create')}
      onClose={onClose}
    >
      <FormField name="name" label={t('form.name')} hint={t('form.nameHint')} isRequired>
        <Input {...form.register('name')} autoComplete="off" autoFocus />
      </FormField>
    </FormDialog>
  );
}
