'use client';

import type { Route } from 'next';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { Button } from '@/components/ui/button';
import { useT } from '@/lib/i18n/client';
import { DeleteModelDialogs, DuplicateModelDialog } from './model-dialogs';

type ModelActionsProps = { model: { id: number; name: string; isBuiltIn: boolean; deviceCount: number } };

/** The model page's header actions: Duplicate always, Delete for custom models. */
export function ModelActions({ model }: ModelActionsProps) {
  const t = useT('models');
  const router = useRouter();
  const [dialog, setDialog] = useState<'duplicate' | 'delete' | null>(null);
  return (
    <>
      <Button variant={model.isBuiltIn ? 'primary' : 'secondary'} onClick={() => setDialog('duplicate')}>
        {t('actions.duplicate')}
      </Button>
      {!model.isBuiltIn && (
        <Button variant="danger" onClick={() => setDialog('delete')}>
          {t('actions.delete')}
        </Button>
      )}
      {dialog === 'duplicate' && <DuplicateModelDialog model={model} onClose={() => setDialog(null)} onDone={(copy) => router.push(`/device-models/${copy.id}` as Route)} />}
      {dialog === 'delete' && <DeleteModelDialogs model={model} onClose={() => setDialog(null)} onDeleted={() => router.push('/device-models')} />}
    </>
  );
}
