'use client';

import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { toast } from 'sonner';
import { DeviceLinkList } from '@/components/devices/device-link-list';
import { useCanWrite, useConsole } from '@/components/layout/console-context';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { Card, CardBody, CardHeader } from '@/components/ui/card';
import { ConfirmDialog } from '@/components/ui/confirm-dialog';
import { Label } from '@/components/ui/label';
import { Select } from '@/components/ui/select';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import { restoreTemplateVersionAction } from '@/lib/actions/templates';
import { fetchJson } from '@/lib/fetch-json';
import { formatDateTime } from '@/lib/format';
import { useT } from '@/lib/i18n/client';
import { dashboardKeys, deviceKeys, templateKeys } from '@/lib/query-keys';
import type { VersionComparison } from '@/lib/api/template-versions';
import type { TemplateVersionSummary } from '@/db/queries/template-versions';
import { type DiffLayout, VersionDiffView } from './version-diff-view';

type Version = Omit<TemplateVersionSummary, 'at'> & { at: string };
type Pair = { from: number; to: number };

/** A template's history: every version (who, when, comment, files changed), a diff of any two, and restore. */
export function TemplateHistory({ templateId, isBuiltIn }: { templateId: number; isBuiltIn: boolean }) {
  const t = useT('templates');
  const { timeZone } = useConsole();
  const canWrite = useCanWrite();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [chosen, setChosen] = useState<Pair | null>(null);
  const [layout, setLayout] = useState<DiffLayout>('unified');
  const [restoring, setRestoring] = useState<Version | null>(null);
  const [isPending, setPending] = useState(false);

  const versions = useQuery({
    queryKey: templateKeys.versions(templateId),
    queryFn: ({ signal }) => fetchJson<Version[]>(`/api/console/templates/versions?templateId=${templateId}`, signal),
  });
  const list = versions.data ?? [];
  const latest = list[0]?.number ?? 0;
  const pair = chosen ?? (latest > 1 ? { from: latest - 1, to: latest } : null);

  const restore = async () => {
    if (!restoring) return;
    setPending(true);
    const result = await restoreTemplateVersionAction(templateId, { number: restoring.number });
    setPending(false);
    if (!result.ok) {
      toast.error(result.message);
      return;
    }
    setRestoring(null);
    toast.success(t('history.restored', { from: restoring.number, version: result.data.version, count: result.data.changedDevices }));
    setChosen({ from: latest, to: result.data.version });
    await Promise.all([templateKeys.all, deviceKeys.all, dashboardKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    router.refresh();
  };

  const origin = (v: Version) =>
    v.origin === 'restore' && v.restoredFrom ? t('history.origins.restoreOf', { version: v.restoredFrom }) : t(`history.origins.${v.origin}`);

  return (
    <Card labelledBy="template-history">
      <CardHeader id="template-history" title={t('history.title')} description={t('history.description')} />
      <CardBody className="flex flex-col gap-5">
        {versions.isError && <p className="text-sm text-red-700">{t('history.loadFailed')}</p>}
        {list.length > 0 && (
          <Table isFramed={false} caption={t('history.title')}>
            <THead>
              <tr>
                <TH>{t('history.columns.version')}</TH>
                <TH>{t('history.columns.when')}</TH>
                <TH>{t('history.columns.who')}</TH>
                <TH>{t('history.columns.comment')}</TH>
                <TH>{t('history.columns.files')}</TH>
                <TH>
                  <span className="sr-only">{t('columns.actions')}</span>
                </TH>
              </tr>
            </THead>
            <TBody>
              {list.map((v) => (
                <TR key={v.number} data-testid={`version-${v.number}`}>
                  <TD className="whitespace-nowrap font-medium">
                    {t('history.versionN', { version: v.number })}
                    {v.number === latest && (
                      <Badge tone="info" className="ml-2">
                        {t('history.current')}
                      </Badge>
                    )}
                  </TD>
                  <TD className="whitespace-nowrap tabular-nums">{formatDateTime(Date.parse(v.at), timeZone)}</TD>
                  <TD className="whitespace-nowrap">{v.actorKind === 'system' ? t('history.system') : v.actorName}</TD>
                  <TD>
                    <span className="block text-xs text-slate-500">{origin(v)}</span>
                    {v.comment}
                  </TD>
                  <TD className="whitespace-nowrap">
                    {v.changedDevices === null ? t('history.filesUnknown') : t('history.files', { count: v.changedDevices })}
                  </TD>
                  <TD className="whitespace-nowrap text-right">
                    {v.number > 1 && (
                      <Button size="sm" variant="ghost" onClick={() => setChosen({ from: v.number - 1, to: v.number })}>
                        {t('history.compareWithPrevious', { version: v.number })}
                      </Button>
                    )}
                    {canWrite && !isBuiltIn && v.number !== latest && (
                      <Button size="sm" onClick={() => setRestoring(v)}>
                        {t('history.restore', { version: v.number })}
                      </Button>
                    )}
                  </TD>
                </TR>
              ))}
            </TBody>
          </Table>
        )}
        {pair && (
          <section aria-labelledby="version-compare" className="flex flex-col gap-3">
            <h3 id="version-compare" className="text-sm font-semibold text-slate-900">
              {t('history.compareTitle', { from: pair.from, to: pair.to })}
            </h3>
            <div className="flex flex-wrap items-end gap-3">
              {(['from', 'to'] as const).map((end) => (
                <div key={end} className="flex flex-col gap-1">
                  <Label htmlFor={`version-${end}`}>{t(`history.${end}`)}</Label>
                  <Select id={`version-${end}`} value={pair[end]} onChange={(e) => setChosen({ ...pair, [end]: Number(e.target.value) })}>
                    {list.map((v) => (
                      <option key={v.number} value={v.number}>
                        {t('history.versionN', { version: v.number })}
                      </option>
                    ))}
                  </Select>
                </div>
              ))}
              <div className="flex flex-col gap-1">
                <Label htmlFor="diff-layout">{t('history.layout')}</Label>
                <Select id="diff-layout" value={layout} onChange={(e) => setLayout(e.target.value as DiffLayout)}>
                  <option value="unified">{t('history.layouts.unified')}</option>
                  <option value="split">{t('history.layouts.split')}</option>
                </Select>
              </div>
            </div>
            <VersionCompare templateId={templateId} pair={pair} layout={layout} />
          </section>
        )}
      </CardBody>
      <ConfirmDialog
        open={restoring !== null}
        onOpenChange={(open) => !open && setRestoring(null)}
        title={t('history.restoreTitle', { version: restoring?.number ?? 0 })}
        description={t('history.restoreDescription', { version: restoring?.number ?? 0 })}
        confirmLabel={t('history.restoreConfirm')}
        onConfirm={() => void restore()}
        isPending={isPending}
      />
    </Card>
  );
}

function VersionCompare({ templateId, pair, layout }: { templateId: number; pair: Pair; layout: DiffLayout }) {
  const t = useT('templates');
  const comparison = useQuery({
    queryKey: templateKeys.compare(templateId, pair.from, pair.to),
    queryFn: ({ signal }) =>
      fetchJson<VersionComparison>(`/api/console/templates/versions/compare?templateId=${templateId}&from=${pair.from}&to=${pair.to}`, signal),
  });
  if (comparison.isError) return <p className="text-sm text-red-700">{t('history.loadFailed')}</p>;
  const data = comparison.data;
  if (!data) return <div aria-hidden className="h-24 animate-pulse rounded-md bg-slate-50" />;
  const devices = data.to.changedDevices;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-sm text-slate-700" data-testid="diff-summary">
        {data.diff.added + data.diff.removed === 0
          ? t('history.diff.identical')
          : t('history.diff.summary', { added: data.diff.added, removed: data.diff.removed })}
      </p>
      {data.settings.length > 0 && (
        <ul className="text-sm text-slate-700">
          {data.settings.map((s) => (
            <li key={s.field}>{t('history.settingChanged', { field: t(`fields.${s.field}`), from: s.from ?? '—', to: s.to ?? '—' })}</li>
          ))}
        </ul>
      )}
      {data.diff.rows.length > 0 && <VersionDiffView rows={data.diff.rows} layout={layout} caption={t('history.compareTitle', pair)} />}
      <h4 className="text-sm font-semibold text-slate-900">{t('history.changedDevicesTitle', { version: pair.to })}</h4>
      {devices === null ? (
        <p className="text-sm text-slate-600">{t('history.filesUnknown')}</p>
      ) : devices.length === 0 ? (
        <p className="text-sm text-slate-600">{t('history.noChangedDevices')}</p>
      ) : (
        <>
          <DeviceLinkList devices={devices} />
          {(data.to.changedDeviceIds?.length ?? 0) > devices.length && (
            <p className="text-xs text-slate-600">{t('history.moreDevices', { count: (data.to.changedDeviceIds?.length ?? 0) - devices.length })}</p>
          )}
        </>
      )}
    </div>
  );
}
