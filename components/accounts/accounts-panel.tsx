'use client';

import { useEffect, useState } from 'react';
import { useDebouncedValue } from '@/components/forms/use-debounced-value';
import { usePagedList } from '@/components/lists/use-paged-list';
import { Button } from '@/components/ui/button';
import { EmptyState } from '@/components/ui/empty-state';
import { Field } from '@/components/ui/field';
import { Input } from '@/components/ui/input';
import { PageHeader } from '@/components/ui/page-header';
import { Pagination } from '@/components/ui/pagination';
import type { AccountPage, AccountRow } from '@/lib/console/account-list';
import { useT } from '@/lib/i18n/client';
import { accountKeys } from '@/lib/query-keys';
import type { AccountListParams } from '@/lib/validation/list-params';
import { AccountDialog } from './account-dialog';
import { AccountsTable } from './accounts-table';
import { DeleteAccountDialogs } from './delete-account-dialogs';

/** The accounts list with search and paging, and the create/edit/delete dialogs. */
export function AccountsPanel({ initialParams, initialPage }: { initialParams: AccountListParams; initialPage: AccountPage }) {
  const t = useT('accounts');
  const { params, setParams, page, isFetching } = usePagedList({ pagePath: '/accounts', apiPath: '/api/console/accounts', queryKey: accountKeys.list, initialParams, initialPage });
  const [q, setQ] = useState(initialParams.q ?? '');
  const term = useDebouncedValue(q.trim());
  const [editing, setEditing] = useState<AccountRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AccountRow | null>(null);

  useEffect(() => setParams((p) => ((p.q ?? '') === term ? p : { q: term || undefined, page: 1 })), [term, setParams]);

  return (
    <>
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          <Button variant="primary" onClick={() => setEditing('new')}>
            {t('new')}
          </Button>
        }
      />
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
            <AccountsTable rows={page.items} isFetching={isFetching} onEdit={setEditing} onDelete={setDeleting} />
            <Pagination page={page.page} pageSize={page.pageSize} total={page.total} isFetching={isFetching} onPageChange={(p) => setParams({ ...params, page: p })} />
          </div>
        )}
      </div>
      {editing && <AccountDialog account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteAccountDialogs account={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
