import { listRedirectionServerRows } from '@/lib/console/redirection-list';
import { consoleJson } from '@/lib/console/route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listRedirectionServerRows(db, tenantId));
