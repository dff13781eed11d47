import 'server-only';
import { getDb, type Db } from '@/db/client';
import { type ConsoleSession, getSession } from '@/lib/auth/session';
import { DomainError } from '@/lib/domain/errors';

const NO_STORE = { 'Cache-Control': 'no-store' };

/**
 * Frame of the route handlers of one generated file (its JSON, its download): the session is
 * checked here, a malformed or foreign id is a 404, and nothing is cached.
 */
export async function fileRoute(fileIdParam: string, respond: (ctx: { session: ConsoleSession; db: Db; fileId: number }) => Response): Promise<Response> {
  const session = await getSession();
  if (!session) return Response.json({ error: 'unauthorized' }, { status: 401, headers: NO_STORE });
  const fileId = Number(fileIdParam);
  const missing = () => Response.json({ error: 'not_found' }, { status: 404, headers: NO_STORE });
  if (!/^\d+$/.test(fileIdParam) || !Number.isSafeInteger(fileId) || fileId <= 0) return missing();
  try {
    return respond({ session, db: getDb(), fileId });
  } catch (error) {
    if (error instanceof DomainError && error.status === 404) return missing();
    throw error;
  }
}
