import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { networkInterfaces, pbxSettings } from '@/db/schema';
import { rowInTenant } from './support';

export type PbxSettings = typeof pbxSettings.$inferSelect;
export type NetworkInterface = typeof networkInterfaces.$inferSelect;
/** What the console's interface dialogs need of one. */
export type NetworkInterfaceRow = Pick<NetworkInterface, 'id' | 'name' | 'vlanId' | 'ipv4Address'>;

export const getPbxSettings = (db: DbOrTx, tenantId: number): PbxSettings | undefined =>
  db.select().from(pbxSettings).where(eq(pbxSettings.tenantId, tenantId)).get();

export const listNetworkInterfaces = (db: DbOrTx, tenantId: number) =>
  db.select().from(networkInterfaces).where(eq(networkInterfaces.tenantId, tenantId)).orderBy(asc(networkInterfaces.name)).all();

export const getNetworkInterface = (db: DbOrTx, tenantId: number, id: number): NetworkInterface | undefined => rowInTenant(db, networkInterfaces, tenantId, id);
