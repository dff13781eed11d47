import { and, asc, eq, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { devices } from '@/db/schema';

export type DeviceRef = { id: number; mac: string; label: string };

/**
 * The tenant's devices matching `match`, as MAC-ordered references: what keeps a model or a
 * template from being deleted, and what the template preview can render for.
 */
export function deviceRefs(db: Db, tenantId: number, match: SQL): DeviceRef[] {
  return db
    .select({ id: devices.id, mac: devices.mac, label: devices.label })
    .from(devices)
    .where(and(eq(devices.tenantId, tenantId), match))
    .orderBy(asc(devices.mac))
    .all();
}
