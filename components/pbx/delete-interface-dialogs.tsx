'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import { deleteNetworkInterfaceAction } from '@/lib/actions/pbx';
import { useT } from '@/lib/i18n/client';
import { networkInterfaceKeys } from '@/lib/query-keys';
import { placeholderToken } from '@/lib/validation/placeholder-form';
import type { NetworkInterfaceRow as NetworkInterface } from '@/db/queries/pbx';

/**
 * Deleting an interface: a confirmation, or — when dynamic placeholders read its address (known from the list, or
 * reported by the server) — a dialog naming them instead.
 */
export function DeleteInterfaceDialogs({ networkInterface, onClose }: { networkInterface: NetworkInterface; onClose: () => void }) {
  const t = useT('pbx');
  const queryClient = useQueryClient();
  const [blockers, setBlockers] = useState<string[]>(networkInterface.placeholders);
  const { name } = networkInterface;

  const confirm = async () => {
    const result = await deleteNetworkInterfaceAction(networkInterface.id);
    if (result.ok) {
      await queryClient.invalidateQueries({ queryKey: networkInterfaceKeys.all });
      toast.success(t('interfaces.deleted', { name }));
      onClose();
      return;
    }
    const placeholders = (result.details as { placeholders?: string[] } | undefined)?.placeholders;
    if (placeholders?.length) setBlockers(placeholders);
    else toast.error(result.message);
  };

  const blocked =
    blockers.length > 0
      ? {
          title: t('interfaces.blockedTitle', { name }),
          description: t('interfaces.blockedDescription', { count: blockers.length }),
          okLabel: t('interfaces.ok'),
          children: (
            <div className="flex flex-col gap-2 text-sm">
              <ul aria-label={t('interfaces.blockedBy')} className="flex flex-wrap gap-x-3 gap-y-1 rounded-md bg-slate-50 p-3 ring-1 ring-slate-200">
                {blockers.map((placeholder) => (
                  <li key={placeholder} className="font-mono text-xs text-slate-800">
                    {placeholderToken(placeholder)}
                  </li>
                ))}
              </ul>
              <p className="text-slate-600">{t('interfaces.blockedHint')}</p>
            </div>
          ),
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
