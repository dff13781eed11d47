import { and, asc, count, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { brands, type CommonFile, deviceModels, devices, filenameRules, templates } from '@/db/schema';
import { exampleFileName, type FilenameRuleFacts } from '@/lib/file-name-rule';
import { rowInTenant } from './support';

export type Brand = typeof brands.$inferSelect;
export type FilenameRule = typeof filenameRules.$inferSelect;
export type DeviceModel = typeof deviceModels.$inferSelect;

export const listBrands = (db: DbOrTx, tenantId: number) => db.select().from(brands).where(eq(brands.tenantId, tenantId)).orderBy(asc(brands.name)).all();
export const getBrand = (db: DbOrTx, tenantId: number, id: number): Brand | undefined => rowInTenant(db, brands, tenantId, id);

export const listFilenameRules = (db: DbOrTx, tenantId: number) =>
  db.select().from(filenameRules).where(eq(filenameRules.tenantId, tenantId)).orderBy(asc(filenameRules.name)).all();
export const getFilenameRule = (db: DbOrTx, tenantId: number, id: number): FilenameRule | undefined => rowInTenant(db, filenameRules, tenantId, id);

export const listDeviceModels = (db: DbOrTx, tenantId: number) =>
  db.select().from(deviceModels).where(eq(deviceModels.tenantId, tenantId)).orderBy(asc(deviceModels.name)).all();
export const getDeviceModel = (db: DbOrTx, tenantId: number, id: number): DeviceModel | undefined => rowInTenant(db, deviceModels, tenantId, id);

/** The models of a brand, or of a file-name rule: what a rename regenerates and what blocks a deletion. */
export const modelsOfBrand = (db: DbOrTx, brandId: number) =>
  db.select({ id: deviceModels.id, name: deviceModels.name }).from(deviceModels).where(eq(deviceModels.brandId, brandId)).all();
export const modelsOfRule = (db: DbOrTx, ruleId: number) =>
  db.select({ id: deviceModels.id, name: deviceModels.name }).from(deviceModels).where(eq(deviceModels.filenameRuleId, ruleId)).all();

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

const countsBy = (rows: { id: number; n: number }[]) => new Map(rows.map((r) => [r.id, r.n]));

/**
 * The device models panel: every model of the tenant with its brand, its file-name rule (shown
 * as an example file name) and how many devices and templates use it.
 */
export function listModelRows(db: DbOrTx, tenantId: number): ModelRow[] {
  const rows = db
    .select({ model: deviceModels, brandName: brands.name, rule: filenameRules })
    .from(deviceModels)
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(eq(deviceModels.tenantId, tenantId))
    .orderBy(asc(brands.name), asc(deviceModels.name))
    .all();
  const deviceCounts = countsBy(
    db.select({ id: devices.modelId, n: count() }).from(devices).where(eq(devices.tenantId, tenantId)).groupBy(devices.modelId).all(),
  );
  const templateCounts = countsBy(
    db.select({ id: templates.modelId, n: count() }).from(templates).where(eq(templates.tenantId, tenantId)).groupBy(templates.modelId).all(),
  );
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

export type RuleOption = { id: number; name: string; prefix: string; macFormat: string; suffix: string; isBuiltIn: boolean };
export type ModelFormChoices = { brands: { id: number; name: string }[]; rules: RuleOption[] };

/** Brands and file-name rules for the model form's "pick existing or create new" selects. */
export function modelFormChoices(db: DbOrTx, tenantId: number): ModelFormChoices {
  return {
    brands: db.select({ id: brands.id, name: brands.name }).from(brands).where(eq(brands.tenantId, tenantId)).orderBy(asc(brands.name)).all(),
    rules: db
      .select({
        id: filenameRules.id,
        name: filenameRules.name,
        prefix: filenameRules.prefix,
        macFormat: filenameRules.macFormat,
        suffix: filenameRules.suffix,
        isBuiltIn: filenameRules.isBuiltIn,
      })
      .from(filenameRules)
      .where(eq(filenameRules.tenantId, tenantId))
      .orderBy(asc(filenameRules.name))
      .all(),
  };
}

/** Brands, models and templates (without bodies) for the cascading selects of the device form and filters. */
export function deviceFormChoices(db: DbOrTx, tenantId: number) {
  return {
    brands: db.select({ id: brands.id, name: brands.name }).from(brands).where(eq(brands.tenantId, tenantId)).orderBy(asc(brands.name)).all(),
    models: db
      .select({ id: deviceModels.id, name: deviceModels.name, brandId: deviceModels.brandId })
      .from(deviceModels)
      .where(eq(deviceModels.tenantId, tenantId))
      .orderBy(asc(deviceModels.name))
      .all(),
    templates: db
      .select({ id: templates.id, name: templates.name, modelId: templates.modelId, isBuiltIn: templates.isBuiltIn })
      .from(templates)
      .where(eq(templates.tenantId, tenantId))
      .orderBy(desc(templates.isBuiltIn), asc(templates.name))
      .all(),
  };
}
export type DeviceFormChoices = ReturnType<typeof deviceFormChoices>;

/** `contentType`: what the model's files are served as; a new template's format follows it. */
export type ModelOption = { id: number; name: string; brandName: string; contentType: string };

/** Models for the template editor's select, labelled with their brand. */
export function modelOptions(db: DbOrTx, tenantId: number): ModelOption[] {
  return db
    .select({ id: deviceModels.id, name: deviceModels.name, brandName: brands.name, contentType: deviceModels.contentType })
    .from(deviceModels)
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .where(eq(deviceModels.tenantId, tenantId))
    .orderBy(asc(brands.name), asc(deviceModels.name))
    .all();
}

/** What a model gives a rendered file (brand, name, file-name rule): the template preview's sample phone is one of these. */
export function modelRenderFacts(db: DbOrTx, tenantId: number, modelId: number): { brand: string; name: string; rule: FilenameRuleFacts } | undefined {
  return db
    .select({
      brand: brands.name,
      name: deviceModels.name,
      rule: { prefix: filenameRules.prefix, macFormat: filenameRules.macFormat, suffix: filenameRules.suffix },
    })
    .from(deviceModels)
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(and(eq(deviceModels.tenantId, tenantId), eq(deviceModels.id, modelId)))
    .get();
}

/** Each brand of the tenant with the file-name rule of its first model (built-in models first), for an example file name. */
export function brandsWithRule(db: DbOrTx, tenantId: number): Array<{ name: string; rule: FilenameRuleFacts | null }> {
  const rows = db
    .select({
      brand: brands.name,
      prefix: filenameRules.prefix,
      macFormat: filenameRules.macFormat,
      suffix: filenameRules.suffix,
      isBuiltIn: deviceModels.isBuiltIn,
    })
    .from(brands)
    .leftJoin(deviceModels, eq(deviceModels.brandId, brands.id))
    .leftJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(eq(brands.tenantId, tenantId))
    .orderBy(asc(brands.name), asc(deviceModels.name))
    .all();
  const out = new Map<string, { rule: FilenameRuleFacts | null; isBuiltIn: boolean }>();
  for (const r of rows) {
    const rule = r.macFormat === null ? null : { prefix: r.prefix ?? '', macFormat: r.macFormat, suffix: r.suffix ?? '' };
    const seen = out.get(r.brand);
    if (!seen || (!seen.rule && rule) || (rule && r.isBuiltIn && !seen.isBuiltIn)) out.set(r.brand, { rule, isBuiltIn: !!r.isBuiltIn });
  }
  return [...out].map(([name, { rule }]) => ({ name, rule }));
}

/** A built-in row of the tenant by name (the release's catalogue is matched by name). */
export const brandByName = (db: DbOrTx, tenantId: number, name: string) =>
  db
    .select()
    .from(brands)
    .where(and(eq(brands.tenantId, tenantId), eq(brands.name, name)))
    .get();
export const filenameRuleByName = (db: DbOrTx, tenantId: number, name: string) =>
  db
    .select()
    .from(filenameRules)
    .where(and(eq(filenameRules.tenantId, tenantId), eq(filenameRules.name, name)))
    .get();
export const deviceModelByName = (db: DbOrTx, tenantId: number, name: string) =>
  db
    .select()
    .from(deviceModels)
    .where(and(eq(deviceModels.tenantId, tenantId), eq(deviceModels.name, name)))
    .get();
