'use client';

import { Link } from '@/components/ui/link';
import { useState } from 'react';
import { Alert } from '@/components/ui/alert';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { useT } from '@/lib/i18n/client';
import { DeleteTenantDialogs } from './delete-tenant-dialogs';
import { TenantDialog } from './tenant-dialog';
import { TenantsTable } from './tenants-table';
import type { TenantRow } from '@/db/queries/tenants';

/**
 * The tenants page. Its rows come from the server render; every change refreshes it (and the
 * header's switcher with it) through router.refresh().
 */
export function TenantsPanel({ rows, currentUuid }: { rows: TenantRow[]; currentUuid: string }) {
  const t = useT('tenants');
  const [editing, setEditing] = useState<TenantRow | 'new' | null>(null);
  const [deleting, setDeleting] = useState<TenantRow | null>(null);
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
        <Alert tone="info" title={t('sipPnp.title')}>
          <p>{rows.length > 1 ? t('sipPnp.multi') : t('sipPnp.single')}</p>
          <Link href="/discovery" className="mt-1 inline-block font-medium text-brand-700 hover:underline">
            {t('sipPnp.link')}
          </Link>
        </Alert>
        <TenantsTable rows={rows} currentUuid={currentUuid} onRename={setEditing} onDelete={setDeleting} />
      </div>
      {editing && <TenantDialog tenant={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {deleting && <DeleteTenantDialogs tenant={deleting} isCurrent={deleting.uuid === currentUuid} onClose={() => setDeleting(null)} />}
    </>
  );
}
