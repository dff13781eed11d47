import { asc, count, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { brands, deviceModels, devices, placeholders, templates } from '@/db/schema';
import { type DeviceRef, deviceRefs } from './device-refs';

export type TemplateRow = { id: number; name: string; firmware: string | null; format: 'xml' | 'text'; isBuiltIn: boolean; deviceCount: number; updatedAt: number };
export type TemplateGroup = { brandId: number; brandName: string; models: { id: number; name: string; isBuiltIn: boolean; templates: TemplateRow[] }[] };

/** The templates panel: every template of the tenant, grouped by brand, then model. */
export function listTemplateGroups(db: Db, tenantId: number): TemplateGroup[] {
  const rows = db
    .select({
      id: templates.id,
      name: templates.name,
      firmware: templates.firmware,
      format: templates.format,
      isBuiltIn: templates.isBuiltIn,
      updatedAt: templates.updatedAt,
      modelId: deviceModels.id,
      modelName: deviceModels.name,
      modelIsBuiltIn: deviceModels.isBuiltIn,
      brandId: brands.id,
      brandName: brands.name,
    })
    .from(templates)
    .innerJoin(deviceModels, eq(deviceModels.id, templates.modelId))
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .where(eq(templates.tenantId, tenantId))
    .orderBy(asc(brands.name), asc(deviceModels.name), asc(templates.name))
    .all();
  const usage = new Map(
    db.select({ id: devices.templateId, n: count() }).from(devices).where(eq(devices.tenantId, tenantId)).groupBy(devices.templateId).all().map((r) => [r.id, r.n]),
  );
  const groups: TemplateGroup[] = [];
  for (const row of rows) {
    let group = groups.at(-1);
    if (group?.brandId !== row.brandId) groups.push((group = { brandId: row.brandId, brandName: row.brandName, models: [] }));
    let model = group.models.at(-1);
    if (model?.id !== row.modelId) group.models.push((model = { id: row.modelId, name: row.modelName, isBuiltIn: row.modelIsBuiltIn, templates: [] }));
    model.templates.push({
      id: row.id,
      name: row.name,
      firmware: row.firmware,
      format: row.format,
      isBuiltIn: row.isBuiltIn,
      deviceCount: usage.get(row.id) ?? 0,
      updatedAt: row.updatedAt.getTime(),
    });
  }
  return groups;
}

export type ModelOption = { id: number; name: string; brandName: string };

/** Models for the editor's select, labelled with their brand. */
export function modelOptions(db: Db, tenantId: number): ModelOption[] {
  return db
    .select({ id: deviceModels.id, name: deviceModels.name, brandName: brands.name })
    .from(deviceModels)
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .where(eq(deviceModels.tenantId, tenantId))
    .orderBy(asc(brands.name), asc(deviceModels.name))
    .all();
}

/** Names (without %%_ … %%) of the tenant's custom placeholders, for the palette and autocompletion. */
export const customPlaceholderNames = (db: Db, tenantId: number): string[] =>
  db.select({ name: placeholders.name }).from(placeholders).where(eq(placeholders.tenantId, tenantId)).orderBy(asc(placeholders.name)).all().map((p) => p.name);

/** The devices a template renders for: what blocks its deletion. */
export const devicesOfTemplate = (db: Db, tenantId: number, templateId: number): DeviceRef[] => deviceRefs(db, tenantId, eq(devices.templateId, templateId));
