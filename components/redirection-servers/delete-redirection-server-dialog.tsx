'use client';

import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import { deleteRedirectionServerAction } from '@/lib/actions/redirection-servers';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';

export function DeleteRedirectionServerDialog({ server, onClose }: { server: RedirectionServerRow; onClose: () => void }) {
  const t = useT('redirection');
  const queryClient = useQueryClient();
  const confirm = async () => {
    const result = await deleteRedirectionServerAction(server.id);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: redirectionServerKeys.all });
    toast.success(t('delete.done', { name: server.name }));
    onClose();
  };
  return (
    <DeleteDialog
      title={t('delete.title', { name: server.name })}
      description={t('delete.description', { brand: t(`brands.${server.brand}`) })}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
