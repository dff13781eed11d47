'use client';

import { useQuery } from '@tanstack/react-query';
import type { Route } from 'next';
import Link from 'next/link';
import { type ReactNode, useState, useTransition } from 'react';
import { toast } from 'sonner';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import type { ActionResult } from '@/lib/action-result';
import type { DeviceRef } from '@/lib/console/model-list';
import { fetchJson } from '@/lib/fetch-json';
import { formatMac } from '@/lib/mac';

type DeleteDialogsProps = {
  /** Known from the list: devices use it, so the blocked dialog opens straight away. */
  isInUse: boolean;
  /** Where the blocking devices are read from (a console GET route) and their query key. */
  blockers: { url: string; queryKey: readonly unknown[] };
  action: () => Promise<ActionResult>;
  texts: { title: ReactNode; description: ReactNode; confirm: ReactNode; blockedTitle: ReactNode; blockedDescription: ReactNode; loading: ReactNode; ok: ReactNode };
  onDeleted: () => void | Promise<void>;
  onClose: () => void;
};

/**
 * Deleting a model or a template: a confirmation, or — when devices use it (known from the list,
 * or reported by the server) — a dialog naming those devices instead.
 */
export function DeleteDialogs({ isInUse, blockers, action, texts, onDeleted, onClose }: DeleteDialogsProps) {
  const [reported, setReported] = useState<DeviceRef[] | null>(null);
  const [isPending, startTransition] = useTransition();
  const listed = useQuery({ queryKey: blockers.queryKey, queryFn: ({ signal }) => fetchJson<DeviceRef[]>(blockers.url, signal), enabled: isInUse && reported === null });
  const devices = reported ?? (isInUse ? listed.data : undefined);

  const confirm = () =>
    startTransition(async () => {
      const result = await action();
      if (result.ok) {
        await onDeleted();
        return;
      }
      const inUse = (result.details as { devices?: DeviceRef[] } | undefined)?.devices;
      if (inUse?.length) setReported(inUse);
      else toast.error(result.message);
    });

  if (isInUse || reported) {
    return (
      <Dialog open onOpenChange={(open) => !open && onClose()}>
        <DialogContent role="alertdialog" title={texts.blockedTitle} description={texts.blockedDescription}>
          {devices ? (
            <ul className="flex max-h-64 flex-col gap-1 overflow-y-auto rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200">
              {devices.map((d) => (
                <li key={d.id}>
                  <Link href={`/devices/${d.id}` as Route} className="font-mono font-medium text-brand-700 hover:underline">
                    {formatMac(d.mac, 'colon-upper')}
                  </Link>
                  {d.label && <span className="ml-2 text-slate-600">{d.label}</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-slate-500" aria-live="polite">
              {texts.loading}
            </p>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="primary" autoFocus>
                {texts.ok}
              </Button>
            </DialogClose>
          </DialogFooter>
        </DialogContent>
      </Dialog>
    );
  }
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => !open && onClose()}
      title={texts.title}
      description={texts.description}
      confirmLabel={texts.confirm}
      onConfirm={confirm}
      isPending={isPending}
    />
  );
}
