import { eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { devicesOfModel, devicesOfModels } from '@/db/queries/devices';
import { type DeviceModel, getBrand, getDeviceModel, getFilenameRule } from '@/db/queries/device-models';
import { templatesOfModel } from '@/db/queries/templates';
import { deviceModels, templates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { DomainError, found } from '@/lib/errors';
import { commonFileIssues } from '@/lib/provisioning/template-check';
import { type DeviceModelInput, deviceModelSchema } from '@/lib/validation/entities';
import { insertBrand } from './brands';
import { renameFilesChecked } from './file-name-changes';
import { insertFilenameRule } from './filename-rules';
import { reportRenderFailureOnForm } from './render-failure';
import { assertNameFree, assertNoDevices, assertNotBuiltIn, scopeOf, writeAndRegenerate } from './support';

function checkCommonFiles(db: Db, tenantId: number, data: DeviceModelInput) {
  const bad = commonFileIssues(db, tenantId, data.commonFiles);
  if (bad)
    throw new DomainError(
      422,
      'validation:model.commonFileInvalid',
      `commonFiles.${bad.index}.body`,
      { fileName: data.commonFiles[bad.index].fileName },
      bad.issues,
    );
}

/** Resolves "pick existing or create inline" for brand and file-name rule, inside the transaction; a clash is reported under the inline field. */
function modelColumns(tx: Tx, tenantId: number, data: DeviceModelInput) {
  const brandId =
    data.newBrandName !== undefined
      ? insertBrand(tx, tenantId, data.newBrandName, 'newBrandName').id
      : found(getBrand(tx, tenantId, data.brandId!), 'brand').id;
  const filenameRuleId =
    data.newFilenameRule !== undefined
      ? insertFilenameRule(tx, tenantId, data.newFilenameRule, 'newFilenameRule.name').id
      : found(getFilenameRule(tx, tenantId, data.filenameRuleId!), 'filename rule').id;
  return { name: data.name, brandId, filenameRuleId, contentType: data.contentType, commonFiles: data.commonFiles };
}

/** Creates a model; a new brand and/or a new file-name rule may be created inline with it. */
export function createDeviceModel(db: Db, tenantId: number, input: unknown): DeviceModel {
  const data = deviceModelSchema.parse(input);
  checkCommonFiles(db, tenantId, data);
  assertNameFree(db, deviceModels, tenantId, data.name);
  return db.transaction((tx) => {
    const model = tx
      .insert(deviceModels)
      .values({ ...modelColumns(tx, tenantId, data), tenantId })
      .returning()
      .get();
    recordAudit(tx, { tenantId, entity: 'device-model', entityId: model.id, label: model.name, action: 'create', after: model });
    return model;
  });
}

/** Updates a custom model (built-ins are read-only); the devices using it get new files, renamed if it gets another rule (refused on a name collision). */
export function updateDeviceModel(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): DeviceModel {
  const current = found(getDeviceModel(db, tenantId, id), 'model');
  assertNotBuiltIn(current);
  const merged: Record<string, unknown> = { ...current, ...patch };
  // Only the chosen side of "pick or create" counts: a new brand or rule replaces the stored one.
  if (patch.newBrandName !== undefined) delete merged.brandId;
  else delete merged.newBrandName;
  if (patch.newFilenameRule !== undefined) delete merged.filenameRuleId;
  else delete merged.newFilenameRule;
  const data = deviceModelSchema.parse(merged);
  checkCommonFiles(db, tenantId, data);
  assertNameFree(db, deviceModels, tenantId, data.name, id);
  return reportRenderFailureOnForm(() =>
    writeAndRegenerate(
      db,
      tenantId,
      (tx) => {
        const columns = modelColumns(tx, tenantId, data);
        if (columns.filenameRuleId !== current.filenameRuleId) {
          const rule = found(getFilenameRule(tx, tenantId, columns.filenameRuleId), 'filename rule');
          renameFilesChecked(tx, tenantId, [id], rule, data.newFilenameRule ? 'newFilenameRule.prefix' : 'filenameRuleId');
        }
        const model = tx.update(deviceModels).set(columns).where(eq(deviceModels.id, id)).returning().get();
        recordAudit(tx, { tenantId, entity: 'device-model', entityId: id, label: model.name, action: 'update', before: current, after: model });
        return model;
      },
      (tx) => scopeOf(devicesOfModels(tx, tenantId, [id])),
    ),
  );
}

/** Copies a model (built-in or not) with its templates, so it can be customised. */
export function duplicateDeviceModel(db: Db, tenantId: number, id: number, name: string): DeviceModel {
  const source = found(getDeviceModel(db, tenantId, id), 'model');
  return db.transaction((tx) => {
    assertNameFree(tx, deviceModels, tenantId, name);
    const { id: _id, isBuiltIn: _b, createdAt: _c, ...columns } = source;
    const copy = tx
      .insert(deviceModels)
      .values({ ...columns, name })
      .returning()
      .get();
    for (const t of templatesOfModel(tx, id)) {
      tx.insert(templates)
        .values({ tenantId, modelId: copy.id, name: `${t.name} (${name})`, firmware: t.firmware, format: t.format, body: t.body, lineEndings: t.lineEndings })
        .run();
    }
    recordAudit(tx, {
      tenantId,
      entity: 'device-model',
      entityId: copy.id,
      label: copy.name,
      action: 'duplicate',
      changes: [{ field: 'source', to: source.name }],
    });
    return copy;
  });
}

/** Refused for built-ins and while devices use the model (`details.devices` lists them). */
export function deleteDeviceModel(db: Db, tenantId: number, id: number): void {
  const current = found(getDeviceModel(db, tenantId, id), 'model');
  assertNotBuiltIn(current);
  assertNoDevices(devicesOfModel(db, tenantId, id), 'validation:model.inUse');
  db.transaction((tx) => {
    tx.delete(templates).where(eq(templates.modelId, id)).run();
    tx.delete(deviceModels).where(eq(deviceModels.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'device-model', entityId: id, label: current.name, action: 'delete', before: current });
  });
}
