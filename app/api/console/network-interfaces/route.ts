import { consoleJson } from '@/lib/api/console-route';
import { networkInterfaceRows } from '@/db/queries/pbx';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => networkInterfaceRows(db, tenantId));
