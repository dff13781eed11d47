'use client';

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Route } from 'next';
import Link from 'next/link';
import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@/components/forms/use-debounced-value';
import { DateTime } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { FilePage } from '@/lib/console/file-list';
import { fetchJson } from '@/lib/fetch-json';
import { useLanguage, useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { fileKeys } from '@/lib/query-keys';
import { toSearchParams } from '@/lib/validation/list-params';
import type { SearchPageParams } from '@/lib/validation/search-page-params';
import { formatBytes } from './format-bytes';

const query = (params: SearchPageParams) => toSearchParams(params).toString();
const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

/** Every generated file of the tenant, searchable by name; the first page comes from the RSC render. */
export function FilesPanel({ initialParams, initialPage }: { initialParams: SearchPageParams; initialPage: FilePage }) {
  const t = useT('files');
  const lng = useLanguage();
  const [params, setParams] = useState(initialParams);
  const [q, setQ] = useState(initialParams.q ?? '');
  const term = useDebouncedValue(q.trim());

  useEffect(() => setParams((p) => ((p.q ?? '') === term ? p : { q: term || undefined, page: 1 })), [term]);
  useEffect(() => {
    const qs = query(params);
    window.history.replaceState(null, '', qs ? `/files?${qs}` : '/files');
  }, [params]);

  const { data, isFetching } = useQuery({
    queryKey: fileKeys.list(params),
    queryFn: ({ signal }) => fetchJson<FilePage>(`/api/console/files?${query(params)}`, signal),
    initialData: query(params) === query(initialParams) ? initialPage : undefined,
    placeholderData: keepPreviousData,
  });
  const page = data ?? initialPage;

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <div className="flex flex-col gap-4">
        <div role="search" className="max-w-md">
          <Field label={t('search')}>
            <Input type="search" value={q} onChange={(e) => setQ(e.target.value)} placeholder={t('searchPlaceholder')} />
          </Field>
        </div>
        {page.total === 0 ? (
          <EmptyState title={params.q ? t('empty.filteredTitle') : t('empty.title')} description={params.q ? t('empty.filteredDescription') : t('empty.description')} />
        ) : (
          <div>
            <Table caption={t('table.caption')} aria-busy={isFetching || undefined}>
              <THead>
                <tr>
                  <TH>{t('columns.fileName')}</TH>
                  <TH>{t('columns.owner')}</TH>
                  <TH className="text-right">{t('columns.size')}</TH>
                  <TH>{t('columns.generatedAt')}</TH>
                  <TH>{t('columns.lastFetchedAt')}</TH>
                </tr>
              </THead>
              <TBody>
                {page.items.map((file) => (
                  <TR key={file.id}>
                    <TD className="font-mono text-xs">
                      <Link href={`/files/${file.id}` as Route} className={linkClasses}>
                        {file.fileName}
                      </Link>
                    </TD>
                    <TD>
                      {file.device ? (
                        <span className="flex flex-col">
                          <Link href={`/devices/${file.device.id}` as Route} className={`${linkClasses} font-mono text-xs`}>
                            {formatMac(file.device.mac, 'colon-upper')}
                          </Link>
                          <span className="text-xs text-slate-500">{[file.device.label, file.model?.name].filter(Boolean).join(' · ')}</span>
                        </span>
                      ) : (
                        <span className="flex flex-wrap items-center gap-2">
                          <Badge tone="info">{t('table.common')}</Badge>
                          {file.model?.name}
                        </span>
                      )}
                    </TD>
                    <TD className="whitespace-nowrap text-right tabular-nums">{formatBytes(file.size, lng)}</TD>
                    <TD>
                      <DateTime ms={file.generatedAt} />
                    </TD>
                    <TD>{file.lastFetchedAt ? <DateTime ms={file.lastFetchedAt} /> : <Badge>{t('table.never')}</Badge>}</TD>
                  </TR>
                ))}
              </TBody>
            </Table>
            <Pagination page={page.page} pageSize={page.pageSize} total={page.total} isFetching={isFetching} onPageChange={(p) => setParams({ ...params, page: p })} />
          </div>
        )}
      </div>
    </>
  );
}
