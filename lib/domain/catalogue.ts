import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { brands, deviceModels, devices, filenameRules, templates } from '@/db/schema';
import { analyzeTemplate } from '@/lib/templates';
import { customValues } from '@/lib/provisioning/regenerate';
import { brandSchema, type DeviceModelInput, deviceModelSchema, filenameRuleSchema } from '@/lib/validation/entities';
import { conflict, DomainError } from './errors';
import { assertNameFree, devicesOfModels, findInTenant, writeAndRegenerate } from './support';

export type Brand = typeof brands.$inferSelect;
export type FilenameRule = typeof filenameRules.$inferSelect;
export type DeviceModel = typeof deviceModels.$inferSelect;

// ---- brands ----
export const listBrands = (db: Db, tenantId: number) => db.select().from(brands).where(eq(brands.tenantId, tenantId)).orderBy(asc(brands.name)).all();
export const getBrand = (db: Db, tenantId: number, id: number) => findInTenant(db, brands, tenantId, id, 'brand');

function insertBrand(tx: Tx | Db, tenantId: number, name: string): Brand {
  assertNameFree(tx, brands, tenantId, name);
  return tx.insert(brands).values({ tenantId, name }).returning().get();
}

export const createBrand = (db: Db, tenantId: number, input: unknown) => insertBrand(db, tenantId, brandSchema.parse(input).name);

