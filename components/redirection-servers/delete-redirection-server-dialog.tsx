'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { Checkbox } from '@/components/ui/checkbox';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deleteRedirectionServerAction } from '@/lib/actions/redirection-servers';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';

/**
 * Deleting a server, optionally removing its phones at the vendor first: left there, the vendor
 * keeps sending them to this console. The description says which of the two will happen.
 */
export function DeleteRedirectionServerDialog({ server, onClose }: { server: RedirectionServerRow; onClose: () => void }) {
  const t = useT('redirection');
  const queryClient = useQueryClient();
  const [shouldDeregister, setShouldDeregister] = useState(false);
  const [isPending, startTransition] = useTransition();
  const brand = t(`brands.${server.brand}`);
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteRedirectionServerAction(server.id, { deregister: shouldDeregister });
      if (!result.ok) {
        if (result.status === 401) window.location.assign('/login');
        else toast.error(result.message);
        return;
      }
      await queryClient.invalidateQueries({ queryKey: redirectionServerKeys.all });
      toast.success(t(shouldDeregister ? 'delete.doneDeregister' : 'delete.done', { name: server.name }));
      onClose();
    });
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('delete.title', { name: server.name })}
      description={t(shouldDeregister ? 'delete.descriptionDeregister' : 'delete.description', { brand })}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      isPending={isPending}
    >
      <Checkbox
        checked={shouldDeregister}
        onChange={(e) => setShouldDeregister(e.target.checked)}
        disabled={isPending}
        label={t('delete.deregister', { brand })}
        hint={t('delete.deregisterHint')}
      />
    </ConfirmDialog>
  );
}
