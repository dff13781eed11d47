'use client';

import { Button } from '@/components/ui/button';
import { type Column, DataTable } from '@/components/ui/data-table';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import type { ReconcileRow } from '@/lib/domain/redirection-servers';

type ReconcileTableProps = {
  rows: ReconcileRow[];
  isFetching: boolean;
  /** The MAC whose fix is being queued, '*' for all of them, or null. */
  fixing: string | null;
  onFix: (row: ReconcileRow) => void;
};

/** One line per phone the vendor and this console disagree on, with its own Fix button. */
export function ReconcileTable({ rows, isFetching, fixing, onFix }: ReconcileTableProps) {
  const t = useT('redirection');
  const issueText = (row: ReconcileRow) => {
    if (row.issue === 'only-at-vendor') return t('reconcile.issues.onlyAtVendor');
    if (row.issue === 'only-here') return t('reconcile.issues.onlyHere');
    const target = [row.remoteServer, row.remoteUrl].filter(Boolean).join(' / ');
    return target ? t('reconcile.issues.pointingElsewhereTo', { target }) : t('reconcile.issues.pointingElsewhere');
  };
  const columns: Column<ReconcileRow & { id: string }>[] = [
    {
      header: t('reconcile.columns.mac'),
      className: 'whitespace-nowrap font-mono text-xs font-medium text-slate-900',
      cell: (row) => formatMac(row.mac, 'colon-upper'),
    },
    { header: t('reconcile.columns.issue'), className: 'break-words', cell: issueText },
  ];
  return (
    <DataTable
      caption={t('reconcile.caption')}
      columns={columns}
      rows={rows.map((row) => ({ ...row, id: row.mac }))}
      isFetching={isFetching}
      actions={(row) => (
        <Button
          size="sm"
          isPending={fixing === row.mac}
          disabled={fixing !== null || isFetching}
          onClick={() => onFix(row)}
          aria-label={t('reconcile.fixLabel', { mac: formatMac(row.mac, 'colon-upper') })}
        >
          {t('reconcile.fix')}
        </Button>
      )}
    />
  );
}
