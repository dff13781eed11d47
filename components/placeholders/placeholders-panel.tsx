'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { ListPageHeader } from '@/components/lists/list-page-header';
import { EmptyState } from '@/components/ui/empty-state';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { placeholderKeys } from '@/lib/query-keys';
import { DeletePlaceholderDialogs } from './delete-placeholder-dialogs';
import { PlaceholderDialog } from './placeholder-dialog';
import { PlaceholdersTable } from './placeholders-table';
import type { PlaceholderRow } from '@/db/queries/placeholders';

/** The tenant's custom placeholders with where they are used, and the create/edit/delete dialogs. */
export function PlaceholdersPanel({ initial }: { initial: PlaceholderRow[] }) {
  const t = useT('placeholders');
  const [editing, setEditing] = useState<PlaceholderRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PlaceholderRow | null>(null);
  const { data: rows, isFetching } = useQuery({
    queryKey: placeholderKeys.all,
    queryFn: ({ signal }) => fetchJson<PlaceholderRow[]>('/api/console/placeholders', signal),
    initialData: initial,
  });
  return (
    <>
      <ListPageHeader ns="placeholders" onNew={() => setEditing('new')} />
      {rows.length === 0 ? (
        <EmptyState title={t('empty.title')} description={t('empty.description')} />
      ) : (
        <PlaceholdersTable rows={rows} isFetching={isFetching} onEdit={setEditing} onDelete={setDeleting} />
      )}
      {editing && <PlaceholderDialog placeholder={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && <DeletePlaceholderDialogs placeholder={deleting} onClose={() => setDeleting(null)} />}
    </>
  );
}
