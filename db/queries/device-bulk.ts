import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { brands, deviceModels, devices, generatedFiles } from '@/db/schema';
import type { BulkTarget } from '@/lib/validation/device-bulk';
import { type Device, deviceConditions } from './devices';
import { chunks } from './generation';

/**
 * What a bulk action reads: the devices it targets (picked ids or a list filter, always inside the tenant) and the
 * files they and the tenant's common files hold, so the confirmation can say how many files a change touches.
 */

const targetColumns = {
  id: devices.id,
  mac: devices.mac,
  label: devices.label,
  isEnabled: devices.isEnabled,
  modelId: devices.modelId,
  templateId: devices.templateId,
  vlanId: devices.vlanId,
  vlanPriority: devices.vlanPriority,
  language: devices.language,
  timeZone: devices.timeZone,
  brandName: brands.name,
};
export type BulkTargetDevice = Pick<Device, Exclude<keyof typeof targetColumns, 'brandName'>> & { brandName: string; adminPassword?: string };

/** The targeted devices in id order, with their brand's name; `withAdminPassword` reads (and decrypts) that secret too. */
export function bulkTargetDevices(db: DbOrTx, tenantId: number, target: BulkTarget, { withAdminPassword = false } = {}): BulkTargetDevice[] {
  const query = () =>
    db
      .select({ ...targetColumns, ...(withAdminPassword ? { adminPassword: devices.adminPassword } : {}) })
      .from(devices)
      .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
      .innerJoin(brands, eq(brands.id, deviceModels.brandId));
  if (target.kind === 'filter')
    return query()
      .where(deviceConditions(db, tenantId, target.filter))
      .orderBy(asc(devices.id))
      .all();
  return chunks([...new Set(target.ids)].sort((a, b) => a - b)).flatMap((ids) =>
    query()
      .where(and(eq(devices.tenantId, tenantId), inArray(devices.id, ids)))
      .orderBy(asc(devices.id))
      .all(),
  );
}

/** A file as the confirmation compares it: keyed by owner (a device has one file; common files by name). */
export type FileSnapshot = Map<string, { fileName: string; sha256: string }>;

/** The files of these devices and the tenant's common files, by owner. */
export function fileSnapshot(db: DbOrTx, tenantId: number, deviceIds: readonly number[]): FileSnapshot {
  const snapshot: FileSnapshot = new Map();
  const columns = { deviceId: generatedFiles.deviceId, fileName: generatedFiles.fileName, sha256: generatedFiles.sha256 };
  // By device id alone (the ids are the tenant's): with a tenant condition SQLite walks the tenant's name index instead.
  const ids = sql`(select value from json_each(${JSON.stringify(deviceIds)}))`;
  for (const file of db.select(columns).from(generatedFiles).where(inArray(generatedFiles.deviceId, ids)).all()) snapshot.set(`device:${file.deviceId}`, file);
  for (const file of db
    .select(columns)
    .from(generatedFiles)
    .where(and(eq(generatedFiles.tenantId, tenantId), isNull(generatedFiles.deviceId)))
    .all())
    snapshot.set(`common:${file.fileName.toLowerCase()}`, file);
  return snapshot;
}

/** The brand name of each of the tenant's models (a model change moves a device to another brand's redirection). */
export function brandNamesByModel(db: DbOrTx, tenantId: number): Map<number, string> {
  return new Map(
    db
      .select({ id: deviceModels.id, brandName: brands.name })
      .from(deviceModels)
      .innerJoin(brands, eq(brands.id, deviceModels.brandId))
      .where(eq(deviceModels.tenantId, tenantId))
      .all()
      .map((m) => [m.id, m.brandName]),
  );
}
