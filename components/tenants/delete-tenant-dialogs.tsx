'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import { toast } from 'sonner';
import { FormDialog } from '@/components/forms/form-dialog';
import { FormField } from '@/components/forms/form-field';
import { useActionForm } from '@/components/forms/use-action-form';
import { useTenantChanged } from '@/components/layout/use-tenant-change';
import { Input } from '@/components/ui/input';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { deleteTenantAction } from '@/lib/actions/tenants';
import { useT } from '@/lib/i18n/client';
import { tenantDeleteSchema, type TenantDeleteValues } from '@/lib/validation/tenant-delete';
import type { TenantRow } from '@/db/queries/tenants';

/**
 * Deleting a tenant: a confirmation saying what goes with it and asking for its name, or — for the default tenant, which
 * always exists — an explanation instead. Deleting the tenant the console works on moves the
 * console back to the default tenant.
 */
export function DeleteTenantDialogs({ tenant, isCurrent, onClose }: { tenant: TenantRow; isCurrent: boolean; onClose: () => void }) {
  const t = useT('tenants');
  if (tenant.isDefault) {
    return (
      <NoticeDialog
        title={t('defaultUndeletable.title')}
        description={t('defaultUndeletable.description')}
        okLabel={t('defaultUndeletable.ok')}
        onClose={onClose}
      />
    );
  }

  return <ConfirmTenantDeletion tenant={tenant} isCurrent={isCurrent} onClose={onClose} />;
}

/**
 * The confirmation: what goes with the tenant (devices, files, accounts), and its name to type. The
 * server compares the typed name (a mismatch is shown under the field) before deleting anything.
 */
function ConfirmTenantDeletion({ tenant, isCurrent, onClose }: { tenant: TenantRow; isCurrent: boolean; onClose: () => void }) {
  const t = useT('tenants');
  const router = useRouter();
  const onTenantChanged = useTenantChanged();
  const name = tenant.name;
  const form = useForm<TenantDeleteValues>({ resolver: zodResolver(tenantDeleteSchema), defaultValues: { confirmName: '' } });
  const { submit, formError } = useActionForm(form, (values) => deleteTenantAction(tenant.id, values), {
    onSuccess: (result) => {
      onClose();
      if (result.wasSelected || isCurrent) {
        onTenantChanged();
        toast.success(t('delete.fellBack', { name }));
      } else {
        router.refresh();
        toast.success(t('delete.done', { name }));
      }
    },
  });

  return (
    <FormDialog
      form={form}
      title={t('delete.title', { name })}
      description={t('delete.description', { path: tenant.provisioningPath })}
      submit={submit}
      formError={formError}
      submitLabel={t('delete.confirm')}
      submitVariant="danger"
      onClose={onClose}
    >
      <ul className="list-disc pl-5 text-sm text-slate-700">
        <li>{t('delete.devices', { count: tenant.deviceCount })}</li>
        <li>{t('delete.files', { count: tenant.fileCount })}</li>
        <li>{t('delete.accounts', { count: tenant.accountCount })}</li>
        <li>{t('delete.rest')}</li>
      </ul>
      <FormField name="confirmName" label={t('delete.typeName', { name })} isRequired>
        <Input {...form.register('confirmName')} autoComplete="off" spellCheck={false} autoFocus />
      </FormField>
    </FormDialog>
  );
}
