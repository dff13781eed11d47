'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { DeviceLinkList } from '@/components/devices/device-link-list';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import type { DeviceRef } from '@/db/queries/devices';
import { deleteAccountAction } from '@/lib/actions/accounts';
import { useT } from '@/lib/i18n/client';
import { accountKeys, dashboardKeys } from '@/lib/query-keys';
import type { AccountRow } from '@/db/queries/accounts';

/**
 * Deleting an account: a confirmation, or — when device lines use it (known from the list, or
 * reported by the server) — a dialog naming those devices instead.
 */
export function DeleteAccountDialogs({ account, onClose }: { account: AccountRow; onClose: () => void }) {
  const t = useT('accounts');
  const queryClient = useQueryClient();
  const [blockers, setBlockers] = useState<DeviceRef[]>(account.devices);
  const extension = account.extension;

  const confirm = async () => {
    const result = await deleteAccountAction(account.id);
    if (result.ok) {
      await Promise.all([accountKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast.success(t('delete.done', { extension }));
      onClose();
      return;
    }
    const devices = (result.details as { devices?: DeviceRef[] } | undefined)?.devices;
    if (devices?.length) setBlockers(devices);
    else toast.error(result.message);
  };

  const blocked =
    blockers.length > 0
      ? {
          title: t('blocked.title', { extension }),
          description: t('blocked.description'),
          okLabel: t('blocked.ok'),
          children: <DeviceLinkList devices={blockers} />,
        }
      : null;
  return (
    <DeleteDialog
      title={t('delete.title', { extension })}
      description={t('delete.description')}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      blocked={blocked}
      onClose={onClose}
    />
  );
}
