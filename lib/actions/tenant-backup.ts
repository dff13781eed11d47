'use server';

import type { ActionResult } from '@/lib/action-result';
import { backupFileName, tenantBackup } from '@/lib/domain/tenant-backup';
import { tenantBackupFormSchema } from '@/lib/validation/tenant-backup';
import { runAction } from './run';

/** The tenant's backup as the JSON text of the file to download (admins and owners; passwords sealed when asked). */
export async function tenantBackupAction(input: unknown): Promise<ActionResult<{ json: string; fileName: string }>> {
  return runAction(({ db, tenantId, session }) => {
    const { secrets, passphrase } = tenantBackupFormSchema.parse(input);
    const backup = tenantBackup(db, tenantId, secrets ? { secrets, passphrase } : { secrets });
    return { json: JSON.stringify(backup, null, 2), fileName: backupFileName(session.tenant.name) };
  });
}
