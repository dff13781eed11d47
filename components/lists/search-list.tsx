'use client';

import type { ReactNode } from 'react';
import { EmptyState } from '@/components/ui/empty-state';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { Pagination } from '@/components/ui/pagination';
import { useT } from '@/lib/i18n/client';
import type { SearchList as SearchListState } from './use-search-list';

type SearchListProps = {
  list: SearchListState;
  /** The namespace holding the list's texts: search, searchPlaceholder and empty.(filtered)title/description. */
  ns: 'accounts' | 'files' | 'unknown';
  /** The table of the current page. */
  children: ReactNode;
};

/** A search box over a server-paged table: the empty state (filtered or not), or the table and its paging. */
export function SearchList({ list, ns, children }: SearchListProps) {
  const t = useT(ns);
  const { q, setQ, params, setParams, page, isFetching } = list;
  return (
    <div className="flex flex-col gap-4">
      <div role="search" className="max-w-md">
        <Field label={t('search')}>
          <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('searchPlaceholder')} />
        </Field>
      </div>
      {page.total === 0 ? (
        <EmptyState
          title={params.q ? t('empty.filteredTitle') : t('empty.title')}
          description={params.q ? t('empty.filteredDescription') : t('empty.description')}
        />
      ) : (
        <div>
          {children}
          <Pagination
            page={page.page}
            pageSize={page.pageSize}
            total={page.total}
            isFetching={isFetching}
            onPageChange={(p) => setParams({ ...params, page: p })}
            onPageSizeChange={(size) => setParams({ ...params, pageSize: size, page: 1 })}
          />
        </div>
      )}
    </div>
  );
}
