'use client';

import { useState } from 'react';
import { ExportCsvDialog } from '@/components/lists/export-csv-dialog';
import { ListPageHeader } from '@/components/lists/list-page-header';
import { SearchList } from '@/components/lists/search-list';
import { useSearchList } from '@/components/lists/use-search-list';
import { accountKeys } from '@/lib/query-keys';
import { ACCOUNT_SORT, type AccountListParams } from '@/lib/validation/list-params';
import { useListSort } from '@/components/lists/use-list-sort';
import { AccountDialog } from './account-dialog';
import { AccountsTable } from './accounts-table';
import { DeleteAccountDialogs } from './delete-account-dialogs';
import type { AccountPage, AccountRow } from '@/db/queries/accounts';

/** The accounts list with search and paging, and the create/edit/delete dialogs. */
export function AccountsPanel({ initialParams, initialPage }: { initialParams: AccountListParams; initialPage: AccountPage }) {
  const list = useSearchList({ pagePath: '/accounts', apiPath: '/api/console/accounts', queryKey: accountKeys.list, initialParams, initialPage });
  const sort = useListSort(ACCOUNT_SORT, list.params, list.setParams);
  const [editing, setEditing] = useState<AccountRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<AccountRow | null>(null);

  return (
    <>
      <ListPageHeader ns="accounts" onNew={() => setEditing('new')} actions={<ExportCsvDialog kind="accounts" />} />
      <SearchList list={list} ns="accounts">
        <AccountsTable rows={list.page.items} isFetching={list.isFetching} sort={sort} onEdit={setEditing} onDelete={setDeleting} />
      </SearchList>
      {editing && <AccountDialog account={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteAccountDialogs account={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
