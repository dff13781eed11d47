import { consoleJson } from '@/lib/console/route';
import { listNetworkInterfaces } from '@/lib/domain/pbx';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listNetworkInterfaces(db, tenantId));
