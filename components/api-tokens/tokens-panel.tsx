'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { DateTime } from '@/components/layout/console-context';
import { type TenantChoice, TenantNames } from '@/components/users/access-fields';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { type Column, DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { revokeApiTokenAction } from '@/lib/actions/users';
import { useT } from '@/lib/i18n/client';
import type { ApiTokenRow } from '@/db/queries/users';
import { CreateTokenDialog } from './token-dialog';

/** The API tokens page (the owner's only): create (shown once), revoke, last use. */
export function TokensPanel({ rows, tenants }: { rows: ApiTokenRow[]; tenants: TenantChoice[] }) {
  const t = useT('users');
  const router = useRouter();
  const [isCreating, setIsCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiTokenRow | null>(null);
  const [isPending, startTransition] = useTransition();
  const revoke = (row: ApiTokenRow) =>
    startTransition(async () => {
      const result = await revokeApiTokenAction(row.id);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t('tokens.revoked', { name: row.name }));
      setRevoking(null);
      router.refresh();
    });
  const columns: Column<ApiTokenRow>[] = [
    { header: t('tokens.columns.name'), cell: (row) => <span className="font-medium text-slate-900">{row.name}</span> },
    { header: t('tokens.columns.role'), cell: (row) => t(`roles.${row.role}`) },
    { header: t('tokens.columns.tenants'), cell: (row) => <TenantNames role={row.role} tenants={row.tenants} /> },
    { header: t('tokens.columns.created'), cell: (row) => <DateTime ms={row.createdAt} /> },
    { header: t('tokens.columns.lastUsed'), cell: (row) => (row.lastUsedAt === null ? t('tokens.never') : <DateTime ms={row.lastUsedAt} />) },
  ];
  return (
    <>
      <PageHeader
        title={t('tokens.title')}
        description={t('tokens.description')}
        actions={
          <Button variant="primary" onClick={() => setIsCreating(true)}>
            {t('tokens.new')}
          </Button>
        }
      />
      <DataTable
        caption={t('tokens.caption')}
        columns={columns}
        rows={rows}
        actions={(row) => (
          <Button
            size="sm"
            variant="ghost"
            className="text-red-700 hover:bg-red-50 hover:text-red-800"
            onClick={() => setRevoking(row)}
            aria-label={t('tokens.revokeLabel', { name: row.name })}
          >
            {t('tokens.revoke')}
          </Button>
        )}
      />
      {isCreating && <CreateTokenDialog tenants={tenants} onClose={() => setIsCreating(false)} />}
      {revoking && (
        <ConfirmDialog
          open
          onOpenChange={(isOpen) => !isOpen && setRevoking(null)}
          title={t('tokens.revokeConfirm.title', { name: revoking.name })}
          description={t('tokens.revokeConfirm.description')}
          confirmLabel={t('tokens.revokeConfirm.confirm')}
          onConfirm={() => revoke(revoking)}
          isPending={isPending}
        />
      )}
    </>
  );
}
