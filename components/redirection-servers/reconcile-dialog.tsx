'use client';

import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { toast } from 'sonner';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { Dialog, DialogClose, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { fixReconcileRowsAction } from '@/lib/actions/redirection-servers';
import { formatNumber } from '@/lib/format';
import { useLanguage, useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import { type ApiDefaults, effectiveApiUrl } from './api-defaults';
import { ReconcileTable } from './reconcile-table';
import { useReconcile } from './use-reconcile';
import { useVendorErrorText, vendorErrorOf } from './vendor-error';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';
import type { ReconcileRow } from '@/lib/domain/redirection-servers';

type ReconcileDialogProps = { server: RedirectionServerRow; apiDefaults: ApiDefaults; onClose: () => void };

/** What differs between the vendor and this console for one server, with a fix per row and for all. */
export function ReconcileDialog({ server, apiDefaults, onClose }: ReconcileDialogProps) {
  const t = useT('redirection');
  const lng = useLanguage();
  const queryClient = useQueryClient();
  const vendorErrorText = useVendorErrorText();
  const { state, reload } = useReconcile(server.id);
  const [fixing, setFixing] = useState<string | null>(null);
  const brand = t(`brands.${server.brand}`);

  const fix = async (rows: ReconcileRow[], key: string) => {
    setFixing(key);
    try {
      const result = await fixReconcileRowsAction(
        server.id,
        rows.map(({ mac, issue }) => ({ mac, issue })),
      );
      if (!result.ok) {
        if (result.status === 401) window.location.assign('/login');
        else toast.error(result.message);
        return;
      }
      const { count } = result.data;
      toast.success(t('reconcile.queued', { count, formatted: formatNumber(count, lng) }));
      await queryClient.invalidateQueries({ queryKey: redirectionServerKeys.all });
      await reload();
    } catch {
      toast.error(t('common:ui.unexpectedError'));
    } finally {
      setFixing(null);
    }
  };

  let body: ReactNode;
  if (state.status === 'loading') {
    body = (
      <p role="status" className="flex items-center gap-2 text-sm text-slate-600">
        <span aria-hidden className="h-3.5 w-3.5 animate-spin rounded-full border-2 border-current border-r-transparent" />
        {t('reconcile.loading')}
      </p>
    );
  } else if (state.status === 'failed') {
    const vendorError = vendorErrorOf(state.failure?.details);
    const text = vendorError
      ? vendorErrorText(vendorError, { name: server.name, brand: server.brand, url: effectiveApiUrl(apiDefaults, server) })
      : { message: state.failure?.message ?? t('common:ui.unexpectedError'), detail: '' };
    body = (
      <Alert title={t('reconcile.failed')}>
        <p>{text.message}</p>
        {text.detail && <p className="mt-1 break-words">{text.detail}</p>}
      </Alert>
    );
  } else if (state.rows.length === 0) {
    body = (
      <Alert tone="success" title={t('reconcile.empty')}>
        {t('reconcile.emptyDetail')}
      </Alert>
    );
  } else {
    body = <ReconcileTable rows={state.rows} isFetching={state.isRefreshing} fixing={fixing} onFix={(row) => fix([row], row.mac)} />;
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent title={t('reconcile.title', { name: server.name })} description={t('reconcile.description', { brand })} className="max-w-2xl">
        {body}
        <DialogFooter>
          <DialogClose asChild>
            <Button>{t('common:ui.close')}</Button>
          </DialogClose>
          {state.status === 'failed' && (
            <Button variant="primary" onClick={() => void reload()}>
              {t('reconcile.retry')}
            </Button>
          )}
          {state.status === 'ready' && state.rows.length > 0 && (
            <Button variant="primary" isPending={fixing === ALL} disabled={fixing !== null || state.isRefreshing} onClick={() => void fix(state.rows, ALL)}>
              {t('reconcile.fixAll')}
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}

/** The `fixing` key of "Fix all" (a row's key is its MAC, which never has this shape). */
const ALL = '*';
