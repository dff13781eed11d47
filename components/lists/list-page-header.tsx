'use client';

import type { ReactNode } from 'react';
import { useCanWrite } from '@/components/layout/console-context';
import { Button } from '@/components/ui/button';
import { PageHeader } from '@/components/ui/page-header';
import { useT } from '@/lib/i18n/client';

type ListPageHeaderProps = {
  /** The namespace holding the page's `title`, `description` and `new` texts. */
  ns: 'accounts' | 'placeholders' | 'redirection';
  onNew: () => void;
  /** Offered to every role, before "new" (e.g. the CSV export). */
  actions?: ReactNode;
};

/** The heading of a list page whose one primary action opens the "new" dialog (not offered to a viewer). */
export function ListPageHeader({ ns, onNew, actions }: ListPageHeaderProps) {
  const t = useT(ns);
  const canWrite = useCanWrite();
  return (
    <PageHeader
      title={t('title')}
      description={t('description')}
      actions={
        <>
          {actions}
          {canWrite && (
            <Button variant="primary" onClick={onNew}>
              {t('new')}
            </Button>
          )}
        </>
      }
    />
  );
}
