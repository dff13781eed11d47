'use client';

import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { DuplicateDeleteButtons } from './duplicate-delete-buttons';
import { DeleteModelDialogs, DuplicateModelDialog } from './model-dialogs';

type ModelActionsProps = { model: { id: number; name: string; isBuiltIn: boolean; deviceCount: number } };

/** The model page's header actions: Duplicate always, Delete for custom models. */
export function ModelActions({ model }: ModelActionsProps) {
  const router = useRouter();
  return (
    <DuplicateDeleteButtons
      ns="models"
      isBuiltIn={model.isBuiltIn}
      duplicateDialog={(onClose) => (
        <DuplicateModelDialog model={model} onClose={onClose} onDone={(copy) => router.push(`/device-models/${copy.id}` as Route)} />
      )}
      deleteDialog={(onClose) => <DeleteModelDialogs model={model} onClose={onClose} onDeleted={() => router.push('/device-models')} />}
    />
  );
}
