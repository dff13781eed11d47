import { consoleJson } from '@/lib/api/console-route';
import { listTemplateGroups } from '@/db/queries/templates';

export const dynamic = 'force-dynamic';

/** The templates panel: templates grouped by brand, then model. */
export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listTemplateGroups(db, tenantId));
