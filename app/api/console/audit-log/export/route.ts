import { getDb } from '@/db/client';
import { auditLogForExport } from '@/db/queries/audit-log';
import { consoleAuditScope } from '@/lib/audit/console-scope';
import { auditCsv } from '@/lib/audit/export';
import { getSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { auditLogParamsSchema } from '@/lib/validation/audit-log';
import { paramsRecord } from '@/lib/validation/list-params';

export const dynamic = 'force-dynamic';

/** The entries the page's filters select, as a CSV file in the admin's language. */
export async function GET(request: Request) {
  const session = await getSession();
  if (!session) return Response.json({ error: 'unauthorized' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const db = getDb();
  const params = auditLogParamsSchema.parse(paramsRecord(new URL(request.url).searchParams));
  const scope = consoleAuditScope(db, session.tenant.id);
  const { t } = await getT();
  return new Response(auditCsv(auditLogForExport(db, scope, params), t, scope.timeZone), {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="audit-log-${new Date().toISOString().slice(0, 10)}.csv"`,
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
