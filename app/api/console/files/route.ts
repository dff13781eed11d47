import { listFilePage } from '@/lib/console/file-list';
import { consoleJson } from '@/lib/console/route';
import { paramsRecord } from '@/lib/validation/list-params';
import { searchPageParamsSchema } from '@/lib/validation/search-page-params';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listFilePage(db, tenantId, searchPageParamsSchema.parse(paramsRecord(params))));
