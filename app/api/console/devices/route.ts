import { deviceListParamsSchema, paramsRecord } from '@/lib/validation/list-params';
import { listDevicePage } from '@/db/queries/devices';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listDevicePage(db, tenantId, deviceListParamsSchema.parse(paramsRecord(params))));
