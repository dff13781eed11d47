'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import { deletePlaceholderAction, type PlaceholderBlockers } from '@/lib/actions/placeholders';
import { useT } from '@/lib/i18n/client';
import { networkInterfaceKeys, placeholderKeys } from '@/lib/query-keys';
import { placeholderToken } from '@/lib/validation/placeholder-form';
import { PlaceholderUsers } from './placeholder-users';
import type { PlaceholderRow } from '@/db/queries/placeholders';

/**
 * Deleting a placeholder: a confirmation, or — when templates or models use it (known from the
 * list, or reported by the server) — a dialog naming them instead.
 */
export function DeletePlaceholderDialogs({ placeholder, onClose }: { placeholder: PlaceholderRow; onClose: () => void }) {
  const t = useT('placeholders');
  const queryClient = useQueryClient();
  const [blockers, setBlockers] = useState<PlaceholderBlockers>({ templates: placeholder.templates, models: placeholder.models });
  const token = placeholderToken(placeholder.name);

  const confirm = async () => {
    const result = await deletePlaceholderAction(placeholder.id);
    if (result.ok) {
      await Promise.all([placeholderKeys.all, networkInterfaceKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      toast.success(t('delete.done', { token }));
      onClose();
      return;
    }
    const details = result.details as PlaceholderBlockers | undefined;
    if (details && details.templates.length + details.models.length > 0) setBlockers(details);
    else toast.error(result.message);
  };

  const blockedBy = (
    <div className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
      <PlaceholderUsers templates={blockers.templates} models={blockers.models} />
    </div>
  );
  const isBlocked = blockers.templates.length + blockers.models.length > 0;
  const blocked = isBlocked
    ? { title: t('blocked.title', { token }), description: t('blocked.description'), okLabel: t('blocked.ok'), children: blockedBy }
    : null;
  return (
    <DeleteDialog
      title={t('delete.title', { token })}
      description={t('delete.description')}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      blocked={blocked}
      onClose={onClose}
    />
  );
}
