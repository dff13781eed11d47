import 'server-only';
import { getDb, type Db } from '@/db/client';
import { type ActionResult, fail, ok, toActionFailure } from '@/lib/action-result';
import { runAs } from '@/lib/auth/actor';
import { type Access, mayDo } from '@/lib/auth/roles';
import { type ConsoleSession, getSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';

export type ActionContext = { session: ConsoleSession; tenantId: number; db: Db };

/**
 * The frame of every console server action: authorise first (actions are public POST
 * endpoints), then run the parse-and-call-the-domain body, turning expected failures into an
 * ActionResult in the user's language. Without a session the answer is a 401 result, which the
 * client turns into a visit to /login. `access` is what the action needs (lib/auth/roles.ts):
 * writes by default, so a new action is refused to viewers unless it says it only reads; a viewer
 * or a tenant admin asking for more gets a 403 result saying why. The tenant is always one the
 * user reaches (getSession), so ids of another tenant's rows answer 404 in the domain.
 *
 * No action calls redirect(): Next answers an action's redirect by fetching the target itself
 * from the origin given to next() in server.ts, which today is unset (localhost:3000). Nor
 * revalidatePath(): console pages are dynamic, lists refresh through React Query invalidation
 * and forms call router.refresh() where a server-rendered part must follow.
 */
export async function runAction<T>(body: (ctx: ActionContext) => T | Promise<T>, access: Access = 'write'): Promise<ActionResult<T>> {
  const session = await getSession();
  const { t } = await getT();
  if (!session) return fail(t, 401, 'auth:errors.sessionExpired');
  if (!mayDo(session.role, access)) return fail(t, 403, access === 'owner' ? 'auth:errors.ownerOnly' : 'auth:errors.readOnly');
  try {
    return ok(await runAs({ kind: 'user', userId: session.userId, name: session.username }, () => body({ session, tenantId: session.tenant.id, db: getDb() })));
  } catch (error) {
    return toActionFailure(error, t);
  }
}
