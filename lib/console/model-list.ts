import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { brands, deviceModels, devices, filenameRules, templates } from '@/db/schema';
import type { CommonFile } from '@/db/schema/device-models';
import { type DeviceRef, deviceRefs } from './device-refs';
import { exampleFileName } from './file-name-example';

export type ModelRow = {
  id: number;
  name: string;
  isBuiltIn: boolean;
  brandId: number;
  brandName: string;
  filenameRuleId: number;
  ruleName: string;
  exampleFileName: string;
  contentType: string;
  commonFiles: CommonFile[];
  deviceCount: number;
  templateCount: number;
};

export type RuleOption = { id: number; name: string; prefix: string; macFormat: string; suffix: string; isBuiltIn: boolean };
export type ModelCatalogue = { brands: { id: number; name: string }[]; rules: RuleOption[] };

const countsBy = (rows: { id: number; n: number }[]) => new Map(rows.map((r) => [r.id, r.n]));

/**
 * The device models panel: every model of the tenant with its brand, its file-name rule (shown
 * as an example file name) and how many devices and templates use it.
 */
export function listModelRows(db: Db, tenantId: number): ModelRow[] {
  const rows = db
    .select({ model: deviceModels, brandName: brands.name, rule: filenameRules })
    .from(deviceModels)
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(eq(deviceModels.tenantId, tenantId))
    .orderBy(asc(brands.name), asc(deviceModels.name))
    .all();
  const deviceCounts = countsBy(db.select({ id: devices.modelId, n: count() }).from(devices).where(eq(devices.tenantId, tenantId)).groupBy(devices.modelId).all());
  const templateCounts = countsBy(db.select({ id: templates.modelId, n: count() }).from(templates).where(eq(templates.tenantId, tenantId)).groupBy(templates.modelId).all());
  return rows.map(({ model, brandName, rule }) => ({
    id: model.id,
    name: model.name,
    isBuiltIn: model.isBuiltIn,
    brandId: model.brandId,
    brandName,
    filenameRuleId: rule.id,
    ruleName: rule.name,
    exampleFileName: exampleFileName(rule),
    contentType: model.contentType,
    commonFiles: model.commonFiles,
    deviceCount: deviceCounts.get(model.id) ?? 0,
    templateCount: templateCounts.get(model.id) ?? 0,
  }));
}

/** Brands and file-name rules for the model form's "pick existing or create new" selects. */
export function modelCatalogue(db: Db, tenantId: number): ModelCatalogue {
  return {
    brands: db.select({ id: brands.id, name: brands.name }).from(brands).where(eq(brands.tenantId, tenantId)).orderBy(asc(brands.name)).all(),
    rules: db
      .select({ id: filenameRules.id, name: filenameRules.name, prefix: filenameRules.prefix, macFormat: filenameRules.macFormat, suffix: filenameRules.suffix, isBuiltIn: filenameRules.isBuiltIn })
      .from(filenameRules)
      .where(eq(filenameRules.tenantId, tenantId))
      .orderBy(asc(filenameRules.name))
      .all(),
  };
}

export type { DeviceRef } from './device-refs';

/** The devices of a model: what blocks its deletion, and what the template preview can render for. */
export const devicesOfModel = (db: Db, tenantId: number, modelId: number): DeviceRef[] => deviceRefs(db, tenantId, eq(devices.modelId, modelId));
