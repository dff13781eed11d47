'use client';

import { keepPreviousData, type QueryKey, useQuery } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { fetchJson } from '@/lib/fetch-json';
import { toSearchParams } from '@/lib/validation/list-params';

type Params = { page: number } & Record<string, string | number | undefined>;
export type PagedListOptions<P extends Params, T> = {
  /** The page's own path, kept in sync with the filters so reload and back keep them. */
  pagePath: string;
  /** The GET route handler that answers the same filters with JSON. */
  apiPath: string;
  queryKey: (params: P) => QueryKey;
  initialParams: P;
  /** What the server rendered for `initialParams`: no fetch on first paint. */
  initialPage: T;
  /** Poll the current page, e.g. for rows that appear without any user action. */
  refetchInterval?: number;
};

const query = (params: Params) => toSearchParams(params).toString();

/**
 * A server-paged, filtered list: the first page comes from the RSC render, later ones from a
 * console GET route through React Query (previous page kept on screen while the next loads).
 */
export function usePagedList<P extends Params, T>({ pagePath, apiPath, queryKey, initialParams, initialPage, refetchInterval }: PagedListOptions<P, T>) {
  const [params, setParams] = useState(initialParams);
  const { data, isFetching } = useQuery({
    queryKey: queryKey(params),
    queryFn: ({ signal }) => fetchJson<T>(`${apiPath}?${query(params)}`, signal),
    initialData: query(params) === query(initialParams) ? initialPage : undefined,
    placeholderData: keepPreviousData,
    refetchInterval,
  });

  useEffect(() => {
    const qs = query(params);
    window.history.replaceState(null, '', qs ? `${pagePath}?${qs}` : pagePath);
  }, [params, pagePath]);

  return { params, setParams, page: data ?? initialPage, isFetching };
}
