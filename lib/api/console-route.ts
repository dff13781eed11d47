import 'server-only';
import { type Db, getDb } from '@/db/client';
import { mayRevealSecrets } from '@/lib/auth/roles';
import { type ConsoleSession, getSession } from '@/lib/auth/session';

const NO_STORE = { 'Cache-Control': 'no-store' };
const unauthorized = () => Response.json({ error: 'unauthorized' }, { status: 401, headers: NO_STORE });
const notFound = () => Response.json({ error: 'not_found' }, { status: 404, headers: NO_STORE });
const forbidden = () => Response.json({ error: 'forbidden' }, { status: 403, headers: NO_STORE });

export type ConsoleReadContext = { session: ConsoleSession; tenantId: number; db: Db; params: URLSearchParams };

/**
 * Frame of the console's GET route handlers under /api/console (the client's refetches): the
 * session is checked here, not only by proxy.ts; `undefined` (a row that is not the tenant's) is a
 * 404; answers are never cached.
 */
export async function consoleJson(request: Request, read: (ctx: ConsoleReadContext) => unknown): Promise<Response> {
  const session = await getSession();
  if (!session) return unauthorized();
  const body = read({ session, tenantId: session.tenant.id, db: getDb(), params: new URL(request.url).searchParams });
  return body === undefined ? notFound() : Response.json(body, { headers: NO_STORE });
}

/**
 * Frame of the route handlers of one generated file (its JSON, its download): the session is
 * checked here, a malformed id is a 404, and nothing is cached. `respond` answers undefined for a
 * file that is not the tenant's. When the answer would carry secrets in clear (`revealsSecrets`),
 * a viewer gets a 403.
 */
export async function fileRoute(
  fileIdParam: string,
  respond: (ctx: { session: ConsoleSession; db: Db; fileId: number }) => Response | undefined,
  { revealsSecrets }: { revealsSecrets: boolean },
): Promise<Response> {
  const session = await getSession();
  if (!session) return unauthorized();
  if (revealsSecrets && !mayRevealSecrets(session.role)) return forbidden();
  const fileId = Number(fileIdParam);
  if (!/^\d+$/.test(fileIdParam) || !Number.isSafeInteger(fileId) || fileId <= 0) return notFound();
  return respond({ session, db: getDb(), fileId }) ?? notFound();
}
