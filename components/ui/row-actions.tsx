'use client';

import { useCanWrite } from '@/components/layout/console-context';
import { useT } from '@/lib/i18n/client';
import { Button } from './button';

type RowActionsProps = {
  /** Accessible names naming the row, e.g. "Edit account 201" (the visible text stays short). */
  editLabel: string;
  deleteLabel: string;
  onEdit: () => void;
  onDelete: () => void;
};

/** The Edit / Delete buttons at the end of a table row; none for a viewer. */
export function RowActions({ editLabel, deleteLabel, onEdit, onDelete }: RowActionsProps) {
  const t = useT();
  if (!useCanWrite()) return null;
  return (
    <span className="inline-flex flex-wrap justify-end gap-1">
      <Button size="sm" variant="ghost" onClick={onEdit} aria-label={editLabel}>
        {t('ui.edit')}
      </Button>
      <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={onDelete} aria-label={deleteLabel}>
        {t('ui.delete')}
      </Button>
    </span>
  );
}
