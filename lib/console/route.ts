import 'server-only';
import { getDb, type Db } from '@/db/client';
import { type ConsoleSession, getSession } from '@/lib/auth/session';

const NO_STORE = { 'Cache-Control': 'no-store' };

export type ConsoleReadContext = { session: ConsoleSession; tenantId: number; db: Db; params: URLSearchParams };

/**
 * Frame of the console's GET route handlers (the client's refetches): the session is checked
 * here, not only by proxy.ts, and answers are never cached.
 */
export async function consoleJson(request: Request, read: (ctx: ConsoleReadContext) => unknown): Promise<Response> {
  const session = await getSession();
  if (!session) return Response.json({ error: 'unauthorized' }, { status: 401, headers: NO_STORE });
  const params = new URL(request.url).searchParams;
  return Response.json(read({ session, tenantId: session.tenant.id, db: getDb(), params }), { headers: NO_STORE });
}
