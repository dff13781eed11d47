import { and, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { countAccountsInTenant } from '@/db/queries/accounts';
import { deviceHoldingMac, type DeviceWithLines, getDevice } from '@/db/queries/devices';
import { getDeviceModel } from '@/db/queries/device-models';
import { getPbxSettings } from '@/db/queries/pbx';
import { firstFetchState } from '@/db/queries/phone-access';
import { getTemplate } from '@/db/queries/templates';
import { deviceLines, devices, unknownDevices } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { generateSecret } from '@/lib/auth/secrets';
import { conflict, DomainError, found } from '@/lib/errors';
import { formatMac } from '@/lib/mac';
import { deviceCloneSchema } from '@/lib/validation/device-clone';
import { type DeviceInput, deviceSchema } from '@/lib/validation/entities';
import { queueDeviceChange, redirectionTarget } from './redirection';
import { writeAndRegenerate } from './support';

function checkReferences(tx: Tx, tenantId: number, data: DeviceInput) {
  found(getDeviceModel(tx, tenantId, data.modelId), 'model');
  const template = getTemplate(tx, tenantId, data.templateId);
  if (!template) throw new DomainError(400, 'validation:device.templateUnknown', 'templateId');
  if (template.modelId !== data.modelId) throw new DomainError(400, 'validation:device.templateOfOtherModel', 'templateId', { template: template.name });
  if (countAccountsInTenant(tx, tenantId, data.lines) !== new Set(data.lines).size) throw new DomainError(400, 'validation:device.accountUnknown', 'lines');
}

/** A MAC is unique per tenant (other tenants may hold it: the console flags that). */
function assertMacFree(tx: Tx, tenantId: number, mac: string, exceptId?: number) {
  const holder = deviceHoldingMac(tx, tenantId, mac);
  if (holder && holder.id !== exceptId) throw conflict('mac', 'validation:device.macTaken', { mac, holder: holder.label || `#${holder.id}` });
}

function writeLines(tx: Tx, deviceId: number, accountIds: number[]) {
  tx.delete(deviceLines).where(eq(deviceLines.deviceId, deviceId)).run();
  if (accountIds.length > 0)
    tx.insert(deviceLines)
      .values(accountIds.map((accountId, i) => ({ deviceId, position: i + 1, accountId })))
      .run();
}

const columns = ({ lines: _lines, ...rest }: DeviceInput) => rest;

/** How the audit log names a device: its label, else its MAC. */
const auditLabel = (device: { label: string; mac: string }) => device.label || formatMac(device.mac, 'colon-upper');

/** Bytes of a generated admin password (16 base64url characters). */
const ADMIN_PASSWORD_BYTES = 12;

/**
 * Creates a device and generates its file in the same transaction; its MAC stops being an unknown
 * device. Without an admin password the device gets the tenant's default, else a random one: a
 * phone's web UI is never left open (`generatedAdminPassword` tells the caller to show it once).
 */
export function createDevice(
  db: Db,
  tenantId: number,
  input: unknown,
  action: 'create' | 'duplicate' = 'create',
): DeviceWithLines & { generatedAdminPassword?: string } {
  const parsed = deviceSchema.parse(input);
  const tenantDefault = parsed.adminPassword ? '' : (getPbxSettings(db, tenantId)?.defaultAdminPassword ?? '');
  const generated = parsed.adminPassword || tenantDefault ? null : generateSecret(ADMIN_PASSWORD_BYTES);
  const data = { ...parsed, adminPassword: parsed.adminPassword || tenantDefault || generated! };
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      checkReferences(tx, tenantId, data);
      assertMacFree(tx, tenantId, data.mac);
      const device = tx
        .insert(devices)
        .values({ ...columns(data), tenantId })
        .returning()
        .get();
      writeLines(tx, device.id, data.lines);
      tx.delete(unknownDevices)
        .where(and(eq(unknownDevices.tenantId, tenantId), eq(unknownDevices.mac, data.mac)))
        .run();
      queueDeviceChange(tx, tenantId, null, redirectionTarget(tx, tenantId, device.id));
      recordAudit(tx, {
        tenantId,
        entity: 'device',
        entityId: device.id,
        label: auditLabel(device),
        action,
        after: { ...device, lines: data.lines },
      });
      return { ...device, lines: data.lines, ...(generated ? { generatedAdminPassword: generated } : {}) };
    },
    (_tx, device) => ({ deviceIds: [device.id] }),
  );
}

