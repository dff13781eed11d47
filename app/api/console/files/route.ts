import { paramsRecord } from '@/lib/validation/list-params';
import { fileListParamsSchema } from '@/lib/validation/list-params';
import { listFilePage } from '@/db/queries/files';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listFilePage(db, tenantId, fileListParamsSchema.parse(paramsRecord(params))));
