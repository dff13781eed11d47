'use client';

import { useRouter } from 'next/navigation';
import { useState, useTransition } from 'react';
import { toast } from 'sonner';
import { DateTime } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { type Column, DataTable } from '@/components/ui/data-table';
import { PageHeader } from '@/components/ui/page-header';
import { resetUserTotpAction, setUserDisabledAction } from '@/lib/actions/users';
import { useT } from '@/lib/i18n/client';
import type { UserRow } from '@/db/queries/users';
import { type TenantChoice, TenantNames } from './access-fields';
import { ResetPasswordDialog } from './reset-password-dialog';
import { CreateUserDialog, UserAccessDialog } from './user-dialog';

type Open = { kind: 'create' } | { kind: 'access' | 'reset' | 'disable' | 'resetTotp'; user: UserRow } | null;

/** The users page (the owner's only): rows from the server render, refreshed after every change. */
export function UsersPanel({ rows, tenants, currentUserId }: { rows: UserRow[]; tenants: TenantChoice[]; currentUserId: number }) {
  const t = useT('users');
  const router = useRouter();
  const [open, setOpen] = useState<Open>(null);
  const [isPending, startTransition] = useTransition();
  const setDisabled = (user: UserRow, isDisabled: boolean) =>
    startTransition(async () => {
      const result = await setUserDisabledAction(user.id, isDisabled);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t(isDisabled ? 'users.disabledDone' : 'users.enabledDone', { username: user.username }));
      setOpen(null);
      router.refresh();
    });
  const resetTotp = (user: UserRow) =>
    startTransition(async () => {
      const result = await resetUserTotpAction(user.id);
      if (!result.ok) {
        toast.error(result.message);
        return;
      }
      toast.success(t('users.totpReset.done', { username: user.username }));
      setOpen(null);
      router.refresh();
    });
  const columns: Column<UserRow>[] = [
    {
      header: t('users.columns.username'),
      cell: (row) => (
        <span className="flex items-center gap-2">
          <span className="font-medium text-slate-900">{row.username}</span>
          {row.id === currentUserId && <Badge tone="info">{t('users.you')}</Badge>}
        </span>
      ),
    },
    { header: t('users.columns.role'), cell: (row) => t(`roles.${row.role}`) },
    { header: t('users.columns.tenants'), cell: (row) => <TenantNames role={row.role} tenants={row.tenants} /> },
    {
      header: t('users.columns.status'),
      cell: (row) => (
        <span className="flex flex-wrap gap-1">
          {row.isDisabled ? <Badge tone="danger">{t('users.disabled')}</Badge> : <Badge tone="success">{t('users.enabled')}</Badge>}
          {row.hasTotp && <Badge tone="info">{t('users.totpOn')}</Badge>}
        </span>
      ),
    },
    { header: t('users.columns.created'), cell: (row) => <DateTime ms={row.createdAt} /> },
  ];
  return (
    <>
      <PageHeader
        title={t('users.title')}
        description={t('users.description')}
        actions={
          <Button variant="primary" onClick={() => setOpen({ kind: 'create' })}>
            {t('users.new')}
          </Button>
        }
      />
      <DataTable
        caption={t('users.caption')}
        columns={columns}
        rows={rows}
        actions={(row) =>
          row.id === currentUserId ? null : (
            <span className="inline-flex flex-wrap justify-end gap-1">
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setOpen({ kind: 'access', user: row })}
                aria-label={t('users.editAccessLabel', { username: row.username })}
              >
                {t('users.editAccess')}
              </Button>
              <Button
                size="sm"
                variant="ghost"
                onClick={() => setOpen({ kind: 'reset', user: row })}
                aria-label={t('users.resetPasswordLabel', { username: row.username })}
              >
                {t('users.resetPassword')}
              </Button>
              {row.hasTotp && (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setOpen({ kind: 'resetTotp', user: row })}
                  aria-label={t('users.resetTotpLabel', { username: row.username })}
                >
                  {t('users.resetTotp')}
                </Button>
              )}
              {row.isDisabled ? (
                <Button
                  size="sm"
                  variant="ghost"
                  onClick={() => setDisabled(row, false)}
                  isPending={isPending}
                  aria-label={t('users.enableLabel', { username: row.username })}
                >
                  {t('users.enable')}
                </Button>
              ) : (
                <Button
                  size="sm"
                  variant="ghost"
                  className="text-red-700 hover:bg-red-50 hover:text-red-800"
                  onClick={() => setOpen({ kind: 'disable', user: row })}
                  aria-label={t('users.disableLabel', { username: row.username })}
                >
                  {t('users.disable')}
                </Button>
              )}
            </span>
          )
        }
      />
      {open?.kind === 'create' && <CreateUserDialog tenants={tenants} onClose={() => setOpen(null)} />}
      {open?.kind === 'access' && <UserAccessDialog user={open.user} tenants={tenants} onClose={() => setOpen(null)} />}
      {open?.kind === 'reset' && <ResetPasswordDialog user={open.user} onClose={() => setOpen(null)} />}
      {open?.kind === 'resetTotp' && (
        <ConfirmDialog
          open
          onOpenChange={(isOpen) => !isOpen && setOpen(null)}
          title={t('users.totpReset.title', { username: open.user.username })}
          description={t('users.totpReset.description')}
          confirmLabel={t('users.totpReset.confirm')}
          onConfirm={() => resetTotp(open.user)}
          isPending={isPending}
        />
      )}
      {open?.kind === 'disable' && (
        <ConfirmDialog
          open
          onOpenChange={(isOpen) => !isOpen && setOpen(null)}
          title={t('users.disableConfirm.title', { username: open.user.username })}
          description={t('users.disableConfirm.description')}
          confirmLabel={t('users.disableConfirm.confirm')}
          onConfirm={() => setDisabled(open.user, true)}
          isPending={isPending}
        />
      )}
    </>
  );
}
