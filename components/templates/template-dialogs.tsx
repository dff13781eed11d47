'use client';

import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { DeleteDialogs } from '@/components/device-models/delete-dialogs';
import { DuplicateDialog } from '@/components/device-models/duplicate-dialog';
import { deleteTemplateAction, duplicateTemplateAction } from '@/lib/actions/templates';
import { useT } from '@/lib/i18n/client';
import { modelKeys, templateKeys } from '@/lib/query-keys';

type TemplateRef = { id: number; name: string; deviceCount: number };

/** "Duplicate" of any template (the way to customise a built-in one): asks for the copy's name. */
export function DuplicateTemplateDialog({ template, onClose, onDone }: { template: TemplateRef; onClose: () => void; onDone: (copy: { id: number }) => void }) {
  const t = useT('templates');
  const queryClient = useQueryClient();
  return (
    <DuplicateDialog
      ns="templates"
      name={template.name}
      action={(name) => duplicateTemplateAction(template.id, { name })}
      onDone={async (copy, name) => {
        await Promise.all([templateKeys.all, modelKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        toast.success(t('duplicate.done', { name }));
        onDone(copy);
      }}
      onClose={onClose}
    />
  );
}

/** Delete a custom template: confirmation, or the devices that block it. */
export function DeleteTemplateDialogs({ template, onClose, onDeleted }: { template: TemplateRef; onClose: () => void; onDeleted: () => void | Promise<void> }) {
  const t = useT('templates');
  const queryClient = useQueryClient();
  return (
    <DeleteDialogs
      ns="templates"
      name={template.name}
      isInUse={template.deviceCount > 0}
      blockers={{ url: `/api/console/templates/devices?templateId=${template.id}`, queryKey: templateKeys.devices(template.id) }}
      action={() => deleteTemplateAction(template.id)}
      onDeleted={async () => {
        await Promise.all([templateKeys.all, modelKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        toast.success(t('delete.done', { name: template.name }));
        await onDeleted();
      }}
      onClose={onClose}
    />
  );
}
