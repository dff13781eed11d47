'use client';

import { useCallback, useEffect, useState } from 'react';
import type { ActionFailure } from '@/lib/action-result';
import { reconcileRedirectionServerAction } from '@/lib/actions/redirection-servers';
import type { ReconcileRow } from '@/lib/domain/redirection-servers';

/** `failure` is null when the action itself broke (no answer at all). */
export type ReconcileState =
  { status: 'loading' } | { status: 'failed'; failure: ActionFailure | null } | { status: 'ready'; rows: ReconcileRow[]; isRefreshing: boolean };

async function fetchReconcile(serverId: number): Promise<ReconcileState> {
  try {
    const result = await reconcileRedirectionServerAction(serverId);
    if (result.ok) return { status: 'ready', rows: result.data, isRefreshing: false };
    if (result.status === 401) window.location.assign('/login');
    return { status: 'failed', failure: result };
  } catch {
    return { status: 'failed', failure: null };
  }
}

/**
 * Compares the vendor's list with ours when the dialog opens. `reload` asks again: from scratch
 * after a failure, keeping the rows on screen (marked busy) after a fix.
 */
export function useReconcile(serverId: number) {
  const [state, setState] = useState<ReconcileState>({ status: 'loading' });
  useEffect(() => {
    let isCurrent = true;
    void fetchReconcile(serverId).then((next) => isCurrent && setState(next));
    return () => {
      isCurrent = false;
    };
  }, [serverId]);
  const reload = useCallback(async () => {
    setState((current) => (current.status === 'ready' ? { ...current, isRefreshing: true } : { status: 'loading' }));
    setState(await fetchReconcile(serverId));
  }, [serverId]);
  return { state, reload };
}
