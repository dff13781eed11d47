import { paramsRecord } from '@/lib/validation/list-params';
import { unknownDeviceListParamsSchema } from '@/lib/validation/list-params';
import { consoleJson } from '@/lib/api/console-route';
import { listUnknownDevicePage } from '@/db/queries/unknown-devices';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => listUnknownDevicePage(db, tenantId, unknownDeviceListParamsSchema.parse(paramsRecord(params))));
