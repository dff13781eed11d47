import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { networkInterfaces, pbxSettings, placeholders } from '@/db/schema';
import { networkInterfaceSchema, pbxSettingsSchema } from '@/lib/validation/entities';
import { conflict, notFound } from './errors';
import { assertNameFree, devicesUsingPlaceholders, findInTenant, writeAndRegenerate } from './support';

export function getPbxSettings(db: Db, tenantId: number) {
  const row = db.select().from(pbxSettings).where(eq(pbxSettings.tenantId, tenantId)).get();
  if (!row) throw notFound('pbx settings');
  return row;
}

/** Every file of the tenant may draw from PBX attributes: all are regenerated (unchanged ones keep their row). */
export function updatePbxSettings(db: Db, tenantId: number, patch: Record<string, unknown>) {
  const data = pbxSettingsSchema.parse({ ...getPbxSettings(db, tenantId), ...patch });
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(pbxSettings).set(data).where(eq(pbxSettings.tenantId, tenantId)).returning().get(),
    () => 'all',
  );
}

export const listNetworkInterfaces = (db: Db, tenantId: number) =>
  db.select().from(networkInterfaces).where(eq(networkInterfaces.tenantId, tenantId)).orderBy(asc(networkInterfaces.name)).all();

export const getNetworkInterface = (db: Db, tenantId: number, id: number) => findInTenant(db, networkInterfaces, tenantId, id, 'network interface');

function parse(db: Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = networkInterfaceSchema.parse(input);
  assertNameFree(db, networkInterfaces, tenantId, data.name, exceptId);
  return data;
}

export const createNetworkInterface = (db: Db, tenantId: number, input: unknown) =>
  db.insert(networkInterfaces).values({ ...parse(db, tenantId, input), tenantId }).returning().get();

/** A new address regenerates the files whose templates use a dynamic placeholder bound to this interface. */
export function updateNetworkInterface(db: Db, tenantId: number, id: number, patch: Record<string, unknown>) {
  const data = parse(db, tenantId, { ...getNetworkInterface(db, tenantId, id), ...patch }, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(networkInterfaces).set(data).where(eq(networkInterfaces.id, id)).returning().get(),
    (tx) => devicesUsingPlaceholders(tx, tenantId, tx.select({ name: placeholders.name }).from(placeholders).where(eq(placeholders.interfaceId, id)).all().map((p) => p.name)),
  );
}

export function deleteNetworkInterface(db: Db, tenantId: number, id: number): void {
  getNetworkInterface(db, tenantId, id);
  const users = db.select({ name: placeholders.name }).from(placeholders).where(eq(placeholders.interfaceId, id)).all();
  if (users.length > 0) throw conflict(null, 'validation:interface.inUse', { placeholders: users.map((p) => `%%_${p.name}%%`).join(', ') });
  db.delete(networkInterfaces).where(eq(networkInterfaces.id, id)).run();
}
