import { dashboardData } from '@/db/queries/dashboard';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

export const GET = (request: Request) => consoleJson(request, ({ db, session }) => dashboardData(db, session.tenant));
