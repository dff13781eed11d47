'use client';

import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { DateTime } from '@/components/layout/console-context';
import { SearchList } from '@/components/lists/search-list';
import { useSearchList } from '@/components/lists/use-search-list';
import { Badge } from '@/components/ui/badge';
import { type Column, DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { useLanguage, useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { fileKeys } from '@/lib/query-keys';
import { FILE_SORT, type FileListParams } from '@/lib/validation/list-params';
import { useListSort } from '@/components/lists/use-list-sort';
import { formatBytes } from './format-bytes';
import type { FilePage, FileRow } from '@/db/queries/files';

const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

/** Every generated file of the tenant, searchable by name; the first page comes from the RSC render. */
export function FilesPanel({ initialParams, initialPage }: { initialParams: FileListParams; initialPage: FilePage }) {
  const t = useT('files');
  const lng = useLanguage();
  const list = useSearchList({ pagePath: '/files', apiPath: '/api/console/files', queryKey: fileKeys.list, initialParams, initialPage });
  const sort = useListSort(FILE_SORT, list.params, list.setParams);
  const columns: Column<FileRow>[] = [
    {
      header: t('columns.fileName'),
      sort: 'fileName',
      className: 'font-mono text-xs',
      cell: (file) => (
        <Link href={`/files/${file.id}` as Route} className={linkClasses}>
          {file.fileName}
        </Link>
      ),
    },
    {
      header: t('columns.owner'),
      cell: (file) =>
        file.device ? (
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
        ),
    },
    {
      header: t('columns.size'),
      headerClassName: 'text-right',
      className: 'whitespace-nowrap text-right tabular-nums',
      cell: (file) => formatBytes(file.size, lng),
    },
    { header: t('columns.generatedAt'), sort: 'generatedAt', cell: (file) => <DateTime ms={file.generatedAt} /> },
    { header: t('columns.lastFetchedAt'), cell: (file) => (file.lastFetchedAt ? <DateTime ms={file.lastFetchedAt} /> : <Badge>{t('table.never')}</Badge>) },
  ];

  return (
    <>
      <PageHeader title={t('title')} description={t('description')} />
      <SearchList list={list} ns="files">
        <DataTable caption={t('table.caption')} columns={columns} rows={list.page.items} isFetching={list.isFetching} sort={sort} />
      </SearchList>
    </>
  );
}
