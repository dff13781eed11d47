import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { deviceModels, devices, filenameRules, generatedFiles } from '@/db/schema';
import { deviceFileName, type FilenameRuleFacts } from '@/lib/file-name-rule';
import type { DeviceRef } from './devices';
import { chunks, fileLookupKey } from './generation';

/** How many renamed files, and how many collisions, a preview lists (the count says how many there are in all). */
export const FILE_NAME_CHANGE_EXAMPLES = 10;

export type FileNameChange = { deviceId: number; mac: string; label: string; from: string; to: string };
/** A new name already held by a file that is not renamed with it: another device's file, or a common file (`holder` null). */
export type FileNameCollision = { fileName: string; holder: DeviceRef | null };
export type FileNameChanges = {
  /** Enabled devices of the models in scope: the ones that have a file. */
  deviceCount: number;
  /** Files whose name changes: phones asking for the old name get 404 from then on. */
  count: number;
  examples: FileNameChange[];
  collisionCount: number;
  collisions: FileNameCollision[];
};

/** The enabled devices of these models with the rule their file is named by today, MAC-ordered. */
const devicesNamedByRule = (db: DbOrTx, tenantId: number, modelIds: readonly number[]) =>
  db
    .select({
      id: devices.id,
      mac: devices.mac,
      label: devices.label,
      prefix: filenameRules.prefix,
      macFormat: filenameRules.macFormat,
      suffix: filenameRules.suffix,
    })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(and(eq(devices.tenantId, tenantId), inArray(devices.modelId, [...modelIds]), eq(devices.isEnabled, true)))
    .orderBy(asc(devices.mac))
    .all();

/** The tenant's files holding any of these names, whatever their case, with the device holding each (null: a common file). */
const holdersOf = (db: DbOrTx, tenantId: number, fileNames: readonly string[]) =>
  chunks(fileNames.map(fileLookupKey)).flatMap((keys) =>
    db
      .select({ fileName: generatedFiles.fileName, deviceId: devices.id, mac: devices.mac, label: devices.label })
      .from(generatedFiles)
      .leftJoin(devices, eq(devices.id, generatedFiles.deviceId))
      .where(and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.lookupName, keys)))
      .all(),
  );

/**
 * What naming the files of these models' devices by `rule` does: each renamed file (old → new name) and
 * the new names that collide with a file outside the change (regeneration would refuse them). The same
 * names regeneration writes (lib/file-name-rule.ts), so the preview is what saving produces.
 */
export function fileNameChanges(db: DbOrTx, tenantId: number, modelIds: readonly number[], rule: FilenameRuleFacts): FileNameChanges {
  const rows = modelIds.length === 0 ? [] : devicesNamedByRule(db, tenantId, modelIds);
  const changes = rows
    .map((row) => ({ deviceId: row.id, mac: row.mac, label: row.label, from: deviceFileName(row, row.mac), to: deviceFileName(rule, row.mac) }))
    .filter((change) => change.from !== change.to);
  const inScope = new Set(rows.map((row) => row.id));
  const collisions = holdersOf(
    db,
    tenantId,
    changes.map((c) => c.to),
  )
    .filter((holder) => holder.deviceId === null || !inScope.has(holder.deviceId))
    .map(({ fileName, deviceId, mac, label }): FileNameCollision => ({
      fileName,
      holder: deviceId === null ? null : { id: deviceId, mac: mac!, label: label! },
    }))
    .sort((a, b) => a.fileName.localeCompare(b.fileName));
  return {
    deviceCount: rows.length,
    count: changes.length,
    examples: changes.slice(0, FILE_NAME_CHANGE_EXAMPLES),
    collisionCount: collisions.length,
    collisions: collisions.slice(0, FILE_NAME_CHANGE_EXAMPLES),
  };
}

/** What the console asks about: a rule being edited (every model using it) or a model being given another rule. */
export type FileNameChangeTarget = { ruleId: number } | { modelId: number };

/** The preview of the rule form (`ruleId`) or the model form (`modelId`); undefined when the row is not the tenant's. */
export function fileNameChangesOf(db: DbOrTx, tenantId: number, target: FileNameChangeTarget, rule: FilenameRuleFacts): FileNameChanges | undefined {
  const models =
    'ruleId' in target
      ? db
          .select({ id: deviceModels.id })
          .from(deviceModels)
          .where(and(eq(deviceModels.tenantId, tenantId), eq(deviceModels.filenameRuleId, target.ruleId)))
          .all()
      : db
          .select({ id: deviceModels.id })
          .from(deviceModels)
          .where(and(eq(deviceModels.tenantId, tenantId), eq(deviceModels.id, target.modelId)))
          .all();
  if (
    'ruleId' in target &&
    !db
      .select({ id: filenameRules.id })
      .from(filenameRules)
      .where(and(eq(filenameRules.tenantId, tenantId), eq(filenameRules.id, target.ruleId)))
      .get()
  )
    return undefined;
  if ('modelId' in target && models.length === 0) return undefined;
  return fileNameChanges(
    db,
    tenantId,
    models.map((m) => m.id),
    rule,
  );
}
