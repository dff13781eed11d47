import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { deviceLines, devices } from '@/db/schema';
import type { DeviceWithLines } from './devices';

/** Every device of the tenant with its lines (line 1 first), read in two queries: what a CSV import compares rows with. */
export function tenantDevicesWithLines(db: DbOrTx, tenantId: number): DeviceWithLines[] {
  const rows = db.select().from(devices).where(eq(devices.tenantId, tenantId)).all();
  const lines = new Map<number, number[]>();
  const links = db
    .select({ deviceId: deviceLines.deviceId, accountId: deviceLines.accountId })
    .from(deviceLines)
    .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
    .where(eq(devices.tenantId, tenantId))
    .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
    .all();
  for (const link of links) {
    const list = lines.get(link.deviceId);
    if (list) list.push(link.accountId);
    else lines.set(link.deviceId, [link.accountId]);
  }
  return rows.map((row) => ({ ...row, lines: lines.get(row.id) ?? [] }));
}
