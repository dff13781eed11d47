import { listDevicePage } from '@/lib/console/device-list';
import { consoleJson } from '@/lib/console/route';
import { deviceListParamsSchema, paramsRecord } from '@/lib/validation/list-params';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listDevicePage(db, tenantId, deviceListParamsSchema.parse(paramsRecord(params))));
