import { searchAccounts } from '@/db/queries/accounts';
import { consoleJson } from '@/lib/api/console-route';

export const dynamic = 'force-dynamic';

/** The line picker's suggestions: `?q=` matches extension, SIP user or names. */
export const GET = (request: Request) =>
  consoleJson(request, ({ db, tenantId, params }) => searchAccounts(db, tenantId, params.get('q')?.trim().slice(0, 100) || undefined));
