'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { applyBulkDevicesAction, type BulkPreviewResult } from '@/lib/actions/device-bulk';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys, fileKeys } from '@/lib/query-keys';
import type { BulkAction, BulkTarget } from '@/lib/validation/device-bulk';

type BulkConfirmDialogProps = { target: BulkTarget; action: BulkAction; preview: BulkPreviewResult; onDone: () => void; onClose: () => void };

/**
 * The confirmation of a bulk change: how many devices it targets and changes, how many files it creates, changes and
 * removes (from a preview that ran the same write and rolled it back), or why it is refused. Applying refreshes the
 * lists that show devices and files.
 */
export function BulkConfirmDialog({ target, action, preview, onDone, onClose }: BulkConfirmDialogProps) {
  const t = useT('devices');
  const queryClient = useQueryClient();
  const [isPending, startTransition] = useTransition();
  const { files } = preview;
  const fileCount = files.created + files.changed + files.removed;
  const isDelete = action.type === 'delete';
  const canApply = !preview.refusal && preview.affected > 0;

  const apply = () =>
    startTransition(async () => {
      const result = await applyBulkDevicesAction({ target, action });
      if (!result.ok) {
        if (result.status === 401) window.location.assign('/login');
        else toast.error(result.message);
        return;
      }
      await Promise.all([deviceKeys.all, fileKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      const changedFiles = result.data.files.created + result.data.files.changed + result.data.files.removed;
      toast.success(isDelete ? t('bulk.deleted', { count: result.data.affected }) : t('bulk.done', { count: result.data.affected, files: changedFiles }));
      onDone();
    });

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent role="alertdialog" title={t(`bulk.titles.${action.type}`)} description={t('bulk.confirm.targeted', { count: preview.targeted })}>
        <div className="flex flex-col gap-3 text-sm text-slate-700">
          {preview.refusal ? (
            <Alert title={t('bulk.confirm.refused')}>{preview.refusal.message}</Alert>
          ) : preview.affected === 0 ? (
            <Alert tone="info">{t('bulk.confirm.nothing')}</Alert>
          ) : (
            <>
              <p className="font-medium text-slate-900">
                {isDelete ? t('bulk.confirm.deletes', { count: preview.affected }) : t('bulk.confirm.affected', { count: preview.affected })}
              </p>
              <p className="font-medium text-slate-900">{t('bulk.confirm.files', { count: fileCount })}</p>
              <ul className="ml-4 list-disc text-slate-600">
                <li>{t('bulk.confirm.created', { count: files.created })}</li>
                <li>{t('bulk.confirm.changed', { count: files.changed })}</li>
                <li>{t('bulk.confirm.removed', { count: files.removed })}</li>
              </ul>
              {action.type === 'adminPassword' && action.policy === 'random' && <p className="text-slate-600">{t('bulk.confirm.randomPasswords')}</p>}
            </>
          )}
        </div>
        <DialogFooter>
          <DialogClose asChild>
            <Button autoFocus>{t('common:ui.cancel')}</Button>
          </DialogClose>
          <Button variant={isDelete ? 'danger' : 'primary'} onClick={apply} isPending={isPending} disabled={!canApply}>
            {isDelete ? t('bulk.confirm.delete', { count: preview.affected }) : t('bulk.confirm.apply', { count: preview.affected })}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
