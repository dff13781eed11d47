'use client';

import { type ReactNode, useState } from 'react';
import { useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';

type DuplicateDeleteButtonsProps = {
  /** Models and templates name these buttons with the same `actions.*` keys in their own namespace. */
  ns: 'models' | 'templates';
  isBuiltIn: boolean;
  /** The dialogs the buttons open; each gets the callback that closes it. */
  duplicateDialog: (onClose: () => void) => ReactNode;
  deleteDialog: (onClose: () => void) => ReactNode;
};

/** A model's or template's page-header actions: Duplicate always (primary on built-ins), Delete for custom ones; none for a viewer. */
export function DuplicateDeleteButtons({ ns, isBuiltIn, duplicateDialog, deleteDialog }: DuplicateDeleteButtonsProps) {
  const t = useT(ns);
  const [dialog, setDialog] = useState<'duplicate' | 'delete' | null>(null);
  const close = () => setDialog(null);
  if (!useCanWrite()) return null;
  return (
    <>
      <Button variant={isBuiltIn ? 'primary' : 'secondary'} onClick={() => setDialog('duplicate')}>
        {t('actions.duplicate')}
      </Button>
      {!isBuiltIn && (
        <Button variant="danger" onClick={() => setDialog('delete')}>
          {t('actions.delete')}
        </Button>
      )}
      {dialog === 'duplicate' && duplicateDialog(close)}
      {dialog === 'delete' && deleteDialog(close)}
    </>
  );
}
