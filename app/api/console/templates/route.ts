import { consoleJson } from '@/lib/console/route';
import { listTemplateGroups } from '@/lib/console/template-list';

export const dynamic = 'force-dynamic';

/** The templates panel: templates grouped by brand, then model. */
export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listTemplateGroups(db, tenantId));
