import { and, asc, count, eq, inArray, isNotNull, isNull, like, ne, or, type SQL } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { accounts, deviceLines, deviceModels, devices, generatedFiles, templates, tenants, unknownDevices } from '@/db/schema';
import { type DeviceInput, deviceSchema } from '@/lib/validation/entities';
import { conflict, DomainError } from './errors';
import { findInTenant, writeAndRegenerate } from './support';

export type Device = typeof devices.$inferSelect;
export type DeviceWithLines = Device & { lines: number[] };

export function linesOf(db: Db | Tx, deviceId: number): number[] {
  return db.select({ accountId: deviceLines.accountId }).from(deviceLines).where(eq(deviceLines.deviceId, deviceId)).orderBy(asc(deviceLines.position)).all().map((l) => l.accountId);
}

export function getDevice(db: Db, tenantId: number, id: number): DeviceWithLines {
  const device = findInTenant(db, devices, tenantId, id, 'device');
  return { ...device, lines: linesOf(db, id) };
}

/** The generated file a device owns, if it is enabled. */
export const deviceFile = (db: Db, deviceId: number) =>
  db.select({ fileName: generatedFiles.fileName, sha256: generatedFiles.sha256, size: generatedFiles.size, generatedAt: generatedFiles.generatedAt }).from(generatedFiles).where(eq(generatedFiles.deviceId, deviceId)).get() ?? null;

/** Other tenants holding the same MAC: allowed, but flagged to the admin. */
export function tenantsSharingMac(db: Db, tenantId: number, mac: string): string[] {
  return db
    .select({ uuid: tenants.uuid })
    .from(devices)
    .innerJoin(tenants, eq(tenants.id, devices.tenantId))
    .where(and(eq(devices.mac, mac), ne(devices.tenantId, tenantId)))
    .all()
    .map((t) => t.uuid);
}

function checkReferences(tx: Tx, tenantId: number, data: DeviceInput) {
  findInTenant(tx, deviceModels, tenantId, data.modelId, 'model');
  const template = tx.select().from(templates).where(and(eq(templates.id, data.templateId), eq(templates.tenantId, tenantId))).get();
  if (!template) throw new DomainError(400, 'validation:device.templateUnknown', 'templateId');
  if (template.modelId !== data.modelId) throw new DomainError(400, 'validation:device.templateOfOtherModel', 'templateId', { template: template.name });
  if (data.lines.length > 0) {
    const found = tx.select({ id: accounts.id }).from(accounts).where(and(eq(accounts.tenantId, tenantId), inArray(accounts.id, data.lines))).all();
    if (found.length !== new Set(data.lines).size) throw new DomainError(400, 'validation:device.accountUnknown', 'lines');
  }
}

function assertMacFree(tx: Tx, tenantId: number, mac: string, exceptId?: number) {
  const holder = tx.select({ id: devices.id, label: devices.label }).from(devices).where(and(eq(devices.tenantId, tenantId), eq(devices.mac, mac))).get();
  if (holder && holder.id !== exceptId) throw conflict('mac', 'validation:device.macTaken', { mac, holder: holder.label || `#${holder.id}` });
}

function writeLines(tx: Tx, deviceId: number, accountIds: number[]) {
  tx.delete(deviceLines).where(eq(deviceLines.deviceId, deviceId)).run();
  if (accountIds.length > 0) tx.insert(deviceLines).values(accountIds.map((accountId, i) => ({ deviceId, position: i + 1, accountId }))).run();
}

const columns = ({ lines: _lines, ...rest }: DeviceInput) => rest;

/** Creates a device and generates its file in the same transaction. */
export function createDevice(db: Db, tenantId: number, input: unknown): DeviceWithLines {
  const data = deviceSchema.parse(input);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      checkReferences(tx, tenantId, data);
      assertMacFree(tx, tenantId, data.mac);
      const device = tx.insert(devices).values({ ...columns(data), tenantId }).returning().get();
      writeLines(tx, device.id, data.lines);
      tx.delete(unknownDevices).where(and(eq(unknownDevices.tenantId, tenantId), eq(unknownDevices.mac, data.mac))).run();
      return { ...device, lines: data.lines };
    },
    (_tx, device) => ({ deviceIds: [device.id] }),
  );
}

