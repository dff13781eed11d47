'use client';

import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { deleteDeviceModelAction, duplicateDeviceModelAction } from '@/lib/actions/device-models';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys, modelKeys, templateKeys } from '@/lib/query-keys';
import { DeleteDialogs } from './delete-dialogs';
import { DuplicateDialog } from './duplicate-dialog';

type ModelRef = { id: number; name: string; deviceCount: number };

/** "Duplicate" of a model (built-in or not): asks for the copy's name. */
export function DuplicateModelDialog({
  model,
  onClose,
  onDone,
}: {
  model: ModelRef;
  onClose: () => void;
  onDone: (copy: { id: number; name: string }) => void;
}) {
  const t = useT('models');
  const queryClient = useQueryClient();
  return (
    <DuplicateDialog
      ns="models"
      name={model.name}
      action={(name) => duplicateDeviceModelAction(model.id, { name })}
      onDone={async (copy) => {
        await Promise.all([modelKeys.all, templateKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        toast.success(t('duplicate.done', { name: copy.name }));
        onDone(copy);
      }}
      onClose={onClose}
    />
  );
}

/** Delete a custom model: confirmation, or the devices that block it. */
export function DeleteModelDialogs({ model, onClose, onDeleted }: { model: ModelRef; onClose: () => void; onDeleted: () => void | Promise<void> }) {
  const t = useT('models');
  const queryClient = useQueryClient();
  return (
    <DeleteDialogs
      ns="models"
      name={model.name}
      isInUse={model.deviceCount > 0}
      blockers={{ url: `/api/console/device-models/devices?modelId=${model.id}`, queryKey: modelKeys.devices(model.id) }}
      action={() => deleteDeviceModelAction(model.id)}
      onDeleted={async () => {
        await Promise.all([modelKeys.all, templateKeys.all, deviceKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        toast.success(t('delete.done', { name: model.name }));
        await onDeleted();
      }}
      onClose={onClose}
    />
  );
}
