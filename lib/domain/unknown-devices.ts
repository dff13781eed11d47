import { and, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getUnknownDevice } from '@/db/queries/unknown-devices';
import { unknownDevices } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { found } from '@/lib/errors';
import { formatMac } from '@/lib/mac';

/** Forgets an unknown device; it is listed again the next time that MAC asks for a file. */
export function dismissUnknownDevice(db: Db, tenantId: number, id: number): void {
  const current = found(getUnknownDevice(db, tenantId, id), 'unknown device');
  db.transaction((tx) => {
    tx.delete(unknownDevices)
      .where(and(eq(unknownDevices.id, id), eq(unknownDevices.tenantId, tenantId)))
      .run();
    recordAudit(tx, { tenantId, entity: 'unknown-device', entityId: id, label: formatMac(current.mac, 'colon-upper'), action: 'dismiss' });
  });
}
