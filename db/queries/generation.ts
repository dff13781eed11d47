import { and, asc, Column, eq, exists, getTableColumns, gt, inArray, is, isNotNull, isNull, SQL, sql, Table } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, brands, deviceLines, deviceModels, devices, filenameRules, generatedFiles, pbxSettings, templates, tenants } from '@/db/schema';
import { customValues } from './placeholders';
import { DEVICE_COLUMNS } from './devices';

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
    for (const { deviceId, account } of rows) (byDevice.get(deviceId) ?? byDevice.set(deviceId, []).get(deviceId)!).push(account);
  }
  return byDevice;
}

/** The tenant's common files (those no device owns): found by the device index (`+tenant_id` keeps SQLite from walking all the tenant's files). */
export const commonFilesOfTenant = (db: DbOrTx, tenantId: number): FileState[] =>
  db
    .select(fileState)
    .from(generatedFiles)
    .where(and(isNull(generatedFiles.deviceId), sql`+${generatedFiles.tenantId} = ${tenantId}`))
    .all();

/** The key a file name is looked up by: names that differ only by case are one file for a phone. */
export const fileLookupKey = (fileName: string) => fileName.toLowerCase();

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

/**
 * A credential column as stored (sealed), not opened: a regeneration opens them in its render thread
 * (lib/provisioning/render-page.ts), not in the thread that reads and writes the database.
 */
const sealed = (column: typeof devices.adminPassword | typeof accounts.sipPassword) => sql<Buffer | string>`${column}`;

/** The devices' columns a file is rendered from (their fetch and edit dates are not), with model, brand and file-name rule; the admin password sealed. */
const deviceToRender = {
  ...deviceWithModel,
  device: { ...DEVICE_COLUMNS, adminPassword: sealed(devices.adminPassword) },
  rule: { prefix: filenameRules.prefix, macFormat: filenameRules.macFormat, suffix: filenameRules.suffix },
};

/** The account columns a file is rendered from (lib/provisioning/context.ts AccountFacts), the SIP password sealed: a regeneration reads one per line. */
const lineAccount = {
  extension: accounts.extension,
  sipUsername: accounts.sipUsername,
  authUsername: accounts.authUsername,
  sipPassword: sealed(accounts.sipPassword),
  displayName: accounts.displayName,
  firstName: accounts.firstName,
  lastName: accounts.lastName,
  voicemailNumber: accounts.voicemailNumber,
};

/**
 * Rows as SQLite returns them (arrays of values, booleans as 0/1), with the path of each value in the object Drizzle
 * would make of it: a regeneration's rows cross to its render thread, which makes the objects (lib/provisioning/render-page.ts).
 */
export type RawRows<Row> = {
  fields: string[][];
  rows: unknown[][];
  /** Never set: carries the type of the object a row makes. */
  row?: Row;
};

/** The paths of a selection's values, in the order of a raw row: the order Drizzle's own mapping walks them. */
export function fieldPaths(selection: Record<string, unknown>, prefix: string[] = []): string[][] {
  return Object.entries(selection).flatMap(([name, field]) => {
    const path = [...prefix, name];
    if (is(field, Column) || is(field, SQL) || is(field, SQL.Aliased)) return [path];
    return fieldPaths(is(field, Table) ? getTableColumns(field) : (field as Record<string, unknown>), path);
  });
}

const deviceRowsToRender = (db: DbOrTx) =>
  db
    .select(deviceToRender)
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .innerJoin(filenameRules, eq(filenameRules.id, deviceModels.filenameRuleId));
export type DeviceToRender = ReturnType<ReturnType<typeof deviceRowsToRender>['all']>[number];

const lineOfDevice = { deviceId: deviceLines.deviceId, account: lineAccount };
const linesToRender = (db: DbOrTx) => db.select(lineOfDevice).from(deviceLines).innerJoin(accounts, eq(accounts.id, deviceLines.accountId));
export type LineToRender = ReturnType<ReturnType<typeof linesToRender>['all']>[number];

