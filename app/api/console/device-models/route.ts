import { listModelRows } from '@/db/queries/device-models';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

/** The device models panel's rows (brand, example file name, usage counts). */
export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listModelRows(db, tenantId));
