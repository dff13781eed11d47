'use client';

import { useQueryClient } from '@tanstack/react-query';
import { toast } from 'sonner';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import { dismissUnknownDeviceAction } from '@/lib/actions/unknown-devices';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { dashboardKeys, unknownDeviceKeys } from '@/lib/query-keys';
import type { UnknownDeviceRow } from '@/db/queries/unknown-devices';

export function DismissUnknownDeviceDialog({ device, onClose }: { device: UnknownDeviceRow; onClose: () => void }) {
  const t = useT('unknown');
  const queryClient = useQueryClient();
  const mac = formatMac(device.mac, 'colon-upper');
  const confirm = async () => {
    const result = await dismissUnknownDeviceAction(device.id);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    await Promise.all([unknownDeviceKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    toast.success(t('dismiss.done', { mac }));
    onClose();
  };
  return (
    <DeleteDialog
      title={t('dismiss.title', { mac })}
      description={t('dismiss.description')}
      confirmLabel={t('dismiss.confirm')}
      onConfirm={confirm}
      onClose={onClose}
    />
  );
}
