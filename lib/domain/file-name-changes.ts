import type { DbOrTx } from '@/db/client';
import { type FileNameChanges, fileNameChanges } from '@/db/queries/file-name-changes';
import { conflict } from '@/lib/errors';
import type { FilenameRuleFacts } from '@/lib/file-name-rule';
import { deviceName } from './support';

/**
 * Naming the files of these models' devices by `rule`, refused (409 under `field`) when a new name is
 * already another file's: the console's preview flags the same collisions before the admin saves.
 */
export function renameFilesChecked(db: DbOrTx, tenantId: number, modelIds: readonly number[], rule: FilenameRuleFacts, field: string): FileNameChanges {
  const changes = fileNameChanges(db, tenantId, modelIds, rule);
  const clash = changes.collisions[0];
  if (clash) {
    const params = { fileName: clash.fileName, count: changes.collisionCount };
    if (clash.holder) throw conflict(field, 'validation:fileName.collidesWithDevice', { ...params, holder: deviceName(clash.holder) });
    throw conflict(field, 'validation:fileName.collidesWithCommonFile', params);
  }
  return changes;
}
