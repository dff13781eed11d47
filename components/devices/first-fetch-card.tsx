'use client';

import { useRouter } from 'next/navigation';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { DateTime, useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { armDeviceAction } from '@/lib/actions/devices';
import { useT } from '@/lib/i18n/client';

/** What db/queries/phone-access.ts firstFetchState tells (times in epoch ms). */
export type FirstFetchState = { windowHours: number; openUntil: number; isOpen: boolean; lastAddress: string | null };

/**
 * Phone access, first-fetch window: until when the device's file is served without credentials, and a button that opens
 * it again for the tenant's window (shown only when the tenant has one).
 */
export function FirstFetchCard({ deviceId, state }: { deviceId: number; state: FirstFetchState }) {
  const t = useT('devices');
  const router = useRouter();
  const canWrite = useCanWrite();
  const [isPending, startTransition] = useTransition();
  const arm = () =>
    startTransition(async () => {
      const result = await armDeviceAction(deviceId);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t('firstFetch.armed', { count: state.windowHours }));
      router.refresh();
    });
  return (
    <Card labelledBy="device-first-fetch">
      <CardHeader id="device-first-fetch" title={t('firstFetch.title')} />
      <CardBody className="flex flex-col gap-3 text-sm">
        <p data-testid="first-fetch-state">
          {state.isOpen ? (
            <>
              {t('firstFetch.openUntil')} <DateTime ms={state.openUntil} />
            </>
          ) : (
            t('firstFetch.closed')
          )}
        </p>
        {state.lastAddress && <p className="text-slate-500">{t('firstFetch.lastAddress', { address: state.lastAddress })}</p>}
        {canWrite && (
          <div className="flex flex-col gap-1">
            <div>
              <Button size="sm" isPending={isPending} onClick={arm}>
                {t('firstFetch.arm', { count: state.windowHours })}
              </Button>
            </div>
            <p className="text-xs text-slate-500">{t('firstFetch.armHint')}</p>
          </div>
        )}
      </CardBody>
    </Card>
  );
}
