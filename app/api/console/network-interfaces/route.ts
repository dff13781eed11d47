import { consoleJson } from '@/lib/api/console-route';
import { listNetworkInterfaces } from '@/db/queries/pbx';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listNetworkInterfaces(db, tenantId));
