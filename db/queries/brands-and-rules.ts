import { asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { brands, deviceModels, devices, filenameRules, generatedFiles } from '@/db/schema';
import { exampleFileName } from '@/lib/file-name-rule';

/** What uses a brand or a rule: its models by name, and through them how many devices and generated files. */
export type Usage = { models: { id: number; name: string }[]; deviceCount: number; fileCount: number };
export type BrandRow = { id: number; name: string; isBuiltIn: boolean } & Usage;
export type RuleRow = { id: number; name: string; isBuiltIn: boolean; prefix: string; macFormat: string; suffix: string; exampleFileName: string } & Usage;
export type BrandsAndRules = { brands: BrandRow[]; rules: RuleRow[] };

/** Per model of the tenant: its brand, its rule and how many devices and files it has. */
function modelUsage(db: DbOrTx, tenantId: number) {
  const byModel = (rows: { id: number; n: number }[]) => new Map(rows.map((r) => [r.id, r.n]));
  const deviceCounts = byModel(
    db.select({ id: devices.modelId, n: count() }).from(devices).where(eq(devices.tenantId, tenantId)).groupBy(devices.modelId).all(),
  );
  const fileCounts = byModel(
    db
      .select({ id: deviceModels.id, n: count() })
      .from(generatedFiles)
      .innerJoin(deviceModels, eq(deviceModels.id, generatedFiles.modelId))
      .where(eq(generatedFiles.tenantId, tenantId))
      .groupBy(deviceModels.id)
      .all(),
  );
  return db
    .select({ id: deviceModels.id, name: deviceModels.name, brandId: deviceModels.brandId, ruleId: deviceModels.filenameRuleId })
    .from(deviceModels)
    .where(eq(deviceModels.tenantId, tenantId))
    .orderBy(asc(deviceModels.name))
    .all()
    .map((m) => ({ ...m, deviceCount: deviceCounts.get(m.id) ?? 0, fileCount: fileCounts.get(m.id) ?? 0 }));
}

function usageOf(models: ReturnType<typeof modelUsage>): Usage {
  return {
    models: models.map(({ id, name }) => ({ id, name })),
    deviceCount: models.reduce((sum, m) => sum + m.deviceCount, 0),
    fileCount: models.reduce((sum, m) => sum + m.fileCount, 0),
  };
}

/** The brands and file-name rules page: every brand and rule of the tenant with what uses it. */
export function listBrandsAndRules(db: DbOrTx, tenantId: number): BrandsAndRules {
  const models = modelUsage(db, tenantId);
  const brandRows = db
    .select({ id: brands.id, name: brands.name, isBuiltIn: brands.isBuiltIn })
    .from(brands)
    .where(eq(brands.tenantId, tenantId))
    .orderBy(asc(brands.name))
    .all();
  const ruleRows = db.select().from(filenameRules).where(eq(filenameRules.tenantId, tenantId)).orderBy(asc(filenameRules.name)).all();
  return {
    brands: brandRows.map((b) => ({ ...b, ...usageOf(models.filter((m) => m.brandId === b.id)) })),
    rules: ruleRows.map((r) => ({
      id: r.id,
      name: r.name,
      isBuiltIn: r.isBuiltIn,
      prefix: r.prefix,
      macFormat: r.macFormat,
      suffix: r.suffix,
      exampleFileName: exampleFileName(r),
      ...usageOf(models.filter((m) => m.ruleId === r.id)),
    })),
  };
}
