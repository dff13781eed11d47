'use client';

import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from 'next/navigation';
import { useId, useRef, useState } from 'react';
import { toast } from 'sonner';
import { Alert } from '@/components/ui/alert';
import { Badge, type BadgeTone } from '@/components/ui/badge';
import { Button, buttonClasses } from '@/components/ui/button';
import { Dialog, DialogContent, DialogFooter } from '@/components/ui/dialog';
import { Table, TBody, TD, TH, THead, TR } from '@/components/ui/table';
import type { TranslatedReport } from '@/lib/api/device-import';
import { useT } from '@/lib/i18n/client';
import { formatMac } from '@/lib/mac';
import { dashboardKeys, deviceKeys, accountKeys } from '@/lib/query-keys';

type Mode = 'valid' | 'all-or-nothing';
type Stage = 'idle' | 'checking' | 'applying';
const TONE: Record<string, BadgeTone> = { create: 'success', update: 'info', unchanged: 'neutral', error: 'danger' };
/** Rows shown in the table (errors first); the counts cover the whole file. */
const SHOWN_ROWS = 200;
/** Rough rate of the apply on this product's hardware, for the progress bar while the single request runs. */
const ROWS_PER_SECOND = 2_000;

/** Sends the CSV; `onProgress` gets 0–1 while uploading, then an estimate from the row count until the answer arrives. */
function send(
  text: string,
  query: string,
  rows: number,
  onProgress: (done: number) => void,
): Promise<{ status: number; body: TranslatedReport & { message?: string } }> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    const started = Date.now();
    let timer: ReturnType<typeof setInterval> | undefined;
    request.open('POST', `/api/console/devices/import${query}`);
    request.setRequestHeader('Content-Type', 'text/csv; charset=utf-8');
    request.upload.onprogress = (event) => event.lengthComputable && onProgress(0.2 * (event.loaded / event.total));
    request.upload.onload = () => {
      const expectedMs = Math.max(1_000, (rows / ROWS_PER_SECOND) * 1_000);
      timer = setInterval(() => onProgress(0.2 + 0.75 * Math.min(1, (Date.now() - started) / expectedMs)), 200);
    };
    request.onload = () => {
      clearInterval(timer);
      onProgress(1);
      try {
        resolve({ status: request.status, body: JSON.parse(request.responseText) as TranslatedReport });
      } catch (error) {
        reject(error as Error);
      }
    };
    request.onerror = () => {
      clearInterval(timer);
      reject(new Error('network'));
    };
    request.send(text);
  });
}

