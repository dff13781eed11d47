'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deleteRedirectionServerAction } from '@/lib/actions/redirection-servers';
import type { RedirectionServerRow } from '@/lib/console/redirection-list';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';

export function DeleteRedirectionServerDialog({ server, onClose }: { server: RedirectionServerRow; onClose: () => void }) {
  const t = useT('redirection');
  const queryClient = useQueryClient();
  const [isPending, startTransition] = useTransition();
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteRedirectionServerAction(server.id);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      await queryClient.invalidateQueries({ queryKey: redirectionServerKeys.all });
      toast.success(t('delete.done', { name: server.name }));
      onClose();
    });
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('delete.title', { name: server.name })}
      description={t('delete.description', { brand: t(`brands.${server.brand}`) })}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      isPending={isPending}
    />
  );
}
