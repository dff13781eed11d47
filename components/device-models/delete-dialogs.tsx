'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { toast } from 'sonner';
import { DeviceLinkList } from '@/components/devices/device-link-list';
import { DeleteDialog } from '@/components/ui/delete-dialog';
import type { ActionResult } from '@/lib/action-result';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import type { DeviceRef } from '@/db/queries/devices';

type DeleteDialogsProps = {
  /** Models and templates word these dialogs with the same `delete.*` and `blocked.*` keys in their own namespace. */
  ns: 'models' | 'templates';
  name: string;
  /** Known from the list: devices use it, so the blocked dialog opens straight away. */
  isInUse: boolean;
  /** Where the blocking devices are read from (a console GET route) and their query key. */
  blockers: { url: string; queryKey: readonly unknown[] };
  action: () => Promise<ActionResult>;
  onDeleted: () => void | Promise<void>;
  onClose: () => void;
};

/**
 * Deleting a model or a template: a confirmation, or — when devices use it (known from the list,
 * or reported by the server) — a dialog naming those devices instead.
 */
export function DeleteDialogs({ ns, name, isInUse, blockers, action, onDeleted, onClose }: DeleteDialogsProps) {
  const t = useT(ns);
  const [reported, setReported] = useState<DeviceRef[] | null>(null);
  const listed = useQuery({
    queryKey: blockers.queryKey,
    queryFn: ({ signal }) => fetchJson<DeviceRef[]>(blockers.url, signal),
    enabled: isInUse && reported === null,
  });
  const devices = reported ?? (isInUse ? listed.data : undefined);

  const confirm = async () => {
    const result = await action();
    if (result.ok) {
      await onDeleted();
      return;
    }
    const inUse = (result.details as { devices?: DeviceRef[] } | undefined)?.devices;
    if (inUse?.length) setReported(inUse);
    else toast.error(result.message);
  };

  const blockedBy = devices ? (
    <DeviceLinkList devices={devices} className="max-h-64 overflow-y-auto" />
  ) : (
    <p className="text-sm text-slate-500" aria-live="polite">
      {t('blocked.loading')}
    </p>
  );
  const blocked =
    isInUse || reported ? { title: t('blocked.title', { name }), description: t('blocked.description'), okLabel: t('blocked.ok'), children: blockedBy } : null;
  return (
    <DeleteDialog
      title={t('delete.title', { name })}
      description={t('delete.description')}
      confirmLabel={t('delete.confirm')}
      onConfirm={confirm}
      blocked={blocked}
      onClose={onClose}
    />
  );
}
