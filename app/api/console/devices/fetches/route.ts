import { deviceFetchHistory } from '@/db/queries/device-fetches';
import { consoleJson } from '@/lib/api/console-route';
import { id } from '@/lib/validation/common';

export const dynamic = 'force-dynamic';

/** `?deviceId=`: what the device's phone asked for (404 when the device is not the tenant's). */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, session, params }) => {
    const deviceId = id.safeParse(params.get('deviceId'));
    return deviceId.success ? deviceFetchHistory(db, session.tenant, deviceId.data) : undefined;
  });
