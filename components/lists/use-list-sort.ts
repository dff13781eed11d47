'use client';

import { type Dispatch, type SetStateAction, useCallback } from 'react';
import type { TableSort } from '@/components/ui/sortable-th';
import { nextSort, resolveSort, type SortParams, type SortSpec } from '@/lib/validation/list-params';

/**
 * The sort of a server-paged list (see usePagedList) for its sortable headings: `sort`/`dir` in the list's params,
 * so the URL keeps them; a new order starts again at the first page.
 */
export function useListSort<C extends string, P extends SortParams<C> & { page: number }>(
  spec: SortSpec<C>,
  params: P,
  setParams: Dispatch<SetStateAction<P>>,
): TableSort {
  const { column, dir } = resolveSort(spec, params);
  const onSort = useCallback(
    (next: string) => {
      if (next in spec.columns) setParams((p) => ({ ...p, ...nextSort(spec, p, next as C), page: 1 }));
    },
    [spec, setParams],
  );
  return { column, dir, onSort };
}
