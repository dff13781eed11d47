import { listAuditLog } from '@/db/queries/audit-log';
import { consoleJson } from '@/lib/api/console-route';
import { consoleAuditScope } from '@/lib/audit/console-scope';
import { auditLogParamsSchema } from '@/lib/validation/audit-log';
import { paramsRecord } from '@/lib/validation/list-params';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listAuditLog(db, consoleAuditScope(db, tenantId), auditLogParamsSchema.parse(paramsRecord(params))));
