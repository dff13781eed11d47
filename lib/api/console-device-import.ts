import 'server-only';
import { getDb } from '@/db/client';
import { toActionFailure } from '@/lib/action-result';
import { runAs } from '@/lib/auth/actor';
import { mayDo } from '@/lib/auth/roles';
import { getSession } from '@/lib/auth/session';
import { toCsv } from '@/lib/audit/csv';
import { TEMPLATE_COLUMNS } from '@/lib/domain/device-csv';
import { getT } from '@/lib/i18n/server';
import { BodyTooLargeError, MAX_IMPORT_BODY_BYTES, readBodyText } from './body';
import { importDevices, importMode, translateReport } from './device-import';

const NO_STORE = { 'Cache-Control': 'no-store' };
const answer = (status: number, body: unknown) => Response.json(body, { status, headers: NO_STORE });

/**
 * POST /api/console/devices/import: the console's import (dry run or apply) as the signed-in user, with the API's
 * size limit rather than the server actions' 1 MB; problems and refusals in the user's language. Viewers get 403.
 */
export async function consoleDeviceImport(request: Request): Promise<Response> {
  const session = await getSession();
  const { t } = await getT();
  if (!session) return answer(401, { error: 'unauthorized', message: t('auth:errors.sessionExpired') });
  if (!mayDo(session.role, 'write')) return answer(403, { error: 'forbidden', message: t('auth:errors.readOnly') });
  const params = new URL(request.url).searchParams;
  try {
    const text = await readBodyText(request, MAX_IMPORT_BODY_BYTES);
    const { status, report } = runAs({ kind: 'user', userId: session.userId, name: session.username }, () =>
      importDevices(getDb(), session.tenant.id, text, { dryRun: params.get('dryRun') === 'true', mode: importMode(params) }),
    );
    return answer(status, translateReport(report, t));
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return answer(413, { error: 'payload_too_large', message: t('validation:import.tooLarge', { limit: error.limit }) });
    const failure = toActionFailure(error, t);
    return answer(failure.status, { error: failure.code, message: failure.message });
  }
}

/** The columns of a device CSV and one example row, for the console's "Download the template". */
export function deviceImportTemplate(): Response {
  const example: Record<string, string> = {
    mac: '00:15:65:12:34:56',
    model: 'Yealink T4x',
    label: 'Reception',
    enabled: 'true',
    line1: '201',
    line1_sip_username: '201',
    line1_sip_password: 'change-me-201',
    line1_display_name: 'Reception',
  };
  return new Response(toCsv([TEMPLATE_COLUMNS, TEMPLATE_COLUMNS.map((column) => example[column] ?? '')]), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="devices-import-template.csv"',
      'X-Content-Type-Options': 'nosniff',
      ...NO_STORE,
    },
  });
}
