'use server';

import { deviceFile } from '@/db/queries/devices';
import type { ActionResult } from '@/lib/action-result';
import { armDevice, cloneDevice, createDevice, deleteDevice, updateDevice } from '@/lib/domain/devices';
import { id } from '@/lib/validation/common';
import { deviceCloneSchema } from '@/lib/validation/device-clone';
import { deviceFormSchema } from '@/lib/validation/device-form';
import { withoutEmpty } from '@/lib/validation/form-values';
import { runAction } from './run';

/** `generatedAdminPassword`: shown once to the admin (it stays revealable with the device's other secrets). */
export type SavedDevice = { id: number; file: { id: number; fileName: string } | null; generatedAdminPassword?: string };

function saved(db: Parameters<typeof deviceFile>[0], deviceId: number): SavedDevice {
  const file = deviceFile(db, deviceId);
  return { id: deviceId, file: file && { id: file.id, fileName: file.fileName } };
}

/** Creates a device; its file is generated in the same transaction (or nothing is saved). */
export async function createDeviceAction(input: unknown): Promise<ActionResult<SavedDevice>> {
  return runAction(({ db, tenantId }) => {
    const device = createDevice(db, tenantId, deviceFormSchema.parse(input));
    return { ...saved(db, device.id), ...(device.generatedAdminPassword ? { generatedAdminPassword: device.generatedAdminPassword } : {}) };
  });
}

/** Updates a device; an empty or missing `adminPassword` keeps the stored one. */
export async function updateDeviceAction(deviceId: unknown, input: unknown): Promise<ActionResult<SavedDevice>> {
  return runAction(({ db, tenantId }) =>
    saved(db, updateDevice(db, tenantId, id.parse(deviceId), withoutEmpty(deviceFormSchema.parse(input), 'adminPassword')).id),
  );
}

/** Copies a device under a new MAC and label (same model, template, lines and attributes); its file is generated with it. */
export async function cloneDeviceAction(deviceId: unknown, input: unknown): Promise<ActionResult<SavedDevice>> {
  return runAction(({ db, tenantId }) => saved(db, cloneDevice(db, tenantId, id.parse(deviceId), deviceCloneSchema.parse(input)).id));
}

export async function deleteDeviceAction(deviceId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteDevice(db, tenantId, id.parse(deviceId));
    return null;
  });
}

/** Opens the device's file to a fetch without credentials for the tenant's first-fetch window (phone access). */
export async function armDeviceAction(deviceId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    armDevice(db, tenantId, id.parse(deviceId));
    return null;
  });
}