/**
 * A copy of a device under a new MAC and label: same model, template, lines and attributes (admin password, network,
 * VLAN, language, time zone). The MAC is validated and must be free like any; the copy's file is generated with it.
 */
export function cloneDevice(db: Db, tenantId: number, id: number, input: unknown): DeviceWithLines {
  const { mac, label } = deviceCloneSchema.parse(input);
  const source = found(getDevice(db, tenantId, id), 'device');
  const { id: _id, tenantId: _tenantId, lastFetchedAt: _at, lastFetchedSha256: _sha, armedAt: _armed, createdAt: _c, updatedAt: _u, ...attributes } = source;
  return createDevice(db, tenantId, { ...attributes, mac, label }, 'duplicate');
}

/** Partial update; the admin password is kept when left out. A renamed file disappears under its old name. */
export function updateDevice(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): DeviceWithLines {
  const current = found(getDevice(db, tenantId, id), 'device');
  const data = deviceSchema.parse({ ...current, ...patch });
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      checkReferences(tx, tenantId, data);
      assertMacFree(tx, tenantId, data.mac, id);
      const before = redirectionTarget(tx, tenantId, id);
      const device = tx
        .update(devices)
        .set({ ...columns(data), updatedAt: new Date() })
        .where(eq(devices.id, id))
        .returning()
        .get();
      writeLines(tx, id, data.lines);
      queueDeviceChange(tx, tenantId, before, redirectionTarget(tx, tenantId, id));
      recordAudit(tx, {
        tenantId,
        entity: 'device',
        entityId: id,
        label: auditLabel(device),
        action: 'update',
        before: current,
        after: { ...device, lines: data.lines },
      });
      return { ...device, lines: data.lines };
    },
    () => ({ deviceIds: [id] }),
  );
}

/** Deletes a device; its file disappears with it, and the vendor's redirection forgets it. */
export function deleteDevice(db: Db, tenantId: number, id: number): void {
  const current = found(getDevice(db, tenantId, id), 'device');
  writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      queueDeviceChange(tx, tenantId, redirectionTarget(tx, tenantId, id), null);
      tx.delete(devices).where(eq(devices.id, id)).run();
      recordAudit(tx, { tenantId, entity: 'device', entityId: id, label: auditLabel(current), action: 'delete', before: current });
    },
    () => ({ deviceIds: [id] }),
  );
}

/**
 * Opens the device's file to fetches without credentials for the tenant's first-fetch window, from now (a phone
 * factory-reset or replaced must get its first file before it knows the credentials). Regenerates nothing. Answers
 * when it was armed and until when the file is open (null: the tenant has no window, so arming changes nothing yet).
 */
export function armDevice(db: Db, tenantId: number, id: number): { armedAt: string; openUntil: string | null } {
  const current = found(getDevice(db, tenantId, id), 'device');
  const armedAt = new Date();
  const device = db.transaction((tx) => {
    const armed = tx.update(devices).set({ armedAt }).where(eq(devices.id, id)).returning().get();
    recordAudit(tx, {
      tenantId,
      entity: 'device',
      entityId: id,
      label: auditLabel(armed),
      action: 'update',
      before: { armedAt: current.armedAt },
      after: { armedAt },
    });
    return armed;
  });
  const state = firstFetchState(db, tenantId, device);
  return { armedAt: armedAt.toISOString(), openUntil: state ? new Date(state.openUntil).toISOString() : null };
}
