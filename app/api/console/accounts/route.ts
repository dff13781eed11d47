import { accountListParamsSchema, paramsRecord } from '@/lib/validation/list-params';
import { listAccountPage } from '@/db/queries/accounts';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listAccountPage(db, tenantId, accountListParamsSchema.parse(paramsRecord(params))));
