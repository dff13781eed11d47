import { listModelRows } from '@/lib/console/model-list';
import { consoleJson } from '@/lib/console/route';

export const dynamic = 'force-dynamic';

/** The device models panel's rows (brand, example file name, usage counts). */
export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listModelRows(db, tenantId));
