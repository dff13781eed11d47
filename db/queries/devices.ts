import { and, asc, count, desc, eq, inArray, isNotNull, isNull, like, ne, not, or, type SQL, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, brands, deviceLines, deviceModels, devices, generatedFiles, tenants } from '@/db/schema';
import { DEVICE_SORT, type DeviceListParams, resolveSort, type Sort } from '@/lib/validation/list-params';
import { byDir, inOrderOf, likeTerm, macDigits, type Page, pageWindow } from './paging';
import { macWithRedirectionState, type RedirectionStatus, redirectionStatuses } from './redirection-jobs';

export type Device = typeof devices.$inferSelect;
export type DeviceWithLines = Device & { lines: number[] };
/** How lists name a device: what blocks a deletion, what a template preview renders for. */
export type DeviceRef = { id: number; mac: string; label: string };

/** What an admin sets on a device, without its admin password (added by the callers that may read it): what generation, export and backup read. */
export const DEVICE_COLUMNS = {
  id: devices.id,
  mac: devices.mac,
  modelId: devices.modelId,
  templateId: devices.templateId,
  label: devices.label,
  isEnabled: devices.isEnabled,
  adminUsername: devices.adminUsername,
  // Network, VLAN, language and time zone.
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
};

/** Every line of the tenant's devices as (device, account), each device's line 1 first: what a backup writes and an import compares. */
export const tenantLineLinks = (db: DbOrTx, tenantId: number) =>
  db
    .select({ deviceId: deviceLines.deviceId, accountId: deviceLines.accountId })
    .from(deviceLines)
    .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
    .where(eq(devices.tenantId, tenantId))
    .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
    .all();

/** The account ids on a device's lines, line 1 first. */
export function linesOf(db: DbOrTx, deviceId: number): number[] {
  return db
    .select({ accountId: deviceLines.accountId })
    .from(deviceLines)
    .where(eq(deviceLines.deviceId, deviceId))
    .orderBy(asc(deviceLines.position))
    .all()
    .map((l) => l.accountId);
}

export function getDevice(db: DbOrTx, tenantId: number, id: number): DeviceWithLines | undefined {
  const device = db
    .select()
    .from(devices)
    .where(and(eq(devices.id, id), eq(devices.tenantId, tenantId)))
    .get();
  return device && { ...device, lines: linesOf(db, id) };
}

/** The generated file a device owns (none while it is disabled). */
export const deviceFile = (db: DbOrTx, deviceId: number) =>
  db
    .select({
      id: generatedFiles.id,
      fileName: generatedFiles.fileName,
      sha256: generatedFiles.sha256,
      size: generatedFiles.size,
      generatedAt: generatedFiles.generatedAt,
    })
    .from(generatedFiles)
    .where(eq(generatedFiles.deviceId, deviceId))
    .get() ?? null;

/** The tenant's device that has this MAC, if any. */
export const deviceHoldingMac = (db: DbOrTx, tenantId: number, mac: string): DeviceRef | undefined =>
  db
    .select({ id: devices.id, mac: devices.mac, label: devices.label })
    .from(devices)
    .where(and(eq(devices.tenantId, tenantId), eq(devices.mac, mac)))
    .get();

export const deviceRefById = (db: DbOrTx, id: number): DeviceRef | undefined =>
  db.select({ id: devices.id, mac: devices.mac, label: devices.label }).from(devices).where(eq(devices.id, id)).get();

/** Other tenants holding the same MAC: allowed, but flagged to the admin. */
export function tenantsSharingMac(db: DbOrTx, tenantId: number, mac: string): string[] {
  return db
    .select({ uuid: tenants.uuid })
    .from(devices)
    .innerJoin(tenants, eq(tenants.id, devices.tenantId))
    .where(and(eq(devices.mac, mac), ne(devices.tenantId, tenantId)))
    .all()
    .map((t) => t.uuid);
}

/** The tenant's devices matching `match`, MAC-ordered. */
function deviceRefs(db: DbOrTx, tenantId: number, match: SQL | undefined): DeviceRef[] {
  return db
    .select({ id: devices.id, mac: devices.mac, label: devices.label })
    .from(devices)
    .where(and(eq(devices.tenantId, tenantId), match))
    .orderBy(asc(devices.mac))
    .all();
}

