import { getDb } from '@/db/client';
import { auditActors, listAuditLog } from '@/db/queries/audit-log';
import { AuditLogPanel } from '@/components/audit/audit-log-panel';
import { consoleAuditScope } from '@/lib/audit/console-scope';
import { AUDIT_ENTITIES } from '@/lib/audit/record';
import { requireSession } from '@/lib/auth/session';
import { env } from '@/lib/env';
import { auditLogParamsSchema } from '@/lib/validation/audit-log';
import { paramsRecord } from '@/lib/validation/list-params';

export const dynamic = 'force-dynamic';

export default async function AuditLogPage(props: PageProps<'/audit-log'>) {
  const session = await requireSession();
  const db = getDb();
  const params = auditLogParamsSchema.parse(paramsRecord(await props.searchParams));
  const scope = consoleAuditScope(db, session.tenant.id);
  return (
    <AuditLogPanel
      initialParams={params}
      initialPage={listAuditLog(db, scope, params)}
      actors={auditActors(db, scope)}
      entities={AUDIT_ENTITIES}
      retentionDays={env().AUDIT_RETENTION_DAYS}
    />
  );
}
