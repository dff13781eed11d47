'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import { deleteNetworkInterfaceAction } from '@/lib/actions/pbx';
import { useT } from '@/lib/i18n/client';
import { networkInterfaceKeys } from '@/lib/query-keys';
import type { NetworkInterfaceRow as NetworkInterface } from '@/db/queries/pbx';

/** Confirm, then delete; when placeholders use the interface, explain which ones instead. */
export function DeleteInterfaceDialogs({ networkInterface, onClose }: { networkInterface: NetworkInterface; onClose: () => void }) {
  const t = useT('pbx');
  const queryClient = useQueryClient();
  const [blockedMessage, setBlockedMessage] = useState<string | null>(null);
  const { name } = networkInterface;

  const confirm = async () => {
    const result = await deleteNetworkInterfaceAction(networkInterface.id);
    if (result.ok) {
      await queryClient.invalidateQueries({ queryKey: networkInterfaceKeys.all });
      toast.success(t('interfaces.deleted', { name }));
      onClose();
    } else if (result.status === 409) setBlockedMessage(result.message);
    else toast.error(result.message);
  };

  const blocked = blockedMessage
    ? {
        title: t('interfaces.blockedTitle', { name }),
        description: blockedMessage,
        okLabel: t('interfaces.ok'),
        children: <p className="text-sm text-slate-600">{t('interfaces.blockedHint')}</p>,
      }
    : null;
  return (
    <DeleteDialog
      title={t('interfaces.deleteTitle', { name })}
      description={t('interfaces.deleteDescription')}
      confirmLabel={t('interfaces.deleteConfirm')}
      onConfirm={confirm}
      blocked={blocked}
      onClose={onClose}
    />
  );
}
