import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getUnknownDevice } from '@/db/queries/unknown-devices';
import { unknownDevices } from '@/db/schema';
import { found } from '@/lib/errors';

/** Forgets an unknown device; it is listed again the next time that MAC asks for a file. */
export function dismissUnknownDevice(db: Db, tenantId: number, id: number): void {
  found(getUnknownDevice(db, tenantId, id), 'unknown device');
  db.delete(unknownDevices)
    .where(and(eq(unknownDevices.id, id), eq(unknownDevices.tenantId, tenantId)))
    .run();
}
