import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { deviceModels, networkInterfaces, placeholders } from '@/db/schema';
import { listNetworkInterfaces } from './pbx';
import { rowInTenant } from './support';
import { templatesUsing } from './templates';

export type Placeholder = typeof placeholders.$inferSelect;

export const listPlaceholders = (db: DbOrTx, tenantId: number) =>
  db.select().from(placeholders).where(eq(placeholders.tenantId, tenantId)).orderBy(asc(placeholders.name)).all();

export const getPlaceholder = (db: DbOrTx, tenantId: number, id: number): Placeholder | undefined => rowInTenant(db, placeholders, tenantId, id);

/** Names (without %%_ … %%) of the tenant's custom placeholders, for the palette and autocompletion. */
export const customPlaceholderNames = (db: DbOrTx, tenantId: number): string[] => listPlaceholders(db, tenantId).map((p) => p.name);

/** The placeholders bound to a network interface (dynamic ones). */
export const placeholdersOfInterface = (db: DbOrTx, interfaceId: number) =>
  db
    .select({ name: placeholders.name })
    .from(placeholders)
    .where(eq(placeholders.interfaceId, interfaceId))
    .all()
    .map((p) => p.name);

/** Custom placeholder values of a tenant: static values, and interface addresses for dynamic ones. */
export function customValues(db: DbOrTx, tenantId: number): Record<string, string> {
  const rows = db
    .select({ name: placeholders.name, kind: placeholders.kind, value: placeholders.value, ip: networkInterfaces.ipv4Address })
    .from(placeholders)
    .leftJoin(networkInterfaces, eq(networkInterfaces.id, placeholders.interfaceId))
    .where(eq(placeholders.tenantId, tenantId))
    .all();
  return Object.fromEntries(rows.map((r) => [r.name, (r.kind === 'static' ? r.value : r.ip) ?? '']));
}

/** Models whose common files mention any of the custom placeholders %%_NAME%%. */
export function modelsWithCommonFilesUsing(db: DbOrTx, tenantId: number, names: string[]): { id: number; name: string }[] {
  return db
    .select({ id: deviceModels.id, name: deviceModels.name, commonFiles: deviceModels.commonFiles })
    .from(deviceModels)
    .where(eq(deviceModels.tenantId, tenantId))
    .all()
    .filter((m) => m.commonFiles.some((f) => names.some((n) => f.body.includes(`%%_${n}%%`))))
    .map(({ id, name }) => ({ id, name }));
}

export type PlaceholderUser = { id: number; name: string };
export type PlaceholderUsage = { templates: PlaceholderUser[]; models: PlaceholderUser[]; resolvedValue: string | null };

/** Where a custom placeholder is used and what it resolves to now. */
export function placeholderUsage(db: DbOrTx, tenantId: number, name: string): PlaceholderUsage {
  return {
    templates: templatesUsing(db, tenantId, [name]),
    models: modelsWithCommonFilesUsing(db, tenantId, [name]),
    resolvedValue: customValues(db, tenantId)[name] ?? null,
  };
}

/** A custom placeholder as the console lists it: where it is used and what it resolves to now. */
export type PlaceholderRow = {
  id: number;
  name: string;
  kind: 'static' | 'dynamic';
  value: string | null;
  description: string | null;
  networkInterface: { id: number; name: string; vlanId: number | null; ipv4Address: string } | null;
} & PlaceholderUsage;

export function listPlaceholderRows(db: DbOrTx, tenantId: number): PlaceholderRow[] {
  const interfaces = new Map(listNetworkInterfaces(db, tenantId).map((i) => [i.id, { id: i.id, name: i.name, vlanId: i.vlanId, ipv4Address: i.ipv4Address }]));
  return listPlaceholders(db, tenantId).map((p) => ({
    id: p.id,
    name: p.name,
    kind: p.kind,
    value: p.value,
    description: p.description,
    networkInterface: p.interfaceId === null ? null : (interfaces.get(p.interfaceId) ?? null),
    ...placeholderUsage(db, tenantId, p.name),
  }));
}