/** "Import from CSV" on the device list: choose a file, see the dry run row by row, apply, read the report. */
export function DeviceImportDialog() {
  const t = useT('devices');
  const router = useRouter();
  const queryClient = useQueryClient();
  const fileId = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const [open, setOpen] = useState(false);
  const [text, setText] = useState<string | null>(null);
  const [mode, setMode] = useState<Mode>('valid');
  const [stage, setStage] = useState<Stage>('idle');
  const [progress, setProgress] = useState(0);
  const [report, setReport] = useState<TranslatedReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const rowCount = report?.rows.length ?? 0;

  const reset = () => {
    setText(null);
    setReport(null);
    setError(null);
    setProgress(0);
    if (fileInput.current) fileInput.current.value = '';
  };

  async function run(dryRun: boolean, csv = text) {
    if (csv === null) return;
    setStage(dryRun ? 'checking' : 'applying');
    setError(null);
    setProgress(0);
    try {
      const { status, body } = await send(csv, `?dryRun=${dryRun}&mode=${mode}`, rowCount || csv.split('\n').length, setProgress);
      if (status !== 200 && !(status === 422 && body.rows)) {
        setReport(null);
        setError(body.message ?? t('import.failed'));
        return;
      }
      setReport(body);
      if (!dryRun && body.applied) {
        await Promise.all([deviceKeys.all, dashboardKeys.all, accountKeys.all].map((queryKey) => queryClient.invalidateQueries({ queryKey })));
        router.refresh();
        toast.success(t('import.applied', { created: body.counts.create, updated: body.counts.update }));
      }
    } catch {
      setError(t('import.failed'));
    } finally {
      setStage('idle');
    }
  }

  async function choose(file: File | undefined) {
    reset();
    if (!file) return;
    const csv = await file.text();
    setText(csv);
    await run(true, csv);
  }

  const rows = report ? [...report.rows].sort((a, b) => Number(b.status === 'error') - Number(a.status === 'error')).slice(0, SHOWN_ROWS) : [];
  const busy = stage !== 'idle';
  const writable = report ? report.counts.create + report.counts.update : 0;
  const refused = report && !report.dryRun && !report.applied;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <Button onClick={() => setOpen(true)}>{t('import.button')}</Button>
      <DialogContent title={t('import.title')} description={t('import.description')} className="max-w-4xl">
        <div className="space-y-4">
          <div className="flex flex-wrap items-center gap-3">
            <label htmlFor={fileId} className="text-sm font-medium text-slate-800">
              {t('import.file')}
            </label>
            <input
              ref={fileInput}
              id={fileId}
              type="file"
              accept=".csv,text/csv"
              disabled={busy}
              onChange={(event) => void choose(event.target.files?.[0])}
              className="text-sm"
            />
            <a href="/api/console/devices/import-template" download className={buttonClasses({ variant: 'ghost', size: 'sm' })}>
              {t('import.template')}
            </a>
          </div>
          <fieldset className="space-y-1 text-sm" disabled={busy}>
            <legend className="font-medium text-slate-800">{t('import.mode')}</legend>
            {(['valid', 'all-or-nothing'] as const).map((value) => (
              <label key={value} className="flex items-center gap-2">
                <input type="radio" name="import-mode" value={value} checked={mode === value} onChange={() => setMode(value)} />
                {t(`import.modes.${value}`)}
              </label>
            ))}
          </fieldset>
          {busy && (
            <div>
              <p className="mb-1 text-sm text-slate-700">{t(stage === 'checking' ? 'import.checking' : 'import.applying')}</p>
              <div
                role="progressbar"
                aria-label={t('import.progress')}
                aria-valuemin={0}
                aria-valuemax={100}
                aria-valuenow={Math.round(progress * 100)}
                className="h-2 w-full overflow-hidden rounded bg-slate-200"
              >
                <div className="h-full bg-brand-600 transition-[width]" style={{ width: `${Math.round(progress * 100)}%` }} />
              </div>
            </div>
          )}
          {error && <Alert>{error}</Alert>}
          {report && (
            <>
              {report.applied && <Alert tone="success">{t('import.applied', { created: report.counts.create, updated: report.counts.update })}</Alert>}
              {refused && <Alert>{t('import.refused', { count: report.counts.error })}</Alert>}
              <p className="flex flex-wrap gap-2 text-sm" data-testid="import-counts">
                {(['create', 'update', 'unchanged', 'error'] as const).map((status) => (
                  <Badge key={status} tone={TONE[status]}>
                    {t(`import.counts.${status}`, { count: report.counts[status] })}
                  </Badge>
                ))}
              </p>
              <div className="max-h-80 overflow-auto">
                <Table caption={report.rows.length > SHOWN_ROWS ? t('import.shownRows', { shown: SHOWN_ROWS, total: report.rows.length }) : undefined}>
                  <THead>
                    <TR>
                      <TH>{t('import.columns.line')}</TH>
                      <TH>{t('import.columns.mac')}</TH>
                      <TH>{t('import.columns.status')}</TH>
                      <TH>{t('import.columns.problems')}</TH>
                    </TR>
                  </THead>
                  <TBody>
                    {rows.map((row) => (
                      <TR key={row.line}>
                        <TD>{row.line}</TD>
                        <TD className="font-mono">{/^[0-9a-f]{12}$/.test(row.mac) ? formatMac(row.mac, 'colon-upper') : row.mac}</TD>
                        <TD>
                          <Badge tone={TONE[row.status]}>{t(`import.statuses.${row.status}`)}</Badge>
                        </TD>
                        <TD>
                          <ul className="space-y-0.5">
                            {row.problems.map((problem, i) => (
                              <li key={i}>
                                {problem.column && <span className="font-mono text-slate-600">{problem.column}: </span>}
                                {problem.message}
                              </li>
                            ))}
                            {row.newAccounts.length > 0 && (
                              <li className="text-slate-600">{t('import.newAccounts', { extensions: row.newAccounts.join(', ') })}</li>
                            )}
                          </ul>
                        </TD>
                      </TR>
                    ))}
                  </TBody>
                </Table>
              </div>
            </>
          )}
        </div>
        <DialogFooter>
          <Button
            variant="primary"
            disabled={busy || !report || !report.dryRun || writable === 0 || (mode === 'all-or-nothing' && report.counts.error > 0)}
            isPending={stage === 'applying'}
            onClick={() => void run(false)}
          >
            {t('import.apply', { count: writable })}
          </Button>
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
