import { and, asc, eq, exists, gt, inArray, isNotNull, isNull } from 'drizzle-orm';
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

/** A device with its model, brand and file-name rule, joined. */
const deviceWithModel = { device: devices, modelName: deviceModels.name, contentType: deviceModels.contentType, brand: brands.name, rule: filenameRules };

/** Devices with their model, brand, file-name rule and template: all of a tenant's, or the given ids. */
export function renderableDevices(db: DbOrTx, tenantId: number, deviceIds: readonly number[] | 'all') {
  const query = () =>
    db
      .select({
        ...deviceWithModel,
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

/**
 * One page of regeneration: these devices (at most a chunk) with model, brand and rule, in id order.
 * The template is left out (thousands of devices share a handful): see templatesByIds.
 */
export const devicesToRender = (db: DbOrTx, tenantId: number, deviceIds: readonly number[]) =>
  db
    .select({
      ...deviceWithModel,
      // What a file is rendered from: the device's fetch and edit dates are not.
      device: {
        id: devices.id,
        mac: devices.mac,
        modelId: devices.modelId,
        templateId: devices.templateId,
        label: devices.label,
        isEnabled: devices.isEnabled,
        adminUsername: devices.adminUsername,
        adminPassword: devices.adminPassword,
        networkMode: devices.networkMode,
        ipAddress: devices.ipAddress,
        netmask: devices.netmask,
        gateway: devices.gateway,
        dns1: devices.dns1,
        dns2: devices.dns2,
        vlanId: devices.vlanId,
        vlanPriority: devices.vlanPriority,
        language: devices.language,
        timeZone: devices.timeZone,
      },
      rule: { prefix: filenameRules.prefix, macFormat: filenameRules.macFormat, suffix: filenameRules.suffix },
    })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId))
    .where(and(eq(devices.tenantId, tenantId), inArray(devices.id, deviceIds)))
    .orderBy(asc(devices.id))
    .all();
export type DeviceToRender = ReturnType<typeof devicesToRender>[number];

/** The tenant's device ids after `afterId`, in id order, at most `limit`: regeneration walks a tenant page by page. */
export const deviceIdsAfter = (db: DbOrTx, tenantId: number, afterId: number, limit: number) =>
  db
    .select({ id: devices.id })
    .from(devices)
    .where(and(eq(devices.tenantId, tenantId), gt(devices.id, afterId)))
    .orderBy(asc(devices.id))
    .limit(limit)
    .all()
    .map((row) => row.id);

/** What a device's file is rendered from. */
export const templatesByIds = (db: DbOrTx, templateIds: readonly number[]) =>
  db
    .select({ id: templates.id, name: templates.name, body: templates.body, format: templates.format, lineEndings: templates.lineEndings })
    .from(templates)
    .where(inArray(templates.id, templateIds))
    .all();
export type TemplateToRender = ReturnType<typeof templatesByIds>[number];

/** What regeneration compares a stored file with: everything but its body (the sha256 stands for it). */
const fileState = {
  id: generatedFiles.id,
  fileName: generatedFiles.fileName,
  deviceId: generatedFiles.deviceId,
  modelId: generatedFiles.modelId,
  sha256: generatedFiles.sha256,
  contentType: generatedFiles.contentType,
  macStart: generatedFiles.macStart,
  macEnd: generatedFiles.macEnd,
};
export type FileState = { [K in keyof typeof fileState]: (typeof generatedFiles.$inferSelect)[K] };

/**
 * The state of these devices' generated files (no body). By device id alone, which names the tenant:
 * with a tenant condition SQLite walks the tenant's whole name index for every page of devices.
 */
export const fileStatesOfDevices = (db: DbOrTx, deviceIds: readonly number[]): FileState[] =>
  chunks(deviceIds).flatMap((ids) => db.select(fileState).from(generatedFiles).where(inArray(generatedFiles.deviceId, ids)).all());

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

/** The tenant's common files (those no device owns). */
export const commonFilesOfTenant = (db: DbOrTx, tenantId: number): FileState[] =>
  db
    .select(fileState)
    .from(generatedFiles)
    .where(and(eq(generatedFiles.tenantId, tenantId), isNull(generatedFiles.deviceId)))
    .all();

/** The key a file name is looked up by: names that differ only by case are one file for a phone. */
export const fileLookupKey = (fileName: string) => fileName.toLowerCase();

/** Who holds each of these file names in the tenant, whatever their case (a device, or null for a common file); `deviceFilesOnly` skips common files. */
export const fileNameHolders = (db: DbOrTx, tenantId: number, fileNames: readonly string[], deviceFilesOnly = false) =>
  chunks(fileNames.map(fileLookupKey)).flatMap((keys) =>
    db
      .select({ id: generatedFiles.id, fileName: generatedFiles.fileName, deviceId: generatedFiles.deviceId })
      .from(generatedFiles)
      .where(
        and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.lookupName, keys), deviceFilesOnly ? isNotNull(generatedFiles.deviceId) : undefined),
      )
      .all(),
  );

/** Models with at least one enabled device in the tenant: their common files are served. */
export const modelsInUse = (db: DbOrTx, tenantId: number) =>
  db
    .select({ id: deviceModels.id, name: deviceModels.name, commonFiles: deviceModels.commonFiles })
    .from(deviceModels)
    .where(
      and(
        eq(deviceModels.tenantId, tenantId),
        // EXISTS stops at the first enabled device; a join would read every device of the model.
        exists(
          db
            .select({ id: devices.id })
            .from(devices)
            .where(and(eq(devices.modelId, deviceModels.id), eq(devices.isEnabled, true))),
        ),
      ),
    )
    .orderBy(asc(deviceModels.id))
    .all();
