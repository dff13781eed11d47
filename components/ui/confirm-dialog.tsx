'use client';

import type { ReactNode } from 'react';
import { useT } from '@/lib/i18n/client';
import { Button } from './button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from './dialog';

type ConfirmDialogProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  onConfirm: () => void;
  isPending?: boolean;
  children?: ReactNode;
};

/** "Are you sure?" for destructive actions; Cancel has the initial focus. */
export function ConfirmDialog({ open, onOpenChange, title, description, confirmLabel, onConfirm, isPending, children }: ConfirmDialogProps) {
  const t = useT();
  return (
    <Dialog open={open} onOpenChange={onOpenChange}>
      <DialogContent role="alertdialog" title={title} description={description}>
        {children}
        <DialogFooter>
          <DialogClose asChild>
            <Button autoFocus>{t('ui.cancel')}</Button>
          </DialogClose>
          <Button variant="danger" onClick={onConfirm} isPending={isPending}>
            {confirmLabel}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
