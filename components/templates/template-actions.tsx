'use client';

import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';
import { DeleteTemplateDialogs, DuplicateTemplateDialog } from './template-dialogs';

type TemplateActionsProps = { template: { id: number; name: string; isBuiltIn: boolean; deviceCount: number } };

/** The editor page's header actions: Duplicate always, Delete for custom templates. */
export function TemplateActions({ template }: TemplateActionsProps) {
  const t = useT('templates');
  const router = useRouter();
  const [dialog, setDialog] = useState<'duplicate' | 'delete' | null>(null);
  return (
    <>
      <Button variant={template.isBuiltIn ? 'primary' : 'secondary'} onClick={() => setDialog('duplicate')}>
        {t('actions.duplicate')}
      </Button>
      {!template.isBuiltIn && (
        <Button variant="danger" onClick={() => setDialog('delete')}>
          {t('actions.delete')}
        </Button>
      )}
      {dialog === 'duplicate' && <DuplicateTemplateDialog template={template} onClose={() => setDialog(null)} onDone={(copy) => router.push(`/templates/${copy.id}` as Route)} />}
      {dialog === 'delete' && <DeleteTemplateDialogs template={template} onClose={() => setDialog(null)} onDeleted={() => router.push('/templates')} />}
    </>
  );
}
