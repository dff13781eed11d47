import { eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { devices } from '@/db/schema';
import { type DeviceWithLines, tenantLineLinks } from './devices';

/** Every device of the tenant with its lines (line 1 first), read in two queries: what a CSV import compares rows with. */
export function tenantDevicesWithLines(db: DbOrTx, tenantId: number): DeviceWithLines[] {
  const rows = db.select().from(devices).where(eq(devices.tenantId, tenantId)).all();
  const lines = new Map<number, number[]>();
  for (const link of tenantLineLinks(db, tenantId)) {
    const list = lines.get(link.deviceId);
    if (list) list.push(link.accountId);
    else lines.set(link.deviceId, [link.accountId]);
  }
  return rows.map((row) => ({ ...row, lines: lines.get(row.id) ?? [] }));
}
