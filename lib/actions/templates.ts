'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { devicesOfTemplate } from '@/db/queries/devices';
import type { ActionResult } from '@/lib/action-result';
import { createTemplate, deleteTemplate, duplicateTemplate, restoreTemplateVersion, updateTemplate } from '@/lib/domain/templates';
import { id, name } from '@/lib/validation/common';
import { templateSchema } from '@/lib/validation/entities';
import { restoreVersionSchema } from '@/lib/validation/template-form';
import { runAction } from './run';

const duplicateSchema = z.object({ name });

function revalidate<T>(result: T): T {
  revalidatePath('/templates');
  revalidatePath('/device-models');
  return result;
}

/** Creates a template; unknown placeholders, broken blocks and non-well-formed XML are refused (422, issues in `details`). */
export async function createTemplateAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => revalidate({ id: createTemplate(db, tenantId, templateSchema.parse(input)).id }));
}

/** Saves a custom template and regenerates, in the same transaction, the file of every device using it. */
export async function updateTemplateAction(templateId: unknown, input: unknown): Promise<ActionResult<{ id: number; deviceCount: number }>> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(templateId);
    const saved = updateTemplate(db, tenantId, key, templateSchema.parse(input));
    return revalidate({ id: saved.id, deviceCount: devicesOfTemplate(db, tenantId, key).length });
  });
}

/** Makes a new version equal to an old one and regenerates the template's devices, in one transaction. */
export async function restoreTemplateVersionAction(templateId: unknown, input: unknown): Promise<ActionResult<{ version: number; changedDevices: number }>> {
  return runAction(({ db, tenantId }) => {
    const { number, comment } = restoreVersionSchema.parse(input);
    const saved = restoreTemplateVersion(db, tenantId, id.parse(templateId), number, comment);
    return revalidate({ version: saved.version, changedDevices: saved.changedDevices });
  });
}

/** Copies any template (built-ins included: the way to customise them) under a new name. */
export async function duplicateTemplateAction(templateId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => revalidate({ id: duplicateTemplate(db, tenantId, id.parse(templateId), duplicateSchema.parse(input).name).id }));
}

/** Refused while devices use the template; the failure's `details.devices` lists them for the dialog. */
export async function deleteTemplateAction(templateId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteTemplate(db, tenantId, id.parse(templateId));
    return revalidate(null);
  });
}
