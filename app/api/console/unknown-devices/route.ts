import { consoleJson } from '@/lib/console/route';
import { listUnknownDevicePage } from '@/lib/console/unknown-device-list';
import { paramsRecord } from '@/lib/validation/list-params';
import { searchPageParamsSchema } from '@/lib/validation/search-page-params';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listUnknownDevicePage(db, tenantId, searchPageParamsSchema.parse(paramsRecord(params))));
