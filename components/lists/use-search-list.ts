'use client';

import { useEffect, useState } from 'react';
import { SEARCH_DEBOUNCE_MS, useDebouncedValue } from '@/components/forms/use-debounced-value';
import type { SearchPageParams } from '@/lib/validation/list-params';
import { type PagedListOptions, usePagedList } from './use-paged-list';

/**
 * A paged list filtered by one search box: the typed text (`q`) drives the list's `q` param once
 * it stops changing, and a new term goes back to the first page.
 */
export function useSearchList<P extends SearchPageParams, T>(options: PagedListOptions<P, T>) {
  const list = usePagedList(options);
  const [q, setQ] = useState(options.initialParams.q ?? '');
  const term = useDebouncedValue(q.trim(), SEARCH_DEBOUNCE_MS);
  const { setParams } = list;

  useEffect(() => setParams((p) => ((p.q ?? '') === term ? p : { ...p, q: term || undefined, page: 1 })), [term, setParams]);

  return { ...list, q, setQ };
}

export type SearchList = ReturnType<typeof useSearchList<SearchPageParams, { total: number; page: number; pageSize: number }>>;
