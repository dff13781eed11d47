import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { networkInterfaces, pbxSettings, placeholders } from '@/db/schema';
import { rowInTenant } from './support';

export type PbxSettings = typeof pbxSettings.$inferSelect;
export type NetworkInterface = typeof networkInterfaces.$inferSelect;
/** What the console's interface table and dialogs need of one; `placeholders`: the dynamic placeholders reading its address (they block its deletion). */
export type NetworkInterfaceRow = Pick<NetworkInterface, 'id' | 'name' | 'vlanId' | 'ipv4Address'> & { placeholders: string[] };

export const getPbxSettings = (db: DbOrTx, tenantId: number): PbxSettings | undefined =>
  db.select().from(pbxSettings).where(eq(pbxSettings.tenantId, tenantId)).get();

export const listNetworkInterfaces = (db: DbOrTx, tenantId: number) =>
  db.select().from(networkInterfaces).where(eq(networkInterfaces.tenantId, tenantId)).orderBy(asc(networkInterfaces.name)).all();

export const getNetworkInterface = (db: DbOrTx, tenantId: number, id: number): NetworkInterface | undefined => rowInTenant(db, networkInterfaces, tenantId, id);

/** The tenant's interfaces for the console, each with the names of the placeholders that use it (by name). */
export function networkInterfaceRows(db: DbOrTx, tenantId: number): NetworkInterfaceRow[] {
  const users = new Map<number, string[]>();
  const bound = db
    .select({ interfaceId: placeholders.interfaceId, name: placeholders.name })
    .from(placeholders)
    .where(and(eq(placeholders.tenantId, tenantId), isNotNull(placeholders.interfaceId)))
    .orderBy(asc(placeholders.name))
    .all();
  for (const { interfaceId, name } of bound) users.set(interfaceId!, [...(users.get(interfaceId!) ?? []), name]);
  return listNetworkInterfaces(db, tenantId).map(({ id, name, vlanId, ipv4Address }) => ({ id, name, vlanId, ipv4Address, placeholders: users.get(id) ?? [] }));
}
