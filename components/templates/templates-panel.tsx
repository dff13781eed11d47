'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Route } from 'next';
import { Link } from '@/components/ui/link';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { DuplicateDeleteActions } from '@/components/device-models/duplicate-delete-actions';
import { DateTime } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { EmptyState } from '@/components/ui/empty-state';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { fetchJson } from '@/lib/fetch-json';
import { useT } from '@/lib/i18n/client';
import { templateKeys } from '@/lib/query-keys';
import { DeleteTemplateDialogs, DuplicateTemplateDialog } from './template-dialogs';
import type { TemplateGroup, TemplateRow } from '@/db/queries/templates';

const linkClasses = 'font-medium text-brand-700 hover:text-brand-900 hover:underline';

/** Templates grouped by brand, then model; any can be duplicated, custom ones deleted. */
export function TemplatesPanel({ initialGroups }: { initialGroups: TemplateGroup[] }) {
  const t = useT('templates');
  const router = useRouter();
  const queryClient = useQueryClient();
  const [duplicating, setDuplicating] = useState<TemplateRow | null>(null);
  const [deleting, setDeleting] = useState<TemplateRow | null>(null);
  const { data: groups = initialGroups, isFetching } = useQuery({
    queryKey: templateKeys.list(),
    queryFn: ({ signal }) => fetchJson<TemplateGroup[]>('/api/console/templates', signal),
    initialData: initialGroups,
  });

  if (groups.length === 0) return <EmptyState title={t('empty.title')} description={t('empty.description')} />;
  return (
    <div className="flex flex-col gap-6">
      {groups.map((group) => (
        <section key={group.brandId} aria-labelledby={`brand-${group.brandId}`}>
          <h2 id={`brand-${group.brandId}`} className="mb-2 text-base font-semibold text-slate-900">
            {group.brandName}
          </h2>
          <Table caption={t('table.caption', { brand: group.brandName })} aria-busy={isFetching || undefined} className="table-fixed">
            {/* Same column widths in every brand's table, so the groups line up. */}
            <colgroup>
              <col className="w-[36%]" />
              <col className="w-[13%]" />
              <col className="w-[9%]" />
              <col className="w-[9%]" />
              <col className="w-[16%]" />
              <col className="w-[17%]" />
            </colgroup>
            <THead>
              <tr>
                <TH>{t('columns.name')}</TH>
                <TH>{t('columns.firmware')}</TH>
                <TH>{t('columns.format')}</TH>
                <TH className="text-right">{t('columns.devices')}</TH>
                <TH>{t('columns.updated')}</TH>
                <TH className="text-right">{t('columns.actions')}</TH>
              </tr>
            </THead>
            {group.models.map((model) => (
              <TBody key={model.id}>
                <tr className="bg-slate-50/60">
                  <th scope="rowgroup" colSpan={6} className="px-3 py-2 text-left text-sm font-semibold text-slate-800">
                    <Link href={`/device-models/${model.id}` as Route} className="hover:underline" aria-label={t('table.model', { name: model.name })}>
                      {model.name}
                    </Link>
                  </th>
                </tr>
                {model.templates.map((template) => (
                  <TR key={template.id}>
                    <TD className="pl-6">
                      <span className="flex flex-wrap items-center gap-2">
                        <Link href={`/templates/${template.id}` as Route} className={linkClasses}>
                          {template.name}
                        </Link>
                        {template.isBuiltIn && <Badge tone="info">{t('builtIn')}</Badge>}
                      </span>
                    </TD>
                    <TD className="whitespace-nowrap">{template.firmware || <span className="text-slate-400">{t('anyFirmware')}</span>}</TD>
                    <TD>
                      <Badge>{t(`formats.${template.format}`)}</Badge>
                    </TD>
                    <TD className="text-right tabular-nums">{template.deviceCount}</TD>
                    <TD className="whitespace-nowrap">
                      <DateTime ms={template.updatedAt} />
                    </TD>
                    <TD>
                      <DuplicateDeleteActions
                        ns="templates"
                        item={template}
                        onDuplicate={() => setDuplicating(template)}
                        onDelete={() => setDeleting(template)}
                      />
                    </TD>
                  </TR>
                ))}
              </TBody>
            ))}
          </Table>
        </section>
      ))}
      {duplicating && (
        <DuplicateTemplateDialog template={duplicating} onClose={() => setDuplicating(null)} onDone={(copy) => router.push(`/templates/${copy.id}` as Route)} />
      )}
      {deleting && (
        <DeleteTemplateDialogs
          template={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={async () => {
            setDeleting(null);
            await queryClient.invalidateQueries({ queryKey: templateKeys.all });
          }}
        />
      )}
    </div>
  );
}
