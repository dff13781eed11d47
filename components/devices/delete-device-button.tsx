'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { deleteDeviceAction } from '@/lib/actions/devices';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys } from '@/lib/query-keys';

export function DeleteDeviceButton({ deviceId, mac }: { deviceId: number; mac: string }) {
  const t = useT('devices');
  const router = useRouter();
  const queryClient = useQueryClient();
  const [open, setOpen] = useState(false);
  const [isPending, startTransition] = useTransition();
  const canWrite = useCanWrite();
  const confirm = () =>
    startTransition(async () => {
      const result = await deleteDeviceAction(deviceId);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      setOpen(false);
      await queryClient.invalidateQueries({ queryKey: deviceKeys.all });
      await queryClient.invalidateQueries({ queryKey: dashboardKeys.all });
      toast.success(t('delete.done', { mac }));
      router.push('/devices');
    });
  if (!canWrite) return null;
  return (
    <>
      <Button variant="danger" onClick={() => setOpen(true)}>
        {t('delete.button')}
      </Button>
      <ConfirmDialog
        open={open}
        onOpenChange={setOpen}
        title={t('delete.title', { mac })}
        description={t('delete.description')}
        confirmLabel={t('delete.confirm')}
        onConfirm={confirm}
        isPending={isPending}
      />
    </>
  );
}
