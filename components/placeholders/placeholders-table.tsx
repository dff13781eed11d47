'use client';

import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { PlaceholderRow } from '@/lib/console/placeholder-list';
import { useT } from '@/lib/i18n/client';
import { placeholderToken } from '@/lib/validation/placeholder-form';
import { PlaceholderUsers } from './placeholder-users';

type PlaceholdersTableProps = { rows: PlaceholderRow[]; isFetching: boolean; onEdit: (row: PlaceholderRow) => void; onDelete: (row: PlaceholderRow) => void };

export function PlaceholdersTable({ rows, isFetching, onEdit, onDelete }: PlaceholdersTableProps) {
  const t = useT('placeholders');
  const none = <span className="text-slate-400">{t('common:ui.none')}</span>;
  return (
    <Table caption={t('table.caption')} aria-busy={isFetching || undefined}>
      <THead>
        <tr>
          <TH>{t('columns.placeholder')}</TH>
          <TH>{t('columns.kind')}</TH>
          <TH>{t('columns.source')}</TH>
          <TH>{t('columns.usedBy')}</TH>
          <TH>{t('columns.currentValue')}</TH>
          <TH className="text-right">
            <span className="sr-only">{t('common:ui.actions')}</span>
          </TH>
        </tr>
      </THead>
      <TBody>
        {rows.map((row) => {
          const token = placeholderToken(row.name);
          return (
            <TR key={row.id}>
              <TD>
                <code className="font-mono text-xs font-semibold text-slate-900">{token}</code>
                {row.description && <p className="mt-0.5 max-w-xs text-xs text-slate-500">{row.description}</p>}
              </TD>
              <TD>
                <Badge tone={row.kind === 'static' ? 'neutral' : 'info'}>{t(`kinds.${row.kind}`)}</Badge>
              </TD>
              <TD className="max-w-xs">
                {row.kind === 'static' ? (
                  <span className="break-all font-mono text-xs">{row.value || none}</span>
                ) : row.networkInterface ? (
                  <span>
                    {t('source.interface', { name: row.networkInterface.name })}
                    {row.networkInterface.vlanId !== null && <span className="block text-xs text-slate-500">{t('source.vlan', { vlanId: row.networkInterface.vlanId })}</span>}
                  </span>
                ) : (
                  none
                )}
              </TD>
              <TD>{row.templates.length + row.models.length === 0 ? <span className="text-slate-400">{t('usage.unused')}</span> : <PlaceholderUsers templates={row.templates} models={row.models} />}</TD>
              <TD className="max-w-xs">
                {row.resolvedValue ? <code className="break-all font-mono text-xs text-slate-900">{row.resolvedValue}</code> : <span className="text-slate-400">{t('table.empty')}</span>}
              </TD>
              <TD className="whitespace-nowrap text-right">
                <Button size="sm" variant="ghost" onClick={() => onEdit(row)} aria-label={t('edit', { token })}>
                  {t('common:ui.edit')}
                </Button>
                <Button size="sm" variant="ghost" className="text-red-700 hover:bg-red-50 hover:text-red-800" onClick={() => onDelete(row)} aria-label={t('delete.button', { token })}>
                  {t('common:ui.delete')}
                </Button>
              </TD>
            </TR>
          );
        })}
      </TBody>
    </Table>
  );
}
