import { listBrandsAndRules } from '@/db/queries/brands-and-rules';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

/** The brands and file-name rules page: every brand and rule with the models, devices and files using it. */
export const GET = (request: Request) => consoleJson(request, ({ db, tenantId }) => listBrandsAndRules(db, tenantId));