export const devicesOfModels = (db: DbOrTx, tenantId: number, modelIds: number[]) => deviceRefs(db, tenantId, inArray(devices.modelId, modelIds));
export const devicesOfModel = (db: DbOrTx, tenantId: number, modelId: number) => devicesOfModels(db, tenantId, [modelId]);
export const devicesOfTemplates = (db: DbOrTx, tenantId: number, templateIds: number[]) => deviceRefs(db, tenantId, inArray(devices.templateId, templateIds));
export const devicesOfTemplate = (db: DbOrTx, tenantId: number, templateId: number) => devicesOfTemplates(db, tenantId, [templateId]);

/** A tenant's device ids grouped by the template they use. */
export function deviceIdsByTemplate(db: DbOrTx, tenantId: number): Map<number, number[]> {
  const groups = new Map<number, number[]>();
  for (const row of db.select({ id: devices.id, templateId: devices.templateId }).from(devices).where(eq(devices.tenantId, tenantId)).all()) {
    groups.set(row.templateId, [...(groups.get(row.templateId) ?? []), row.id]);
  }
  return groups;
}

/** The devices whose lines use an account. */
export function devicesUsingAccount(db: DbOrTx, tenantId: number, accountId: number): DeviceRef[] {
  return deviceRefs(db, tenantId, inArray(devices.id, db.select({ id: deviceLines.deviceId }).from(deviceLines).where(eq(deviceLines.accountId, accountId))));
}

/**
 * The WHERE of a device search, for the console table and the REST API alike. `q` matches the
 * MAC in any notation, the label, an extension or a model name.
 */
export function deviceConditions(db: DbOrTx, tenantId: number, filter: DeviceListParams): SQL {
  const conditions = [eq(devices.tenantId, tenantId)];
  if (filter.modelId) conditions.push(eq(devices.modelId, filter.modelId));
  else if (filter.brandId)
    conditions.push(inArray(devices.modelId, db.select({ id: deviceModels.id }).from(deviceModels).where(eq(deviceModels.brandId, filter.brandId))));
  if (filter.enabled !== undefined) conditions.push(eq(devices.isEnabled, filter.enabled === '1'));
  if (filter.fetched !== undefined) conditions.push(filter.fetched === '1' ? isNotNull(devices.lastFetchedAt) : isNull(devices.lastFetchedAt));
  if (filter.redirection) conditions.push(macWithRedirectionState(tenantId, filter.redirection, devices.mac));
  if (filter.pending !== undefined) conditions.push(filter.pending === '1' ? hasPendingChanges : not(hasPendingChanges));
  if (filter.q) {
    const term = likeTerm(filter.q);
    const mac = macDigits(filter.q);
    const byExtension = db
      .select({ id: deviceLines.deviceId })
      .from(deviceLines)
      .innerJoin(accounts, eq(accounts.id, deviceLines.accountId))
      .where(like(accounts.extension, term));
    const byModel = db.select({ id: deviceModels.id }).from(deviceModels).where(like(deviceModels.name, term));
    conditions.push(
      or(
        ...(mac.length >= 2 ? [like(devices.mac, `%${mac}%`)] : []),
        like(devices.label, term),
        inArray(devices.id, byExtension),
        inArray(devices.modelId, byModel),
      )!,
    );
  }
  return and(...conditions)!;
}

type DeviceSort = Sort<keyof typeof DEVICE_SORT.columns>;

/** ORDER BY of each sort column, ties broken by MAC (unique in a tenant) or id; each one walks an index (migration 0018_list_sorting). */
function deviceOrder({ column, dir }: DeviceSort): SQL[] {
  const by = byDir(dir);
  switch (column) {
    case 'mac':
      return [by(devices.mac), by(devices.id)];
    case 'label':
      return [by(devices.label), by(devices.id)];
    case 'model':
      return [by(deviceModels.name), by(devices.mac), by(devices.id)];
    case 'lastFetch':
      // Never-fetched devices last, whichever the direction.
      return [sql`${devices.lastFetchedAt} ${sql.raw(dir)} nulls last`, by(devices.id)];
  }
}

