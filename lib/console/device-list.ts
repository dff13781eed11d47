import { asc, count, eq, inArray } from 'drizzle-orm';
import { deviceConditions } from '@/lib/domain/devices';
import type { Db } from '@/db/client';
import { accounts, brands, deviceLines, deviceModels, devices, generatedFiles } from '@/db/schema';
import { type DeviceListParams, PAGE_SIZE } from '@/lib/validation/list-params';
import { clampPage } from './paging';

export type DeviceRow = {
  id: number;
  mac: string;
  label: string;
  modelName: string;
  brandName: string;
  isEnabled: boolean;
  extensions: string[];
  lastFetchedAt: number | null;
  file: { id: number; fileName: string } | null;
};
export type DevicePage = { items: DeviceRow[]; total: number; page: number; pageSize: number };

/**
 * One page of the devices table, filtered by `deviceConditions` (lib/domain/devices.ts); each page costs a count, the page itself and two lookups keyed by its ids,
 * so it stays fast at tens of thousands of devices.
 */
export function listDevicePage(db: Db, tenantId: number, params: DeviceListParams): DevicePage {
  const where = deviceConditions(db, tenantId, {
    q: params.q,
    brandId: params.brandId,
    modelId: params.modelId,
    enabled: params.enabled === undefined ? undefined : params.enabled === '1',
    fetched: params.fetched === undefined ? undefined : params.fetched === '1',
  });
  const total = db.select({ n: count() }).from(devices).where(where).get()?.n ?? 0;
  const page = clampPage(params.page, total);
  const rows = db
    .select({ id: devices.id, mac: devices.mac, label: devices.label, isEnabled: devices.isEnabled, lastFetchedAt: devices.lastFetchedAt, modelName: deviceModels.name, brandName: brands.name })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .where(where)
    .orderBy(asc(devices.mac))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  const ids = rows.map((r) => r.id);
  const extensions = new Map<number, string[]>();
  const files = new Map<number, { id: number; fileName: string }>();
  if (ids.length > 0) {
    const lines = db
      .select({ deviceId: deviceLines.deviceId, extension: accounts.extension })
      .from(deviceLines)
      .innerJoin(accounts, eq(accounts.id, deviceLines.accountId))
      .where(inArray(deviceLines.deviceId, ids))
      .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
      .all();
    for (const line of lines) extensions.set(line.deviceId, [...(extensions.get(line.deviceId) ?? []), line.extension]);
    const fileRows = db.select({ id: generatedFiles.id, fileName: generatedFiles.fileName, deviceId: generatedFiles.deviceId }).from(generatedFiles).where(inArray(generatedFiles.deviceId, ids)).all();
    for (const f of fileRows) if (f.deviceId !== null) files.set(f.deviceId, { id: f.id, fileName: f.fileName });
  }
  const items = rows.map((r) => ({
    ...r,
    lastFetchedAt: r.lastFetchedAt ? r.lastFetchedAt.getTime() : null,
    extensions: extensions.get(r.id) ?? [],
    file: files.get(r.id) ?? null,
  }));
  return { items, total, page, pageSize: PAGE_SIZE };
}
