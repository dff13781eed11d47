import { randomUUID } from 'node:crypto';
import { and, asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { brands, deviceModels, devices, filenameRules, pbxSettings, placeholders, templates, tenants } from '@/db/schema';
import { BUILT_IN_MODELS } from '@/lib/provisioning/builtin/models';
import { publicHost } from '@/lib/provisioning/server-facts';
import { tenantSchema } from '@/lib/validation/entities';
import { conflict, notFound } from './errors';
import { writeAndRegenerate } from './support';

export type Tenant = typeof tenants.$inferSelect;

export const listTenants = (db: Db) => db.select().from(tenants).orderBy(asc(tenants.id)).all();

export function getTenant(db: Db, id: number): Tenant {
  const row = db.select().from(tenants).where(eq(tenants.id, id)).get();
  if (!row) throw notFound('tenant');
  return row;
}

export const getDefaultTenant = (db: Db) => db.select().from(tenants).where(eq(tenants.isDefault, true)).get() ?? null;
export const getTenantByUuid = (db: Db, uuid: string) => db.select().from(tenants).where(eq(tenants.uuid, uuid)).get() ?? null;

type Synced<T> = { row: T; changed: boolean };

/** Inserts a missing built-in row, or refreshes an existing built-in one whose release content differs. */
function syncRow<T extends { id: number; isBuiltIn: boolean }>(
  existing: T | undefined,
  insert: () => T,
  differs: (row: T) => boolean,
  refresh: (row: T) => void,
): Synced<T> {
  if (!existing) return { row: insert(), changed: true };
  if (!existing.isBuiltIn || !differs(existing)) return { row: existing, changed: false };
  refresh(existing);
  return { row: existing, changed: true };
}

/**
 * Brings a tenant's built-in brands, rules, models and templates in line with this release:
 * adds the missing ones and refreshes the read-only ones. Returns true when anything changed.
 */
export function syncBuiltIns(tx: Tx, tenantId: number): boolean {
  let changed = false;
  for (const model of BUILT_IN_MODELS) {
    const brand = syncRow(
      tx.select().from(brands).where(and(eq(brands.tenantId, tenantId), eq(brands.name, model.brand))).get(),
      () => tx.insert(brands).values({ tenantId, name: model.brand, isBuiltIn: true }).returning().get(),
      () => false,
      () => undefined,
    );
    const rule = syncRow(
      tx.select().from(filenameRules).where(and(eq(filenameRules.tenantId, tenantId), eq(filenameRules.name, model.rule.name))).get(),
      () => tx.insert(filenameRules).values({ tenantId, ...model.rule, isBuiltIn: true }).returning().get(),
      (row) => row.prefix !== model.rule.prefix || row.macFormat !== model.rule.macFormat || row.suffix !== model.rule.suffix,
      (row) => tx.update(filenameRules).set(model.rule).where(eq(filenameRules.id, row.id)).run(),
    );
    const columns = { brandId: brand.row.id, filenameRuleId: rule.row.id, contentType: model.contentType, commonFiles: model.commonFiles };
    const deviceModel = syncRow(
      tx.select().from(deviceModels).where(and(eq(deviceModels.tenantId, tenantId), eq(deviceModels.name, model.name))).get(),
      () => tx.insert(deviceModels).values({ tenantId, name: model.name, isBuiltIn: true, ...columns }).returning().get(),
      (row) => JSON.stringify([row.brandId, row.filenameRuleId, row.contentType, row.commonFiles]) !== JSON.stringify(Object.values(columns)),
      (row) => tx.update(deviceModels).set(columns).where(eq(deviceModels.id, row.id)).run(),
    );
    const t = model.template;
    const template = syncRow(
      tx.select().from(templates).where(and(eq(templates.tenantId, tenantId), eq(templates.name, t.name))).get(),
      () => tx.insert(templates).values({ tenantId, modelId: deviceModel.row.id, name: t.name, firmware: t.firmware, format: t.format, body: t.body, isBuiltIn: true }).returning().get(),
      (row) => row.body !== t.body || row.format !== t.format || row.firmware !== t.firmware,
      (row) => tx.update(templates).set({ body: t.body, format: t.format, firmware: t.firmware, updatedAt: new Date() }).where(eq(templates.id, row.id)).run(),
    );
    changed ||= brand.changed || rule.changed || deviceModel.changed || template.changed;
  }
  return changed;
}

/** A new tenant starts with the PBX defaults and the built-in catalogue. */
export function createTenant(db: Db, input: unknown, options: { isDefault?: boolean } = {}): Tenant {
  const { name } = tenantSchema.parse(input);
  if (db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, name)).get()) throw conflict('name', 'validation:nameTaken', { name });
  return db.transaction((tx) => {
    const tenant = tx.insert(tenants).values({ uuid: randomUUID(), name, isDefault: options.isDefault ?? false }).returning().get();
    const host = publicHost();
    tx.insert(pbxSettings).values({ tenantId: tenant.id, host, sipDomain: host }).run();
    syncBuiltIns(tx, tenant.id);
    return tenant;
  });
}

export function updateTenant(db: Db, id: number, patch: Record<string, unknown>): Tenant {
  const current = getTenant(db, id);
  const { name } = tenantSchema.parse({ ...current, ...patch });
  const clash = db.select({ id: tenants.id }).from(tenants).where(eq(tenants.name, name)).get();
  if (clash && clash.id !== id) throw conflict('name', 'validation:nameTaken', { name });
  return writeAndRegenerate(db, id, (tx) => tx.update(tenants).set({ name }).where(eq(tenants.id, id)).returning().get(), () => 'all');
}

/** Deletes a tenant and everything it owns; the default tenant stays. */
export function deleteTenant(db: Db, id: number): void {
  if (getTenant(db, id).isDefault) throw conflict(null, 'validation:tenant.defaultUndeletable');
  // Children first: devices, placeholders and templates restrict the rows they point at.
  db.transaction((tx) => {
    for (const table of [devices, placeholders, templates, deviceModels]) tx.delete(table).where(eq(table.tenantId, id)).run();
    tx.delete(tenants).where(eq(tenants.id, id)).run();
  });
}
