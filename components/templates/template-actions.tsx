'use client';

import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { DuplicateDeleteButtons } from '@/components/device-models/duplicate-delete-buttons';
import { DeleteTemplateDialogs, DuplicateTemplateDialog } from './template-dialogs';

type TemplateActionsProps = { template: { id: number; name: string; isBuiltIn: boolean; deviceCount: number } };

/** The editor page's header actions: Duplicate always, Delete for custom templates. */
export function TemplateActions({ template }: TemplateActionsProps) {
  const router = useRouter();
  return (
    <DuplicateDeleteButtons
      ns="templates"
      isBuiltIn={template.isBuiltIn}
      duplicateDialog={(onClose) => (
        <DuplicateTemplateDialog template={template} onClose={onClose} onDone={(copy) => router.push(`/templates/${copy.id}` as Route)} />
      )}
      deleteDialog={(onClose) => <DeleteTemplateDialogs template={template} onClose={onClose} onDeleted={() => router.push('/templates')} />}
    />
  );
}
