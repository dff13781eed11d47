'use client';

import { type ReactNode, useTransition } from 'react';
import { ConfirmDialog } from './confirm-dialog';
import { NoticeDialog } from './notice-dialog';

type DeleteDialogProps = {
  title: ReactNode;
  description?: ReactNode;
  confirmLabel: ReactNode;
  /** Runs in a transition: the confirm button shows it is pending until it settles. */
  onConfirm: () => Promise<void>;
  /** Set when the item is in use: a notice says why it cannot be deleted instead of the confirmation. */
  blocked?: { title: ReactNode; description?: ReactNode; okLabel: ReactNode; children?: ReactNode } | null;
  onClose: () => void;
};

/** Deleting one item: "are you sure?", or — when something still uses it — the notice naming what. */
export function DeleteDialog({ title, description, confirmLabel, onConfirm, blocked, onClose }: DeleteDialogProps) {
  const [isPending, startTransition] = useTransition();
  if (blocked) {
    return (
      <NoticeDialog title={blocked.title} description={blocked.description} okLabel={blocked.okLabel} onClose={onClose}>
        {blocked.children}
      </NoticeDialog>
    );
  }
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={title}
      description={description}
      confirmLabel={confirmLabel}
      onConfirm={() => startTransition(onConfirm)}
      isPending={isPending}
    />
  );
}
