import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { Db, DbOrTx, Tx } from '@/db/client';
import type { DeviceRef } from '@/db/queries/devices';
import { idHoldingName } from '@/db/queries/support';
import { conflict, DomainError } from '@/lib/errors';
import { formatMac } from '@/lib/mac';
import { regenerate, type RegenerateScope } from '@/lib/provisioning/regenerate';
import { serverFacts } from '@/lib/provisioning/server-facts';

type NamedTable = SQLiteTable & { id: SQLiteColumn; tenantId: SQLiteColumn; name: SQLiteColumn };

/** Runs a write and the regeneration it implies in one transaction: both happen or neither does. */
export function writeAndRegenerate<T>(db: Db, tenantId: number, write: (tx: Tx) => T, scopeOf: (tx: Tx, result: T) => RegenerateScope | null): T {
  return db.transaction((tx) => {
    const result = write(tx);
    const scope = scopeOf(tx, result);
    if (scope) regenerate(tx, tenantId, scope, serverFacts());
    return result;
  });
}

/** The regeneration scope of a list of devices. */
export const scopeOf = (devices: readonly { id: number }[]): RegenerateScope => ({ deviceIds: devices.map((d) => d.id) });

/** Names are unique per tenant: a clash is a 409 under `field`. `shown` is how the name is displayed. */
export function assertNameFree(
  db: DbOrTx,
  table: NamedTable,
  tenantId: number,
  name: string,
  exceptId?: number,
  options: { shown?: string; field?: string } = {},
) {
  const holder = idHoldingName(db, table, tenantId, name);
  if (holder !== undefined && holder !== exceptId) throw conflict(options.field ?? 'name', 'validation:nameTaken', { name: options.shown ?? name });
}

/** Built-in rows ship with the release and are read-only: duplicate them to customise. */
export function assertNotBuiltIn(row: { isBuiltIn: boolean }) {
  if (row.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
}

/** How a device is named in a message: its label and MAC, or the MAC alone. */
export const deviceName = (d: DeviceRef) => (d.label ? `${d.label} (${formatMac(d.mac, 'colon-upper')})` : formatMac(d.mac, 'colon-upper'));

/** A deletion refused while devices use the row: the message names them, `details.devices` lists them for the console's dialog. */
export function assertNoDevices(devices: DeviceRef[], code: string) {
  if (devices.length > 0) throw new DomainError(409, code, null, { devices: devices.map(deviceName).join(', ') }, { devices });
}
