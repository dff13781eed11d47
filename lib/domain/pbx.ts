import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getNetworkInterface, getPbxSettings } from '@/db/queries/pbx';
import { placeholdersOfInterface } from '@/db/queries/placeholders';
import { networkInterfaces, pbxSettings } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { DomainError, found } from '@/lib/errors';
import { networkInterfaceSchema, pbxSettingsSchema } from '@/lib/validation/entities';
import { devicesUsingPlaceholders } from './placeholders';
import { assertNameFree, writeAndRegenerate } from './support';

/**
 * Every file of the tenant may draw from PBX attributes: all are regenerated (unchanged ones keep
 * their row). The default admin password is write-only: left out, it keeps its value.
 */
export function updatePbxSettings(db: Db, tenantId: number, patch: Record<string, unknown>) {
  const current = found(getPbxSettings(db, tenantId), 'pbx settings');
  const data = pbxSettingsSchema.parse({ ...current, ...patch });
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const settings = tx.update(pbxSettings).set(data).where(eq(pbxSettings.tenantId, tenantId)).returning().get();
      recordAudit(tx, { tenantId, entity: 'pbx-settings', action: 'update', before: current, after: settings });
      return settings;
    },
    () => 'all',
  );
}

function parse(db: Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = networkInterfaceSchema.parse(input);
  assertNameFree(db, networkInterfaces, tenantId, data.name, exceptId);
  return data;
}

export function createNetworkInterface(db: Db, tenantId: number, input: unknown) {
  const data = parse(db, tenantId, input);
  return db.transaction((tx) => {
    const created = tx
      .insert(networkInterfaces)
      .values({ ...data, tenantId })
      .returning()
      .get();
    recordAudit(tx, { tenantId, entity: 'network-interface', entityId: created.id, label: created.name, action: 'create', after: created });
    return created;
  });
}

/** A new address regenerates the files whose templates use a dynamic placeholder bound to this interface. */
export function updateNetworkInterface(db: Db, tenantId: number, id: number, patch: Record<string, unknown>) {
  const current = found(getNetworkInterface(db, tenantId, id), 'network interface');
  const data = parse(db, tenantId, { ...current, ...patch }, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const updated = tx.update(networkInterfaces).set(data).where(eq(networkInterfaces.id, id)).returning().get();
      recordAudit(tx, { tenantId, entity: 'network-interface', entityId: id, label: updated.name, action: 'update', before: current, after: updated });
      return updated;
    },
    (tx) => devicesUsingPlaceholders(tx, tenantId, placeholdersOfInterface(tx, id)),
  );
}

/** Refused while dynamic placeholders are bound to the interface. */
export function deleteNetworkInterface(db: Db, tenantId: number, id: number): void {
  const current = found(getNetworkInterface(db, tenantId, id), 'network interface');
  const users = placeholdersOfInterface(db, id);
  if (users.length > 0)
    throw new DomainError(409, 'validation:interface.inUse', null, { placeholders: users.map((name) => `%%_${name}%%`).join(', ') }, { placeholders: users });
  db.transaction((tx) => {
    tx.delete(networkInterfaces).where(eq(networkInterfaces.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'network-interface', entityId: id, label: current.name, action: 'delete', before: current });
  });
}