/**
 * The reads of one regeneration (lib/provisioning/regenerate.ts), prepared once and run for every
 * page of devices. A page's ids or names are bound as one JSON array read with json_each, so one
 * statement (and one query plan) serves every page, whatever its length.
 */
export function regenerationReads(db: DbOrTx, tenantId: number) {
  const listed = (name: string): SQL => sql`(select value from json_each(${sql.placeholder(name)}))`;
  // `+tenant_id` keeps SQLite off the (tenant, mac) index, which would read all the tenant's devices for every page: ids lead.
  const idsAfter = db
    .select({ id: devices.id })
    .from(devices)
    .where(and(gt(devices.id, sql.placeholder('afterId')), sql`+${devices.tenantId} = ${tenantId}`))
    .orderBy(asc(devices.id))
    .limit(sql.placeholder('limit'))
    .prepare();
  const toRender = deviceRowsToRender(db)
    .where(and(inArray(devices.id, listed('ids')), sql`+${devices.tenantId} = ${tenantId}`))
    .orderBy(asc(devices.id))
    .prepare();
  const lines = linesToRender(db)
    .where(inArray(deviceLines.deviceId, listed('ids')))
    .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
    .prepare();
  // By device id alone, which names the tenant: with a tenant condition SQLite walks the tenant's whole name index for every page.
  const fileStates = db
    .select(fileState)
    .from(generatedFiles)
    .where(inArray(generatedFiles.deviceId, listed('ids')))
    .prepare();
  const holder = { id: generatedFiles.id, fileName: generatedFiles.fileName, deviceId: generatedFiles.deviceId };
  const holders = db
    .select(holder)
    .from(generatedFiles)
    .where(and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.lookupName, listed('keys'))))
    .prepare();
  const json = (values: readonly unknown[]) => JSON.stringify(values);
  const deviceFields = fieldPaths(deviceToRender);
  const lineFields = fieldPaths(lineOfDevice);

  return {
    /** The tenant's device ids after `afterId`, in id order, at most `limit`: regeneration walks a tenant page by page. */
    deviceIdsAfter: (afterId: number, limit: number) => idsAfter.all({ afterId, limit }).map((row) => row.id),
    /**
     * These devices with model, brand and rule, in id order, raw. The template is left out (thousands of devices share a
     * handful): see templatesByIds.
     */
    devicesToRender: (deviceIds: readonly number[]): RawRows<DeviceToRender> => ({
      fields: deviceFields,
      rows: toRender.values({ ids: json(deviceIds) }) as unknown[][],
    }),
    /** The accounts on these devices' lines, raw, by device and line 1 first. */
    linesToRender: (deviceIds: readonly number[]): RawRows<LineToRender> => ({
      fields: lineFields,
      rows: lines.values({ ids: json(deviceIds) }) as unknown[][],
    }),
    /** The state of these devices' generated files (no body). */
    fileStatesOfDevices: (deviceIds: readonly number[]): FileState[] => fileStates.all({ ids: json(deviceIds) }),
    /** Who holds each of these file names in the tenant, whatever their case (a device, or null for a common file). */
    fileNameHolders: (fileNames: readonly string[]) => holders.all({ keys: json(fileNames.map(fileLookupKey)) }),
  };
}

/** The tenant's device files holding any of these names, whatever their case: a common file may not take one. */
export const deviceFilesNamed = (db: DbOrTx, tenantId: number, fileNames: readonly string[]) =>
  chunks(fileNames.map(fileLookupKey)).flatMap((keys) =>
    db
      .select({ id: generatedFiles.id, fileName: generatedFiles.fileName, deviceId: generatedFiles.deviceId })
      .from(generatedFiles)
      .where(and(eq(generatedFiles.tenantId, tenantId), inArray(generatedFiles.lookupName, keys), isNotNull(generatedFiles.deviceId)))
      .all(),
  );
