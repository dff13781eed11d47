import 'server-only';
import { getDb } from '@/db/client';
import { recordExportReveal } from '@/lib/audit/reveal';
import { mayRevealSecrets } from '@/lib/auth/roles';
import { getSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { csvResponse, type ExportKind, exportCsv, NO_STORE } from './csv-export';

const ENTITY = { devices: 'device', accounts: 'account' } as const;

/** GET /api/console/devices/export and /api/console/accounts/export, as the signed-in user. */
export const consoleExport = (kind: ExportKind) => async (request: Request) => {
  const session = await getSession();
  const { t } = await getT();
  if (!session) return Response.json({ error: 'unauthorized', message: t('auth:errors.sessionExpired') }, { status: 401, headers: NO_STORE });
  const params = new URL(request.url).searchParams;
  const secrets = params.get('secrets') === '1';
  if (secrets && !mayRevealSecrets(session.role))
    return Response.json({ error: 'forbidden', message: t('auth:errors.readOnly') }, { status: 403, headers: NO_STORE });
  const db = getDb();
  const { csv, count } = exportCsv(kind, db, session.tenant.id, params, secrets);
  if (secrets) recordExportReveal(db, session, ENTITY[kind], count);
  return csvResponse(kind, csv);
};
