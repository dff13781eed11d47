'use client';

import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Badge } from '@/components/ui/badge';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { type Column, DataTable } from '@/components/ui/data-table';
import { RowActions } from '@/components/ui/row-actions';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { modelKeys } from '@/lib/query-keys';
import { DeleteBrandDialog, RenameBrandDialog } from './brand-dialogs';
import { DeleteRuleDialog, EditRuleDialog } from './rule-dialogs';
import { UsedByCell } from './used-by-cell';
import type { BrandRow, BrandsAndRules, RuleRow } from '@/db/queries/brands-and-rules';

type Dialog = { kind: 'renameBrand' | 'deleteBrand'; brand: BrandRow } | { kind: 'editRule' | 'deleteRule'; rule: RuleRow } | null;

/**
 * Brands and file-name rules with what uses them: custom ones are renamed / edited and deleted here (deletion
 * refused while models use them); built-in ones ship with Provisio and are read-only (upgrades match them by name).
 */
export function BrandsAndRulesPanel({ initial }: { initial: BrandsAndRules }) {
  const t = useT('models');
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);
  const { data = initial, isFetching } = useQuery({
    queryKey: modelKeys.brandsAndRules(),
    queryFn: ({ signal }) => fetchJson<BrandsAndRules>('/api/console/brands-and-rules', signal),
    initialData: initial,
  });

  const nameCell = (row: { name: string; isBuiltIn: boolean }) => (
    <span className="flex items-center gap-2">
      <span className="font-medium text-slate-900">{row.name}</span>
      {row.isBuiltIn && <Badge tone="info">{t('builtIn')}</Badge>}
    </span>
  );
  const readOnly = <span className="text-xs text-slate-500">{t('brandsAndRules.readOnly')}</span>;

  const brandColumns: Column<BrandRow>[] = [
    { header: t('columns.brand'), className: 'whitespace-nowrap', cell: nameCell },
    { header: t('brandsAndRules.usedBy'), cell: (brand) => <UsedByCell usage={brand} /> },
  ];
  const ruleColumns: Column<RuleRow>[] = [
    { header: t('columns.rule'), className: 'whitespace-nowrap', cell: nameCell },
    { header: t('columns.fileName'), className: 'whitespace-nowrap font-mono text-xs text-slate-800', cell: (rule) => rule.exampleFileName },
    { header: t('brandsAndRules.usedBy'), cell: (rule) => <UsedByCell usage={rule} /> },
  ];

  return (
    <div className="flex flex-col gap-6">
      <Card labelledBy="brands-title">
        <CardHeader id="brands-title" title={t('brandsAndRules.brandsTitle')} description={t('brandsAndRules.brandsDescription')} />
        <CardBody>
          <DataTable
            caption={t('brandsAndRules.brandsCaption')}
            columns={brandColumns}
            rows={data.brands}
            isFetching={isFetching}
            actions={(brand) =>
              brand.isBuiltIn ? (
                readOnly
              ) : (
                <RowActions
                  editLabel={t('brands.renameNamed', { name: brand.name })}
                  deleteLabel={t('brands.deleteNamed', { name: brand.name })}
                  onEdit={() => setDialog({ kind: 'renameBrand', brand })}
                  onDelete={() => setDialog({ kind: 'deleteBrand', brand })}
                />
              )
            }
          />
        </CardBody>
      </Card>
      <Card labelledBy="rules-title">
        <CardHeader id="rules-title" title={t('brandsAndRules.rulesTitle')} description={t('brandsAndRules.rulesDescription')} />
        <CardBody>
          <DataTable
            caption={t('brandsAndRules.rulesCaption')}
            columns={ruleColumns}
            rows={data.rules}
            isFetching={isFetching}
            actions={(rule) =>
              rule.isBuiltIn ? (
                readOnly
              ) : (
                <RowActions
                  editLabel={t('rules.editNamed', { name: rule.name })}
                  deleteLabel={t('rules.deleteNamed', { name: rule.name })}
                  onEdit={() => setDialog({ kind: 'editRule', rule })}
                  onDelete={() => setDialog({ kind: 'deleteRule', rule })}
                />
              )
            }
          />
        </CardBody>
      </Card>
      {dialog?.kind === 'renameBrand' && <RenameBrandDialog brand={dialog.brand} onClose={close} />}
      {dialog?.kind === 'deleteBrand' && <DeleteBrandDialog brand={dialog.brand} onClose={close} />}
      {dialog?.kind === 'editRule' && <EditRuleDialog rule={dialog.rule} onClose={close} />}
      {dialog?.kind === 'deleteRule' && <DeleteRuleDialog rule={dialog.rule} onClose={close} />}
    </div>
  );
}
