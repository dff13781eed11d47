import { listPlaceholderRows } from '@/lib/console/placeholder-list';
import { consoleJson } from '@/lib/console/route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listPlaceholderRows(db, tenantId));
