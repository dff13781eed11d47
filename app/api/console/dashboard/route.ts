import { dashboardData } from '@/lib/console/queries';
import { consoleJson } from '@/lib/console/route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, session }) => dashboardData(db, session.tenant));
