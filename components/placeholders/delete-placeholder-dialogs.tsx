'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { deletePlaceholderAction, type PlaceholderBlockers } from '@/lib/actions/placeholders';
import type { PlaceholderRow } from '@/lib/console/placeholder-list';
import { useT } from '@/lib/i18n/client';
import { placeholderKeys } from '@/lib/query-keys';
import { placeholderToken } from '@/lib/validation/placeholder-form';
import { PlaceholderUsers } from './placeholder-users';

/**
 * Deleting a placeholder: a confirmation, or — when templates or models use it (known from the
 * list, or reported by the server) — a dialog naming them instead.
 */
export function DeletePlaceholderDialogs({ placeholder, onClose }: { placeholder: PlaceholderRow; onClose: () => void }) {
  const t = useT('placeholders');
  const queryClient = useQueryClient();
  const [blockers, setBlockers] = useState<PlaceholderBlockers>({ templates: placeholder.templates, models: placeholder.models });
  const [isPending, startTransition] = useTransition();
  const token = placeholderToken(placeholder.name);

  const confirm = () =>
    startTransition(async () => {
      const result = await deletePlaceholderAction(placeholder.id);
      if (result.ok) {
        await queryClient.invalidateQueries({ queryKey: placeholderKeys.all });
        toast.success(t('delete.done', { token }));
        onClose();
        return;
      }
      const details = result.details as PlaceholderBlockers | undefined;
      if (details && details.templates.length + details.models.length > 0) setBlockers(details);
      else toast.error(result.message);
    });

  if (blockers.templates.length + blockers.models.length > 0) {
    return (
      <Dialog open onOpenChange={(open) => !open && onClose()}>
        <DialogContent role="alertdialog" title={t('blocked.title', { token })} description={t('blocked.description')}>
          <div className="rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
            <PlaceholderUsers templates={blockers.templates} models={blockers.models} />
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="primary" autoFocus>
                {t('blocked.ok')}
              </Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={t('delete.title', { token })}
      description={t('delete.description')}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      isPending={isPending}
    />
  );
}