export function updateBrand(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Brand {
  const current = getBrand(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const { name } = brandSchema.parse({ ...current, ...patch });
  assertNameFree(db, brands, tenantId, name, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(brands).set({ name }).where(eq(brands.id, id)).returning().get(),
    (tx) => devicesOfModels(tx, tenantId, tx.select({ id: deviceModels.id }).from(deviceModels).where(eq(deviceModels.brandId, id)).all().map((m) => m.id)),
  );
}

export function deleteBrand(db: Db, tenantId: number, id: number): void {
  const current = getBrand(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const models = db.select({ name: deviceModels.name }).from(deviceModels).where(eq(deviceModels.brandId, id)).all();
  if (models.length > 0) throw conflict(null, 'validation:brand.inUse', { models: models.map((m) => m.name).join(', ') });
  db.delete(brands).where(eq(brands.id, id)).run();
}

// ---- filename rules ----
export const listFilenameRules = (db: Db, tenantId: number) =>
  db.select().from(filenameRules).where(eq(filenameRules.tenantId, tenantId)).orderBy(asc(filenameRules.name)).all();
export const getFilenameRule = (db: Db, tenantId: number, id: number) => findInTenant(db, filenameRules, tenantId, id, 'filename rule');

function insertRule(tx: Tx | Db, tenantId: number, input: unknown): FilenameRule {
  const data = filenameRuleSchema.parse(input);
  assertNameFree(tx, filenameRules, tenantId, data.name);
  return tx.insert(filenameRules).values({ ...data, tenantId }).returning().get();
}

export const createFilenameRule = (db: Db, tenantId: number, input: unknown) => insertRule(db, tenantId, input);

export function updateFilenameRule(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): FilenameRule {
  const current = getFilenameRule(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const data = filenameRuleSchema.parse({ ...current, ...patch });
  assertNameFree(db, filenameRules, tenantId, data.name, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(filenameRules).set(data).where(eq(filenameRules.id, id)).returning().get(),
    (tx) => devicesOfModels(tx, tenantId, tx.select({ id: deviceModels.id }).from(deviceModels).where(eq(deviceModels.filenameRuleId, id)).all().map((m) => m.id)),
  );
}

export function deleteFilenameRule(db: Db, tenantId: number, id: number): void {
  const current = getFilenameRule(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const models = db.select({ name: deviceModels.name }).from(deviceModels).where(eq(deviceModels.filenameRuleId, id)).all();
  if (models.length > 0) throw conflict(null, 'validation:rule.inUse', { models: models.map((m) => m.name).join(', ') });
  db.delete(filenameRules).where(eq(filenameRules.id, id)).run();
}

// ---- device models ----
export const listDeviceModels = (db: Db, tenantId: number) =>
  db.select().from(deviceModels).where(eq(deviceModels.tenantId, tenantId)).orderBy(asc(deviceModels.name)).all();
export const getDeviceModel = (db: Db, tenantId: number, id: number) => findInTenant(db, deviceModels, tenantId, id, 'model');

function checkCommonFiles(tx: Tx | Db, tenantId: number, data: DeviceModelInput) {
  const customNames = new Set(Object.keys(customValues(tx, tenantId)));
  data.commonFiles.forEach((file, index) => {
    const issues = analyzeTemplate(file.body, { customNames, scope: 'common' });
    if (issues.length > 0) throw new DomainError(422, 'validation:model.commonFileInvalid', `commonFiles.${index}.body`, { fileName: file.fileName }, issues);
  });
}

/** Resolves "pick existing or create inline" for brand and file-name rule, inside the transaction. */
function modelColumns(tx: Tx, tenantId: number, data: DeviceModelInput) {
  const brandId = data.newBrandName !== undefined ? insertBrand(tx, tenantId, data.newBrandName).id : findInTenant(tx, brands, tenantId, data.brandId!, 'brand').id;
  const filenameRuleId = data.newFilenameRule !== undefined ? insertRule(tx, tenantId, data.newFilenameRule).id : findInTenant(tx, filenameRules, tenantId, data.filenameRuleId!, 'filename rule').id;
  return { name: data.name, brandId, filenameRuleId, contentType: data.contentType, commonFiles: data.commonFiles };
}

export function createDeviceModel(db: Db, tenantId: number, input: unknown): DeviceModel {
  const data = deviceModelSchema.parse(input);
  checkCommonFiles(db, tenantId, data);
  assertNameFree(db, deviceModels, tenantId, data.name);
  return db.transaction((tx) => tx.insert(deviceModels).values({ ...modelColumns(tx, tenantId, data), tenantId }).returning().get());
}

export function updateDeviceModel(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): DeviceModel {
  const current = getDeviceModel(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const merged: Record<string, unknown> = { ...current, ...patch };
  if ('newBrandName' in patch) delete merged.brandId;
  if ('newFilenameRule' in patch) delete merged.filenameRuleId;
  const data = deviceModelSchema.parse(merged);
  checkCommonFiles(db, tenantId, data);
  assertNameFree(db, deviceModels, tenantId, data.name, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(deviceModels).set(modelColumns(tx, tenantId, data)).where(eq(deviceModels.id, id)).returning().get(),
    (tx) => devicesOfModels(tx, tenantId, [id]),
  );
}

/** Copies a model (built-in or not) with its templates, so it can be customised. */
export function duplicateDeviceModel(db: Db, tenantId: number, id: number, name: string): DeviceModel {
  const source = getDeviceModel(db, tenantId, id);
  return db.transaction((tx) => {
    assertNameFree(tx, deviceModels, tenantId, name);
    const { id: _id, isBuiltIn: _b, createdAt: _c, ...columns } = source;
    const copy = tx.insert(deviceModels).values({ ...columns, name }).returning().get();
    for (const t of tx.select().from(templates).where(eq(templates.modelId, id)).all()) {
      tx.insert(templates).values({ tenantId, modelId: copy.id, name: `${t.name} (${name})`, firmware: t.firmware, format: t.format, body: t.body }).run();
    }
    return copy;
  });
}

export function deleteDeviceModel(db: Db, tenantId: number, id: number): void {
  const current = getDeviceModel(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const users = db.select({ mac: devices.mac }).from(devices).where(eq(devices.modelId, id)).all();
  if (users.length > 0) throw conflict(null, 'validation:model.inUse', { devices: users.map((u) => u.mac).join(', ') });
  db.transaction((tx) => {
    tx.delete(templates).where(eq(templates.modelId, id)).run();
    tx.delete(deviceModels).where(eq(deviceModels.id, id)).run();
  });
}
