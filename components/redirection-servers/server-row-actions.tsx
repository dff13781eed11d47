'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useTransition } from 'react';
import { toast } from 'sonner';
import { useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { RowActions } from '@/components/ui/row-actions';
import { testRedirectionServerAction } from '@/lib/actions/redirection-servers';
import { useT } from '@/lib/i18n/client';
import { redirectionServerKeys } from '@/lib/query-keys';
import { type ApiDefaults, effectiveApiUrl } from './api-defaults';
import { useVendorErrorText } from './vendor-error';
import type { RedirectionServerRow } from '@/db/queries/redirection-servers';

type ServerRowActionsProps = {
  server: RedirectionServerRow;
  apiDefaults: ApiDefaults;
  onEdit: () => void;
  onDelete: () => void;
  onReconcile: () => void;
};

/** Test connection, Reconcile, Edit, Delete: the buttons at the end of a server's row, each naming it; none for a viewer. */
export function ServerRowActions({ server, apiDefaults, onEdit, onDelete, onReconcile }: ServerRowActionsProps) {
  const t = useT('redirection');
  const testConnection = useTestConnection(server, apiDefaults);
  const [isTesting, startTesting] = useTransition();
  if (!useCanWrite()) return null;
  return (
    <span className="inline-flex flex-wrap justify-end gap-1">
      <Button
        size="sm"
        variant="ghost"
        isPending={isTesting}
        onClick={() => startTesting(testConnection)}
        aria-label={t('actions.testLabel', { name: server.name })}
      >
        {t('actions.test')}
      </Button>
      <Button size="sm" variant="ghost" onClick={onReconcile} aria-label={t('actions.reconcileLabel', { name: server.name })}>
        {t('actions.reconcile')}
      </Button>
      <RowActions editLabel={t('edit', { name: server.name })} deleteLabel={t('delete.button', { name: server.name })} onEdit={onEdit} onDelete={onDelete} />
    </span>
  );
}

/** Asks the vendor now and says what it answered: the servers (or Snom profiles) it lists, or why it refused. */
function useTestConnection(server: RedirectionServerRow, apiDefaults: ApiDefaults) {
  const t = useT('redirection');
  const vendorErrorText = useVendorErrorText();
  const queryClient = useQueryClient();
  return async () => {
    const result = await testRedirectionServerAction(server.id);
    if (!result.ok) {
      if (result.status === 401) window.location.assign('/login');
      else toast.error(result.message);
      return;
    }
    await queryClient.invalidateQueries({ queryKey: redirectionServerKeys.all });
    const test = result.data;
    if (!test.ok) {
      const { message, detail } = vendorErrorText(test, { name: server.name, brand: server.brand, url: effectiveApiUrl(apiDefaults, server) });
      toast.error(message, { description: detail || undefined, duration: 15_000 });
      return;
    }
    const what = server.brand === 'snom' ? 'Profiles' : 'Servers';
    const count = test.servers.length;
    toast.success(count === 0 ? t(`test.connectedNo${what}`) : t(`test.connected${what}`, { count, names: test.servers.join(', ') }));
  };
}
