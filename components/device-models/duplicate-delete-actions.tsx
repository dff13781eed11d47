'use client';

import { useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';

type DuplicateDeleteActionsProps = {
  /** Models and templates name these actions with the same keys in their own namespace. */
  ns: 'models' | 'templates';
  item: { name: string; isBuiltIn: boolean };
  onDuplicate: () => void;
  onDelete: () => void;
};

/** A model's or template's row buttons: Delete (custom ones only) and Duplicate; none for a viewer. */
export function DuplicateDeleteActions({ ns, item, onDuplicate, onDelete }: DuplicateDeleteActionsProps) {
  const t = useT(ns);
  if (!useCanWrite()) return null;
  return (
    <span className="flex flex-wrap justify-end gap-1">
      {!item.isBuiltIn && (
        <Button
          size="sm"
          variant="ghost"
          className="text-red-700! hover:bg-red-50 hover:text-red-800!"
          onClick={onDelete}
          aria-label={t('actions.deleteNamed', { name: item.name })}
        >
          {t('actions.delete')}
        </Button>
      )}
      <Button size="sm" variant="ghost" onClick={onDuplicate} aria-label={t('actions.duplicateNamed', { name: item.name })}>
        {t('actions.duplicate')}
      </Button>
    </span>
  );
}
