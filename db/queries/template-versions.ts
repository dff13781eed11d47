import { and, asc, desc, eq, isNull, max, sql } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { devices, templateVersions } from '@/db/schema';
import type { DeviceRef } from './devices';

export type TemplateVersion = typeof templateVersions.$inferSelect;

const summary = {
  number: templateVersions.number,
  at: templateVersions.at,
  actorKind: templateVersions.actorKind,
  actorName: templateVersions.actorName,
  origin: templateVersions.origin,
  comment: templateVersions.comment,
  restoredFrom: templateVersions.restoredFrom,
  firmware: templateVersions.firmware,
  format: templateVersions.format,
  lineEndings: templateVersions.lineEndings,
  changedDeviceIds: templateVersions.changedDeviceIds,
};

export type TemplateVersionSummary = Omit<typeof templateVersions.$inferSelect, 'id' | 'tenantId' | 'templateId' | 'actorId' | 'body' | 'changedDeviceIds'> & {
  /** How many devices' files changed with this version; null when not known (saved before history began). */
  changedDevices: number | null;
};

/** A template's history, newest first, without the bodies. */
export function listTemplateVersions(db: DbOrTx, tenantId: number, templateId: number): TemplateVersionSummary[] {
  return db
    .select(summary)
    .from(templateVersions)
    .where(and(eq(templateVersions.tenantId, tenantId), eq(templateVersions.templateId, templateId)))
    .orderBy(desc(templateVersions.number))
    .all()
    .map(({ changedDeviceIds, ...version }) => ({ ...version, changedDevices: changedDeviceIds?.length ?? null }));
}

/** One version with its body, when the template is the tenant's. */
export const getTemplateVersion = (db: DbOrTx, tenantId: number, templateId: number, number: number): TemplateVersion | undefined =>
  db
    .select()
    .from(templateVersions)
    .where(and(eq(templateVersions.tenantId, tenantId), eq(templateVersions.templateId, templateId), eq(templateVersions.number, number)))
    .get();

/** The number the next version of a template takes. */
/** The number of the template's latest restore (0 when none): the content changed on the server, not in the editor. */
export const lastRestoreNumber = (db: DbOrTx, templateId: number): number =>
  db
    .select({ number: max(templateVersions.number) })
    .from(templateVersions)
    .where(and(eq(templateVersions.templateId, templateId), eq(templateVersions.origin, 'restore')))
    .get()?.number ?? 0;

export const nextVersionNumber = (db: DbOrTx, templateId: number): number =>
  (db
    .select({ n: max(templateVersions.number) })
    .from(templateVersions)
    .where(eq(templateVersions.templateId, templateId))
    .get()?.n ?? 0) + 1;

/** The first `limit` devices, by MAC, still in the tenant among `ids` (a version's changed devices; deleted ones are left out). */
export function devicesAmong(db: DbOrTx, tenantId: number, ids: readonly number[], limit = 200): DeviceRef[] {
  if (ids.length === 0) return [];
  return db
    .select({ id: devices.id, mac: devices.mac, label: devices.label })
    .from(devices)
    .where(and(eq(devices.tenantId, tenantId), sql`${devices.id} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`))
    .orderBy(asc(devices.mac))
    .limit(limit)
    .all();
}

/** Built-in versions refreshed at start whose regeneration has not told yet which devices changed. */
export const versionsAwaitingDevices = (db: DbOrTx, tenantId: number) =>
  db
    .select({ id: templateVersions.id, templateId: templateVersions.templateId, changedDeviceIds: templateVersions.changedDeviceIds })
    .from(templateVersions)
    .where(and(eq(templateVersions.tenantId, tenantId), eq(templateVersions.origin, 'built-in'), isNull(templateVersions.changedDeviceIds)))
    .all();

/** One version as the API and the console show it: the content, who and when, and the devices whose file changed with it. */
export function templateVersionView(db: DbOrTx, tenantId: number, templateId: number, number: number) {
  const version = getTemplateVersion(db, tenantId, templateId, number);
  if (!version) return undefined;
  const { id: _id, tenantId: _tenant, actorId: _actor, changedDeviceIds, ...shown } = version;
  return { ...shown, changedDeviceIds, changedDevices: changedDeviceIds && devicesAmong(db, tenantId, changedDeviceIds) };
}
export type TemplateVersionView = NonNullable<ReturnType<typeof templateVersionView>>;
