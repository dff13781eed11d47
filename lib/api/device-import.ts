import type { TFunction } from 'i18next';
import { mayDo } from '@/lib/auth/roles';
import { languageFromAcceptLanguage } from '@/lib/i18n/settings';
import { translator } from '@/lib/i18n/translate';
import { applyDeviceImport, dryRunDeviceImport, type ImportMode, type ImportReport } from '@/lib/domain/device-import';
import { MAX_IMPORT_BODY_BYTES, readBodyText } from './body';
import { json } from './errors';
import { withApi } from './handlers';

/** A report's problems with their message in the caller's language, next to their column and i18n key. */
export type TranslatedReport = Omit<ImportReport, 'rows'> & {
  rows: (Omit<ImportReport['rows'][number], 'problems'> & { problems: { column: string | null; code: string; message: string }[] })[];
};

export const translateReport = (report: ImportReport, t: TFunction): TranslatedReport => ({
  ...report,
  rows: report.rows.map((row) => ({ ...row, problems: row.problems.map((p) => ({ column: p.column, code: p.code, message: t(p.code, p.params) })) })),
});

/** `?mode=all-or-nothing` writes nothing when a row has an error; the default writes the valid rows. */
export const importMode = (params: URLSearchParams): ImportMode => (params.get('mode') === 'all-or-nothing' ? 'all-or-nothing' : 'valid');

/** Runs a dry run or the apply on a CSV text: 200 with the report, 422 when "all or nothing" refused the file. */
export function importDevices(db: Parameters<typeof applyDeviceImport>[0], tenantId: number, text: string, options: { dryRun: boolean; mode: ImportMode }) {
  const report = options.dryRun ? dryRunDeviceImport(db, tenantId, text, options.mode) : applyDeviceImport(db, tenantId, text, options.mode);
  return { status: options.dryRun || report.applied ? 200 : 422, report };
}

/**
 * POST /api/v1/devices/import (text/csv body, up to MAX_IMPORT_BODY_BYTES): `?dryRun=true` answers what each row would
 * do; without it the rows are written. Problems come in the caller's Accept-Language. Viewers are refused.
 */
export const deviceImportHandlers = () => ({
  POST: (request: Request) =>
    withApi(request, async ({ db, tenantId, principal, params }) => {
      if (!mayDo(principal.role, 'write')) return json(403, { error: 'forbidden' });
      const text = await readBodyText(request, MAX_IMPORT_BODY_BYTES);
      const { status, report } = importDevices(db, tenantId, text, { dryRun: params.get('dryRun') === 'true', mode: importMode(params) });
      return json(status, translateReport(report, translator(languageFromAcceptLanguage(request.headers.get('accept-language')))));
    }),
});
