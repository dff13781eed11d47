import { and, asc, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, brands, deviceLines, deviceModels, devices, filenameRules, generatedFiles, pbxSettings, templates, tenants } from '@/db/schema';
import { customValues } from './placeholders';

/**
 * The rows a file is rendered from, for regeneration (lib/provisioning/regenerate.ts) and the
 * template preview alike, so a preview renders exactly what a save would write.
 */

/** SQLite caps bound parameters: long id lists are read in slices. */
export const chunks = <T>(items: readonly T[], size = 500) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) => items.slice(i * size, (i + 1) * size));

/** The tenant, its PBX attributes and its custom placeholder values. */
export function tenantRenderFacts(db: DbOrTx, tenantId: number) {
  const tenant = db.select().from(tenants).where(eq(tenants.id, tenantId)).get();
  const pbx = db.select().from(pbxSettings).where(eq(pbxSettings.tenantId, tenantId)).get();
  if (!tenant || !pbx) return undefined;
  return { tenant, pbx, custom: customValues(db, tenantId) };
}

/** Devices with their model, brand, file-name rule and template: all of a tenant's, or the given ids. */
export function renderableDevices(db: DbOrTx, tenantId: number, deviceIds: readonly number[] | 'all') {
  const query = () =>
    db
      .select({
        device: devices,
        modelName: deviceModels.name,
        contentType: deviceModels.contentType,
        brand: brands.name,
        rule: filenameRules,
        template: {
          id: templates.id,
          name: templates.name,
          body: templates.body,
          format: templates.format,
          lineEndings: templates.lineEndings,
          modelId: templates.modelId,
        },
      })
      .from(devices)
      .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
      .innerJoin(brands, eq(brands.id, deviceModels.brandId))
      .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
      .innerJoin(templates, eq(templates.id, devices.templateId));
  if (deviceIds === 'all') return query().where(eq(devices.tenantId, tenantId)).all();
  return chunks(deviceIds).flatMap((ids) =>
    query()
      .where(and(eq(devices.tenantId, tenantId), inArray(devices.id, ids)))
      .all(),
  );
}
export type RenderableDevice = ReturnType<typeof renderableDevices>[number];

/** The accounts on each device's lines, line 1 first. */
export function accountsOnLines(db: DbOrTx, deviceIds: readonly number[]) {
  const byDevice = new Map<number, (typeof accounts.$inferSelect)[]>();
  for (const ids of chunks(deviceIds)) {
    const rows = db
      .select({ deviceId: deviceLines.deviceId, account: accounts })
      .from(deviceLines)
      .innerJoin(accounts, eq(accounts.id, deviceLines.accountId))
      .where(inArray(deviceLines.deviceId, ids))
      .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
      .all();
    for (const row of rows) byDevice.set(row.deviceId, [...(byDevice.get(row.deviceId) ?? []), row.account]);
  }
  return byDevice;
}

/** The generated files of these devices. */
export const filesOfDevices = (db: DbOrTx, tenantId: number, deviceIds: readonly number[]) =>
  chunks(deviceIds).flatMap((ids) =>
    db
      .select()
      .from(generatedFiles)
      .where(and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.deviceId, ids)))
      .all(),
  );

/** The tenant's common files (those no device owns). */
export const commonFilesOfTenant = (db: DbOrTx, tenantId: number) =>
  db
    .select()
    .from(generatedFiles)
    .where(and(eq(generatedFiles.tenantId, tenantId), isNull(generatedFiles.deviceId)))
    .all();

/** The key a file name is looked up by: names that differ only by case are one file for a phone. */
export const fileLookupKey = (fileName: string) => fileName.toLowerCase();

/** Who holds each of these file names in the tenant, whatever their case (a device, or null for a common file); `deviceFilesOnly` skips common files. */
export const fileNameHolders = (db: DbOrTx, tenantId: number, fileNames: readonly string[], deviceFilesOnly = false) =>
  chunks(fileNames.map(fileLookupKey)).flatMap((keys) =>
    db
      .select({ fileName: generatedFiles.fileName, deviceId: generatedFiles.deviceId })
      .from(generatedFiles)
      .where(
        and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.lookupName, keys), deviceFilesOnly ? isNotNull(generatedFiles.deviceId) : undefined),
      )
      .all(),
  );

/** Models with at least one enabled device in the tenant: their common files are served. */
export const modelsInUse = (db: DbOrTx, tenantId: number) =>
  db
    .selectDistinct({ id: deviceModels.id, name: deviceModels.name, commonFiles: deviceModels.commonFiles })
    .from(deviceModels)
    .innerJoin(devices, and(eq(devices.modelId, deviceModels.id), eq(devices.isEnabled, true)))
    .where(eq(deviceModels.tenantId, tenantId))
    .orderBy(asc(deviceModels.id))
    .all();
