'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import { createDeviceModel, deleteDeviceModel, duplicateDeviceModel, updateDeviceModel } from '@/lib/domain/device-models';
import { id, name } from '@/lib/validation/common';
import { deviceModelSchema } from '@/lib/validation/entities';
import { runAction } from './run';

const duplicateSchema = z.object({ name });

function revalidate() {
  revalidatePath('/device-models');
  revalidatePath('/templates');
}

const saved = (model: { id: number; name: string }) => {
  revalidate();
  return { id: model.id, name: model.name };
};

/** Creates a model; a new brand and/or a new file-name rule may be created inline with it. */
export async function createDeviceModelAction(input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => saved(createDeviceModel(db, tenantId, deviceModelSchema.parse(input))));
}

/** Updates a custom model (built-ins are read-only); the devices using it get new files. */
export async function updateDeviceModelAction(modelId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => saved(updateDeviceModel(db, tenantId, id.parse(modelId), deviceModelSchema.parse(input))));
}

/** Copies a model (built-in or not) and its templates under a new name. */
export async function duplicateDeviceModelAction(modelId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => saved(duplicateDeviceModel(db, tenantId, id.parse(modelId), duplicateSchema.parse(input).name)));
}

/** Refused while devices use the model; the failure's `details.devices` lists them for the dialog. */
export async function deleteDeviceModelAction(modelId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteDeviceModel(db, tenantId, id.parse(modelId));
    revalidate();
    return null;
  });
}
