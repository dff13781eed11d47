'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { useTenantChanged } from '@/components/layout/use-tenant-change';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { deleteTenantAction } from '@/lib/actions/tenants';
import { useT } from '@/lib/i18n/client';
import type { TenantRow } from '@/db/queries/tenants';

/**
 * Deleting a tenant: a confirmation naming what goes with it, or — for the default tenant, which
 * always exists — an explanation instead. Deleting the tenant the console works on moves the
 * console back to the default tenant.
 */
export function DeleteTenantDialogs({ tenant, isCurrent, onClose }: { tenant: TenantRow; isCurrent: boolean; onClose: () => void }) {
  const t = useT('tenants');
  const router = useRouter();
  const onTenantChanged = useTenantChanged();
  const [isPending, startTransition] = useTransition();
  const name = tenant.name;

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

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteTenantAction(tenant.id);
      if (!result.ok) {
        if (result.status === 401) window.location.assign('/login');
        else toast.error(result.message);
        return;
      }
      onClose();
      if (result.data.wasSelected || isCurrent) {
        onTenantChanged();
        toast.success(t('delete.fellBack', { name }));
      } else {
        router.refresh();
        toast.success(t('delete.done', { name }));
      }
    });

  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('delete.title', { name })}
      description={t('delete.description', { count: tenant.deviceCount, path: tenant.provisioningPath })}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      isPending={isPending}
    />
  );
}