/** One page of a device search in the asked order: the ids, the total and the page actually shown. */
function searchDevices(db: DbOrTx, tenantId: number, filter: DeviceListParams) {
  const where = deviceConditions(db, tenantId, filter);
  const total = db.select({ n: count() }).from(devices).where(where).get()?.n ?? 0;
  const window = pageWindow(filter, total);
  const sort = resolveSort(DEVICE_SORT, filter);
  const order = deviceOrder(sort);
  const ids = (
    sort.column === 'model'
      ? // CROSS JOIN keeps SQLite walking the tenant's models by name, then each model's devices by MAC (devices_model_idx), instead of sorting them all.
        db
          .select({ id: devices.id })
          .from(deviceModels)
          .crossJoin(devices)
          .where(and(eq(deviceModels.tenantId, tenantId), eq(devices.modelId, deviceModels.id), where))
          .orderBy(...order)
          .limit(window.pageSize)
          .offset(window.offset)
          .all()
      : db
          .select({ id: devices.id })
          .from(devices)
          .where(where)
          .orderBy(...order)
          .limit(window.pageSize)
          .offset(window.offset)
          .all()
  ).map((r) => r.id);
  return { ids, total, ...window };
}

/** A page of full device rows with their lines, for the REST API. */
export function listDevices(db: DbOrTx, tenantId: number, filter: DeviceListParams): Page<DeviceWithLines> {
  const { ids, total, page, pageSize } = searchDevices(db, tenantId, filter);
  const rows = inOrderOf(ids, ids.length === 0 ? [] : db.select().from(devices).where(inArray(devices.id, ids)).all());
  const lines = new Map<number, number[]>();
  if (rows.length > 0) {
    const links = db
      .select({ deviceId: deviceLines.deviceId, accountId: deviceLines.accountId })
      .from(deviceLines)
      .where(
        inArray(
          deviceLines.deviceId,
          rows.map((r) => r.id),
        ),
      )
      .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
      .all();
    for (const link of links) lines.set(link.deviceId, [...(lines.get(link.deviceId) ?? []), link.accountId]);
  }
  return { items: rows.map((row) => ({ ...row, lines: lines.get(row.id) ?? [] })), total, page, pageSize };
}

/**
 * Does the phone hold the current file? `pending`: the file changed since the phone last fetched
 * it (at `changedAt`). Unknown (null) before the first fetch, or for fetches recorded before the
 * fetched version was kept.
 */
export type SyncState = { state: 'in-sync' } | { state: 'pending'; changedAt: number };

export function syncOf(
  lastFetchedAt: Date | null,
  lastFetchedSha256: string | null,
  file: { sha256: string; generatedAt: Date } | null | undefined,
): SyncState | null {
  if (!file || !lastFetchedAt || !lastFetchedSha256) return null;
  return lastFetchedSha256 === file.sha256 ? { state: 'in-sync' } : { state: 'pending', changedAt: file.generatedAt.getTime() };
}

/** SQL: the device's current file differs from the one its phone last fetched (the "pending changes" filter). */
export const hasPendingChanges = sql`(${devices.lastFetchedSha256} IS NOT NULL AND EXISTS (SELECT 1 FROM generated_files g WHERE g.device_id = ${devices.id} AND g.sha256 <> ${devices.lastFetchedSha256}))`;

/** One device's sync state (device page, REST API). */
export function deviceSync(db: DbOrTx, deviceId: number): SyncState | null {
  const device = db.select({ at: devices.lastFetchedAt, sha: devices.lastFetchedSha256 }).from(devices).where(eq(devices.id, deviceId)).get();
  const file = db
    .select({ sha256: generatedFiles.sha256, generatedAt: generatedFiles.generatedAt })
    .from(generatedFiles)
    .where(eq(generatedFiles.deviceId, deviceId))
    .get();
  return device ? syncOf(device.at, device.sha, file) : null;
}

