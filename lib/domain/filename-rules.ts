import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { devicesOfModels } from '@/db/queries/devices';
import { type FilenameRule, getFilenameRule, modelsOfRule } from '@/db/queries/device-models';
import { filenameRules } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, found } from '@/lib/errors';
import { filenameRuleSchema } from '@/lib/validation/entities';
import { renameFilesChecked } from './file-name-changes';
import { assertNameFree, assertNotBuiltIn, scopeOf, writeAndRegenerate } from './support';

/** Inserts a rule; `field` is where a name clash is reported (`newFilenameRule.name` when created inline with a model). */
export function insertFilenameRule(db: DbOrTx, tenantId: number, input: unknown, field = 'name'): FilenameRule {
  const data = filenameRuleSchema.parse(input);
  assertNameFree(db, filenameRules, tenantId, data.name, undefined, { field });
  const rule = db
    .insert(filenameRules)
    .values({ ...data, tenantId })
    .returning()
    .get();
  recordAudit(db, { tenantId, entity: 'filename-rule', entityId: rule.id, label: rule.name, action: 'create', after: rule });
  return rule;
}

export const createFilenameRule = (db: Db, tenantId: number, input: unknown) => db.transaction((tx) => insertFilenameRule(tx, tenantId, input));

/**
 * A changed rule renames the files of its models' devices in the same transaction (the old names disappear);
 * refused under `prefix` when a new name is another file's. `renamed`: how many files got a new name.
 */
export function updateFilenameRuleCounted(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): { rule: FilenameRule; renamed: number } {
  const current = found(getFilenameRule(db, tenantId, id), 'filename rule');
  assertNotBuiltIn(current);
  const data = filenameRuleSchema.parse({ ...current, ...patch });
  assertNameFree(db, filenameRules, tenantId, data.name, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const modelIds = modelsOfRule(tx, id).map((m) => m.id);
      const { count } = renameFilesChecked(tx, tenantId, modelIds, data, 'prefix');
      const rule = tx.update(filenameRules).set(data).where(eq(filenameRules.id, id)).returning().get();
      recordAudit(tx, { tenantId, entity: 'filename-rule', entityId: id, label: rule.name, action: 'update', before: current, after: rule });
      return { rule, renamed: count, modelIds };
    },
    (tx, { modelIds }) => scopeOf(devicesOfModels(tx, tenantId, modelIds)),
  );
}

export const updateFilenameRule = (db: Db, tenantId: number, id: number, patch: Record<string, unknown>): FilenameRule =>
  updateFilenameRuleCounted(db, tenantId, id, patch).rule;

/** Refused for built-ins and while models use the rule. */
export function deleteFilenameRule(db: Db, tenantId: number, id: number): void {
  const current = found(getFilenameRule(db, tenantId, id), 'filename rule');
  assertNotBuiltIn(current);
  const models = modelsOfRule(db, id);
  if (models.length > 0) throw conflict(null, 'validation:rule.inUse', { models: models.map((m) => m.name).join(', ') });
  db.transaction((tx) => {
    tx.delete(filenameRules).where(eq(filenameRules.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'filename-rule', entityId: id, label: current.name, action: 'delete', before: current });
  });
}
