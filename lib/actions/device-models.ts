'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { Db } from '@/db/client';
import type { ActionResult } from '@/lib/action-result';
import { type DeviceRef, devicesOfModel } from '@/lib/console/model-list';
import {
  createDeviceModel,
  deleteDeviceModel,
  duplicateDeviceModel,
  listBrands,
  listDeviceModels,
  listFilenameRules,
  updateDeviceModel,
} from '@/lib/domain/catalogue';
import { DomainError, RenderFailedError } from '@/lib/domain/errors';
import { formatMac } from '@/lib/mac';
import { id, name } from '@/lib/validation/common';
import { type DeviceModelInput, deviceModelSchema } from '@/lib/validation/entities';
import { runAction } from './run';

const duplicateSchema = z.object({ name });

function revalidate() {
  revalidatePath('/device-models');
  revalidatePath('/templates');
}

/**
 * The domain reports any name clash under `name`. When the clash comes from the brand or rule
 * created inline, move it under that field, so the message sits under the input that caused it.
 */
function placeNameClash(db: Db, tenantId: number, data: DeviceModelInput, error: DomainError, exceptId?: number): DomainError {
  if (error.code !== 'validation:nameTaken' || error.field !== 'name') return error;
  const clashing = String(error.params.name);
  const isModelName = listDeviceModels(db, tenantId).some((m) => m.name === clashing && m.id !== exceptId);
  if (isModelName) return error;
  let field: string | null = null;
  if (data.newBrandName === clashing && listBrands(db, tenantId).some((b) => b.name === clashing)) field = 'newBrandName';
  else if (data.newFilenameRule?.name === clashing && listFilenameRules(db, tenantId).some((r) => r.name === clashing)) field = 'newFilenameRule.name';
  return field ? new DomainError(error.status, error.code, field, error.params, error.details) : error;
}

/** A file that cannot render after the change: a form-level error naming it, with its issues. */
function renderFailure(error: RenderFailedError): DomainError {
  if (error.target.fileName) return new DomainError(422, 'validation:model.commonFileInvalid', null, { fileName: error.target.fileName }, { issues: error.issues });
  return new DomainError(422, error.code, null, { ...error.params, target: formatMac(error.target.mac ?? '', 'colon-upper') }, { issues: error.issues });
}

function saveModel(db: Db, tenantId: number, input: unknown, write: (data: DeviceModelInput) => { id: number; name: string }, exceptId?: number) {
  const parsed = deviceModelSchema.parse(input);
  // Only the chosen side of "pick or create" may be present: the domain reads the keys.
  const data = Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as DeviceModelInput;
  try {
    const model = write(data);
    revalidate();
    return { id: model.id, name: model.name };
  } catch (error) {
    if (error instanceof RenderFailedError) throw renderFailure(error);
    if (error instanceof DomainError) throw placeNameClash(db, tenantId, data, error, exceptId);
    throw error;
  }
}

/** Creates a model; a new brand and/or a new file-name rule may be created inline with it. */
export async function createDeviceModelAction(input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => saveModel(db, tenantId, input, (data) => createDeviceModel(db, tenantId, data)));
}

/** Updates a custom model (built-ins are read-only); the devices using it get new files. */
export async function updateDeviceModelAction(modelId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(modelId);
    return saveModel(db, tenantId, input, (data) => updateDeviceModel(db, tenantId, key, data), key);
  });
}

/** Copies a model (built-in or not) and its templates under a new name. */
export async function duplicateDeviceModelAction(modelId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(modelId);
    const copy = duplicateDeviceModel(db, tenantId, key, duplicateSchema.parse(input).name);
    revalidate();
    return { id: copy.id, name: copy.name };
  });
}

/** Refused while devices use the model; the failure's `details.devices` lists them for the dialog. */
export async function deleteDeviceModelAction(modelId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(modelId);
    const blockers: DeviceRef[] = devicesOfModel(db, tenantId, key);
    if (blockers.length > 0) {
      const names = blockers.map((d) => (d.label ? `${d.label} (${formatMac(d.mac, 'colon-upper')})` : formatMac(d.mac, 'colon-upper'))).join(', ');
      throw new DomainError(409, 'validation:model.inUse', null, { devices: names }, { devices: blockers });
    }
    deleteDeviceModel(db, tenantId, key);
    revalidate();
    return null;
  });
}