/** A row of the console's devices table (no secrets); times in epoch ms. */
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
  /** Whether the phone holds the current file; null without a file (disabled) or before the phone's first fetch. */
  sync: SyncState | null;
  /** null: no enabled redirection server of the device's brand (or the device is disabled). */
  redirection: RedirectionStatus | null;
};
export type DevicePage = Page<DeviceRow>;

/**
 * One page of the devices table: a count, the page itself and two lookups keyed by its ids, so
 * it stays fast at tens of thousands of devices.
 */
export function listDevicePage(db: DbOrTx, tenantId: number, filter: DeviceListParams): DevicePage {
  const { ids, total, page, pageSize } = searchDevices(db, tenantId, filter);
  const selected =
    ids.length === 0
      ? []
      : db
          .select({
            id: devices.id,
            mac: devices.mac,
            label: devices.label,
            isEnabled: devices.isEnabled,
            lastFetchedAt: devices.lastFetchedAt,
            lastFetchedSha256: devices.lastFetchedSha256,
            modelName: deviceModels.name,
            brandName: brands.name,
          })
          .from(devices)
          .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
          .innerJoin(brands, eq(brands.id, deviceModels.brandId))
          .where(inArray(devices.id, ids))
          .all();
  const rows = inOrderOf(ids, selected);
  const extensions = new Map<number, string[]>();
  const files = new Map<number, { id: number; fileName: string; sha256: string; generatedAt: Date }>();
  if (ids.length > 0) {
    const lines = db
      .select({ deviceId: deviceLines.deviceId, extension: accounts.extension })
      .from(deviceLines)
      .innerJoin(accounts, eq(accounts.id, deviceLines.accountId))
      .where(inArray(deviceLines.deviceId, ids))
      .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
      .all();
    for (const line of lines) extensions.set(line.deviceId, [...(extensions.get(line.deviceId) ?? []), line.extension]);
    const fileRows = db
      .select({
        id: generatedFiles.id,
        fileName: generatedFiles.fileName,
        deviceId: generatedFiles.deviceId,
        sha256: generatedFiles.sha256,
        generatedAt: generatedFiles.generatedAt,
      })
      .from(generatedFiles)
      .where(inArray(generatedFiles.deviceId, ids))
      .all();
    for (const { deviceId, ...f } of fileRows) if (deviceId !== null) files.set(deviceId, f);
  }
  const redirection = redirectionStatuses(db, tenantId, rows);
  const items = rows.map(({ lastFetchedSha256, ...r }) => {
    const file = files.get(r.id);
    return {
      ...r,
      lastFetchedAt: r.lastFetchedAt ? r.lastFetchedAt.getTime() : null,
      extensions: extensions.get(r.id) ?? [],
      file: file ? { id: file.id, fileName: file.fileName } : null,
      sync: syncOf(r.lastFetchedAt, lastFetchedSha256, file),
      redirection: redirection.get(r.id) ?? null,
    };
  });
  return { items, total, page, pageSize };
}

/** The newest devices that never fetched their file (dashboard). */
export function devicesNeverFetched(db: DbOrTx, tenantId: number, limit = 10) {
  return db
    .select({ id: devices.id, mac: devices.mac, label: devices.label, modelName: deviceModels.name, createdAt: devices.createdAt })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .where(and(eq(devices.tenantId, tenantId), isNull(devices.lastFetchedAt)))
    .orderBy(desc(devices.createdAt), desc(devices.id))
    .limit(limit)
    .all();
}

/** What redirection needs of a device: its MAC, its brand's name and whether it is enabled (one device, or all of the tenant's). */
export function devicesWithBrand(db: DbOrTx, tenantId: number, deviceId?: number) {
  return db
    .select({ id: devices.id, mac: devices.mac, isEnabled: devices.isEnabled, brandName: brands.name })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(brands, eq(brands.id, deviceModels.brandId))
    .where(and(eq(devices.tenantId, tenantId), deviceId === undefined ? undefined : eq(devices.id, deviceId)))
    .all();
}
export type DeviceWithBrand = ReturnType<typeof devicesWithBrand>[number];
