import 'server-only';
import { getDb } from '@/db/client';
import { toActionFailure } from '@/lib/action-result';
import { runAs } from '@/lib/auth/actor';
import { mayDo } from '@/lib/auth/roles';
import { getSession } from '@/lib/auth/session';
import { getT } from '@/lib/i18n/server';
import { BodyTooLargeError, readBodyText } from './body';
import { MAX_BACKUP_BODY_BYTES, restoreFromBody } from './tenant-backup';

const NO_STORE = { 'Cache-Control': 'no-store' };
const answer = (status: number, body: unknown) => Response.json(body, { status, headers: NO_STORE });

/**
 * POST /api/console/tenant-backup/restore `{ backup: <file text>, passphrase? }`: the console's restore into the
 * current tenant (a route handler: a backup is larger than a server action's 1 MB), as the signed-in admin; refusals
 * in the user's language, with the field they concern. Viewers get 403.
 */
export async function consoleTenantRestore(request: Request): Promise<Response> {
  const session = await getSession();
  const { t } = await getT();
  if (!session) return answer(401, { error: 'unauthorized', message: t('auth:errors.sessionExpired') });
  if (!mayDo(session.role, 'write')) return answer(403, { error: 'forbidden', message: t('auth:errors.readOnly') });
  try {
    const body = JSON.parse(await readBodyText(request, MAX_BACKUP_BODY_BYTES)) as unknown;
    const report = runAs({ kind: 'user', userId: session.userId, name: session.username }, () => restoreFromBody(getDb(), session.tenant.id, body));
    return answer(200, report);
  } catch (error) {
    if (error instanceof BodyTooLargeError)
      return answer(413, { error: 'payload_too_large', message: t('validation:backup.tooLarge', { limit: error.limit }) });
    const failure = toActionFailure(error, t);
    return answer(failure.status, { error: failure.code, message: failure.message, fields: failure.fieldErrors });
  }
}
