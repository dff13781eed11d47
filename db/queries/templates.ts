import { and, asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { brands, deviceModels, devices, templates } from '@/db/schema';
import { rowInTenant } from './support';

export type Template = typeof templates.$inferSelect;

/** The tenant's templates, optionally of one model. */
export const listTemplates = (db: DbOrTx, tenantId: number, modelId?: number) =>
  db
    .select()
    .from(templates)
    .where(and(eq(templates.tenantId, tenantId), modelId === undefined ? undefined : eq(templates.modelId, modelId)))
    .orderBy(asc(templates.modelId), asc(templates.name))
    .all();

export const getTemplate = (db: DbOrTx, tenantId: number, id: number): Template | undefined => rowInTenant(db, templates, tenantId, id);

export const templatesOfModel = (db: DbOrTx, modelId: number) => db.select().from(templates).where(eq(templates.modelId, modelId)).all();

export const templateByName = (db: DbOrTx, tenantId: number, name: string) =>
  db
    .select()
    .from(templates)
    .where(and(eq(templates.tenantId, tenantId), eq(templates.name, name)))
    .get();

/** Templates whose body mentions any of the custom placeholders %%_NAME%%. */
export function templatesUsing(db: DbOrTx, tenantId: number, names: string[]): { id: number; name: string }[] {
  if (names.length === 0) return [];
  return db
    .select({ id: templates.id, name: templates.name, body: templates.body })
    .from(templates)
    .where(eq(templates.tenantId, tenantId))
    .all()
    .filter((t) => names.some((n) => t.body.includes(`%%_${n}%%`)))
    .map(({ id, name }) => ({ id, name }));
}

export type TemplateRow = {
  id: number;
  name: string;
  firmware: string | null;
  format: 'xml' | 'text';
  isBuiltIn: boolean;
  deviceCount: number;
  updatedAt: number;
};
export type TemplateGroup = { brandId: number; brandName: string; models: { id: number; name: string; isBuiltIn: boolean; templates: TemplateRow[] }[] };

/** The templates panel: every template of the tenant, grouped by brand, then model. */
export function listTemplateGroups(db: DbOrTx, tenantId: number): TemplateGroup[] {
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
    db
      .select({ id: devices.templateId, n: count() })
      .from(devices)
      .where(eq(devices.tenantId, tenantId))
      .groupBy(devices.templateId)
      .all()
      .map((r) => [r.id, r.n]),
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
