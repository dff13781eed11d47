import type { Db } from '@/db/client';
import { mayDo } from '@/lib/auth/roles';
import { backupFileName, restoreTenantBackup, tenantBackup } from '@/lib/domain/tenant-backup';
import { tenantBackupFormSchema, tenantRestoreSchema } from '@/lib/validation/tenant-backup';
import { readBodyText } from './body';
import { json } from './errors';
import { readJson, withApi } from './handlers';

/** A backup of 100,000 devices is a few tens of MB of JSON. */
export const MAX_BACKUP_BODY_BYTES = 64 * 1024 * 1024;

export const backupResponse = (backup: unknown, tenantName: string) =>
  json(200, backup, { 'Content-Disposition': `attachment; filename="${backupFileName(tenantName)}"` });

/** Restores `{ backup, passphrase? }` (the backup as the file's object or its text); a text that is not JSON is not a backup. */
export function restoreFromBody(db: Db, tenantId: number, body: unknown) {
  const { backup, passphrase } = tenantRestoreSchema.parse(body);
  let file: unknown = backup;
  if (typeof backup === 'string')
    try {
      file = JSON.parse(backup) as unknown;
    } catch {
      file = null;
    }
  return restoreTenantBackup(db, tenantId, file, passphrase);
}

const forbidden = () => json(403, { error: 'forbidden' });

/**
 * /api/v1/backup: GET the tenant's backup without passwords; POST `{ secrets: true, passphrase, confirm }` to have them
 * sealed with the passphrase. POST /api/v1/backup/restore `{ backup, passphrase? }` into an empty tenant. Admin and
 * owner tokens only (a backup is the tenant's whole configuration).
 */
export const tenantBackupHandlers = () => ({
  GET: (request: Request) =>
    withApi(request, ({ db, tenantId, tenant, principal }) =>
      mayDo(principal.role, 'write') ? backupResponse(tenantBackup(db, tenantId, { secrets: false }), tenant.name) : forbidden(),
    ),
  POST: (request: Request) =>
    withApi(request, async ({ db, tenantId, tenant, principal }) => {
      if (!mayDo(principal.role, 'write')) return forbidden();
      const { secrets, passphrase } = tenantBackupFormSchema.parse(await readJson(request));
      return backupResponse(tenantBackup(db, tenantId, secrets ? { secrets, passphrase } : { secrets }), tenant.name);
    }),
});

export const tenantRestoreHandlers = () => ({
  POST: (request: Request) =>
    withApi(request, async ({ db, tenantId, principal }) => {
      if (!mayDo(principal.role, 'write')) return forbidden();
      return json(200, restoreFromBody(db, tenantId, JSON.parse(await readBodyText(request, MAX_BACKUP_BODY_BYTES)) as unknown));
    }),
});
