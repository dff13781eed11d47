'use client';

import { useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import Link from 'next/link';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { NoticeDialog } from '@/components/ui/notice-dialog';
import { type AccountBlocker, deleteAccountAction } from '@/lib/actions/accounts';
import type { AccountRow } from '@/lib/console/account-list';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { accountKeys, dashboardKeys } from '@/lib/query-keys';

/**
 * Deleting an account: a confirmation, or — when device lines use it (known from the list, or
 * reported by the server) — a dialog naming those devices instead.
 */
export function DeleteAccountDialogs({ account, onClose }: { account: AccountRow; onClose: () => void }) {
  const t = useT('accounts');
  const queryClient = useQueryClient();
  const [blockers, setBlockers] = useState<AccountBlocker[]>(account.devices);
  const [isPending, startTransition] = useTransition();
  const extension = account.extension;

  const confirm = () =>
    startTransition(async () => {
      const result = await deleteAccountAction(account.id);
      if (result.ok) {
        await Promise.all([accountKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        toast.success(t('delete.done', { extension }));
        onClose();
        return;
      }
      const devices = (result.details as { devices?: AccountBlocker[] } | undefined)?.devices;
      if (devices?.length) setBlockers(devices);
      else toast.error(result.message);
    });

  if (blockers.length > 0) {
    return (
      <NoticeDialog title={t('blocked.title', { extension })} description={t('blocked.description')} okLabel={t('blocked.ok')} onClose={onClose}>
        <ul className="flex flex-col gap-1 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
          {blockers.map((d) => (
            <li key={d.id}>
              <Link href={`/devices/${d.id}` as Route} className="font-mono font-medium text-brand-700 hover:underline">
                {formatMac(d.mac, 'colon-upper')}
              </Link>
              {d.label && <span className="ml-2 text-slate-600">{d.label}</span>}
            </li>
          ))}
        </ul>
      </NoticeDialog>
    );
  }
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('delete.title', { extension })}
      description={t('delete.description')}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      isPending={isPending}
    />
  );
}
