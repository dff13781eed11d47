'use server';

import type { ActionResult } from '@/lib/action-result';
import { deviceFileLink } from '@/lib/console/queries';
import { createDevice, deleteDevice, updateDevice } from '@/lib/domain/devices';
import { id } from '@/lib/validation/common';
import { deviceFormSchema } from '@/lib/validation/device-form';
import { withoutEmpty } from '@/lib/validation/form-values';
import { runAction } from './run';

export type SavedDevice = { id: number; file: { id: number; fileName: string } | null };

/** Creates a device; its file is generated in the same transaction (or nothing is saved). */
export async function createDeviceAction(input: unknown): Promise<ActionResult<SavedDevice>> {
  return runAction(({ db, tenantId }) => {
    const device = createDevice(db, tenantId, deviceFormSchema.parse(input));
    return { id: device.id, file: deviceFileLink(db, device.id) };
  });
}

/** Updates a device; an empty or missing `adminPassword` keeps the stored one. */
export async function updateDeviceAction(deviceId: unknown, input: unknown): Promise<ActionResult<SavedDevice>> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(deviceId);
    const device = updateDevice(db, tenantId, key, withoutEmpty(deviceFormSchema.parse(input), 'adminPassword'));
    return { id: device.id, file: deviceFileLink(db, device.id) };
  });
}

export async function deleteDeviceAction(deviceId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteDevice(db, tenantId, id.parse(deviceId));
    return null;
  });
}
