import { listRedirectionServerRows } from '@/db/queries/redirection-servers';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listRedirectionServerRows(db, tenantId));
