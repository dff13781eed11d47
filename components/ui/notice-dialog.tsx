'use client';

import type { ReactNode } from 'react';
import { Button } from './button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from './dialog';

type NoticeDialogProps = { title: ReactNode; description?: ReactNode; okLabel: ReactNode; onClose: () => void; children?: ReactNode };

/** An explanation the user acknowledges with one button, e.g. why something cannot be deleted. */
export function NoticeDialog({ title, description, okLabel, onClose, children }: NoticeDialogProps) {
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent role="alertdialog" title={title} description={description}>
        {children}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="primary" autoFocus>
              {okLabel}
            </Button>
          </DialogClose>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
