'use client';

import { useState } from 'react';
import { useConsole } from '@/components/layout/console-context';
import { Button, buttonClasses } from '@/components/ui/button';
import { Checkbox } from '@/components/ui/checkbox';
import { Dialog, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { mayRevealSecrets } from '@/lib/auth/roles';
import { useT } from '@/lib/i18n/client';

/** The list's filters as the page URL holds them (usePagedList keeps it in sync), without the paging. */
function currentFilter(): URLSearchParams {
  const params = new URLSearchParams(window.location.search);
  params.delete('page');
  params.delete('pageSize');
  return params;
}

/** The rows picked on a list: `ids` (null: every row the filter selects) and how many they are. */
export type ExportSelection = { ids: readonly number[] | null; count: number };

/**
 * "Export CSV" on a list: every row its current filter selects (all pages), or the `selection`. Passwords only when
 * the admin ticks the box, which a viewer is never offered (the server refuses them anyway, and records the export in
 * the audit log).
 */
export function ExportCsvDialog({ kind, selection }: { kind: 'devices' | 'accounts'; selection?: ExportSelection }) {
  const t = useT('common');
  const { role } = useConsole();
  const [open, setOpen] = useState(false);
  const [filter, setFilter] = useState('');
  const [secrets, setSecrets] = useState(false);
  const query = new URLSearchParams(filter);
  if (secrets) query.set('secrets', '1');

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setSecrets(false);
      }}
    >
      <Button
        onClick={() => {
          setFilter(selection?.ids ? new URLSearchParams({ ids: selection.ids.join(',') }).toString() : currentFilter().toString());
          setOpen(true);
        }}
      >
        {t('csvExport.button')}
      </Button>
      <DialogContent
        title={t(`csvExport.title.${kind}`)}
        description={selection ? t('csvExport.selected', { count: selection.count }) : t(filter ? 'csvExport.filtered' : 'csvExport.everything')}
      >
        {mayRevealSecrets(role) && (
          <Checkbox
            checked={secrets}
            onChange={(event) => setSecrets(event.target.checked)}
            label={t('csvExport.secrets')}
            hint={t(`csvExport.secretsHint.${kind}`)}
          />
        )}
        <DialogFooter>
          <a
            href={`/api/console/${kind}/export${query.size > 0 ? `?${query}` : ''}`}
            download
            className={buttonClasses({ variant: 'primary' })}
            onClick={() => setOpen(false)}
          >
            {t('csvExport.download')}
          </a>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
