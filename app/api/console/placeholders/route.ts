import { listPlaceholderRows } from '@/db/queries/placeholders';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listPlaceholderRows(db, tenantId));
