'use client';

import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { useCanWrite } from '@/components/layout/console-context';
import { ExportCsvDialog } from '@/components/lists/export-csv-dialog';
import { Button } from '@/components/ui/button';
import { type BulkPreviewResult, previewBulkDevicesAction } from '@/lib/actions/device-bulk';
import { useT } from '@/lib/i18n/client';
import type { BulkAction } from '@/lib/validation/device-bulk';
import { BulkChangeDialog, type BulkChangeKind } from './bulk-change-dialog';
import { BulkConfirmDialog } from './bulk-confirm-dialog';
import type { BulkSelection } from './bulk-selection';
import type { DeviceFormChoices } from '@/db/queries/device-models';

type BulkActionBarProps = { selection: BulkSelection; total: number; catalogue: DeviceFormChoices };

/**
 * Above the devices table while rows are picked: how many, "select all N matching this filter", and the bulk actions.
 * Every change goes through a confirmation that states the devices and files it changes; viewers only export.
 */
export function BulkActionBar({ selection, total, catalogue }: BulkActionBarProps) {
  const t = useT('devices');
  const canWrite = useCanWrite();
  const [form, setForm] = useState<BulkChangeKind | null>(null);
  const [confirm, setConfirm] = useState<{ action: BulkAction; preview: BulkPreviewResult } | null>(null);
  const [pending, setPending] = useState<BulkAction['type'] | null>(null);
  const [, startTransition] = useTransition();
  const { target, count } = selection;
  if (!target) return null;

  const preview = (action: BulkAction) => {
    setPending(action.type);
    startTransition(async () => {
      const result = await previewBulkDevicesAction({ target, action });
      setPending(null);
      if (result.ok) setConfirm({ action, preview: result.data });
      else if (result.status === 401) window.location.assign('/login');
      else toast.error(result.message);
    });
  };
  const simple = (type: 'enable' | 'disable' | 'delete') => (
    <Button
      size="sm"
      variant={type === 'delete' ? 'danger' : 'secondary'}
      isPending={pending === type}
      disabled={pending !== null}
      onClick={() => preview({ type })}
    >
      {t(`bulk.actions.${type}`)}
    </Button>
  );

  return (
    <div className="flex flex-col gap-2 rounded-lg bg-brand-50 px-4 py-3 text-sm ring-1 ring-inset ring-brand-200" role="region" aria-label={t('bulk.region')}>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1" aria-live="polite">
        <span className="font-medium text-brand-900">{selection.allMatching ? t('bulk.allMatchingSelected', { count }) : t('bulk.selected', { count })}</span>
        {!selection.allMatching && selection.isPageSelected && total > count && (
          <button type="button" className="font-medium text-brand-700 underline hover:text-brand-900" onClick={selection.selectAllMatching}>
            {t('bulk.selectAllMatching', { count: total })}
          </button>
        )}
        <button type="button" className="text-slate-600 underline hover:text-slate-900" onClick={selection.clear}>
          {t('bulk.clear')}
        </button>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {canWrite && (
          <>
            {simple('enable')}
            {simple('disable')}
            <Button size="sm" disabled={pending !== null} onClick={() => setForm('model')}>
              {t('bulk.actions.model')}
            </Button>
            <Button size="sm" disabled={pending !== null} onClick={() => setForm('setting')}>
              {t('bulk.actions.setting')}
            </Button>
            {simple('delete')}
          </>
        )}
        <ExportCsvDialog kind="devices" selection={{ ids: target.kind === 'ids' ? target.ids : null, count }} />
      </div>
      {form && (
        <BulkChangeDialog
          kind={form}
          target={target}
          count={count}
          catalogue={catalogue}
          onClose={() => setForm(null)}
          onPreview={(action, result) => {
            setForm(null);
            setConfirm({ action, preview: result });
          }}
        />
      )}
      {confirm && (
        <BulkConfirmDialog
          target={target}
          action={confirm.action}
          preview={confirm.preview}
          onClose={() => setConfirm(null)}
          onDone={() => {
            setConfirm(null);
            selection.clear();
          }}
        />
      )}
    </div>
  );
}