/** Partial update; the admin password is kept when left out. A renamed file disappears under its old name. */
export function updateDevice(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): DeviceWithLines {
  const current = getDevice(db, tenantId, id);
  const data = deviceSchema.parse({ ...current, ...patch });
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      checkReferences(tx, tenantId, data);
      assertMacFree(tx, tenantId, data.mac, id);
      const device = tx.update(devices).set({ ...columns(data), updatedAt: new Date() }).where(eq(devices.id, id)).returning().get();
      writeLines(tx, id, data.lines);
      return { ...device, lines: data.lines };
    },
    () => ({ deviceIds: [id] }),
  );
}

export function deleteDevice(db: Db, tenantId: number, id: number): void {
  findInTenant(db, devices, tenantId, id, 'device');
  writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.delete(devices).where(eq(devices.id, id)).run(),
    () => ({ deviceIds: [id] }),
  );
}

export type DeviceFilter = { q?: string; brandId?: number; modelId?: number; enabled?: boolean; fetched?: boolean; limit: number; offset: number };

export function deviceFilterFrom(params: URLSearchParams): DeviceFilter {
  const num = (key: string) => (params.get(key) && Number.isInteger(Number(params.get(key))) ? Number(params.get(key)) : undefined);
  const flag = (key: string) => (params.has(key) ? ['1', 'true', 'yes'].includes(params.get(key) ?? '') : undefined);
  return {
    q: params.get('q')?.trim() || undefined,
    brandId: num('brandId'),
    modelId: num('modelId'),
    enabled: flag('enabled'),
    fetched: flag('fetched'),
    limit: Math.min(Math.max(num('limit') ?? 50, 1), 500),
    offset: Math.max(num('offset') ?? 0, 0),
  };
}

/**
 * The WHERE of a device search, shared by the API and the console table. `q` matches the MAC in
 * any notation, the label, an extension or a model name.
 */
export function deviceConditions(db: Db, tenantId: number, filter: Omit<DeviceFilter, 'limit' | 'offset'>): SQL {
  const conditions = [eq(devices.tenantId, tenantId)];
  if (filter.modelId) conditions.push(eq(devices.modelId, filter.modelId));
  else if (filter.brandId) conditions.push(inArray(devices.modelId, db.select({ id: deviceModels.id }).from(deviceModels).where(eq(deviceModels.brandId, filter.brandId))));
  if (filter.enabled !== undefined) conditions.push(eq(devices.isEnabled, filter.enabled));
  if (filter.fetched !== undefined) conditions.push(filter.fetched ? isNotNull(devices.lastFetchedAt) : isNull(devices.lastFetchedAt));
  if (filter.q) {
    const term = `%${filter.q.replace(/[%_]/g, '')}%`;
    const macTerm = `%${filter.q.toLowerCase().replace(/[^0-9a-f]/g, '')}%`;
    const byExtension = db.select({ id: deviceLines.deviceId }).from(deviceLines).innerJoin(accounts, eq(accounts.id, deviceLines.accountId)).where(like(accounts.extension, term));
    const byModel = db.select({ id: deviceModels.id }).from(deviceModels).where(like(deviceModels.name, term));
    conditions.push(or(...(macTerm.length > 2 ? [like(devices.mac, macTerm)] : []), like(devices.label, term), inArray(devices.id, byExtension), inArray(devices.modelId, byModel))!);
  }
  return and(...conditions)!;
}

/** A page of devices for the API. */
export function listDevices(db: Db, tenantId: number, filter: DeviceFilter) {
  const where = deviceConditions(db, tenantId, filter);
  const total = db.select({ n: count() }).from(devices).where(where).get()?.n ?? 0;
  const rows = db.select().from(devices).where(where).orderBy(asc(devices.mac)).limit(filter.limit).offset(filter.offset).all();
  return { items: rows, total, limit: filter.limit, offset: filter.offset };
}
