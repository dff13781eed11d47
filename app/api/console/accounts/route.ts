import { listAccountPage } from '@/lib/console/account-list';
import { consoleJson } from '@/lib/console/route';
import { accountListParamsSchema, paramsRecord } from '@/lib/validation/list-params';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listAccountPage(db, tenantId, accountListParamsSchema.parse(paramsRecord(params))));
