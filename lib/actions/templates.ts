'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import type { DeviceRef } from '@/lib/console/model-list';
import { devicesOfTemplate } from '@/lib/console/template-list';
import { DomainError, RenderFailedError } from '@/lib/domain/errors';
import { createTemplate, deleteTemplate, duplicateTemplate, updateTemplate } from '@/lib/domain/templates';
import { formatMac } from '@/lib/mac';
import { id, name } from '@/lib/validation/common';
import { templateSchema } from '@/lib/validation/entities';
import { runAction } from './run';

const duplicateSchema = z.object({ name });

function revalidate() {
  revalidatePath('/templates');
  revalidatePath('/device-models');
}

/**
 * A device whose file no longer renders with the new body: the whole save is refused. Reported
 * at form level (it is about a device, not a field), naming the device and the template, with
 * the render's issues in `details.issues`.
 */
function renderFailure(error: RenderFailedError): DomainError {
  const target = error.target.mac ? formatMac(error.target.mac, 'colon-upper') : (error.target.fileName ?? '');
  return new DomainError(422, error.code, null, { target, template: error.target.templateName ?? '' }, { issues: error.issues, deviceId: error.target.deviceId ?? null });
}

function saving<T>(write: () => T): T {
  try {
    const result = write();
    revalidate();
    return result;
  } catch (error) {
    if (error instanceof RenderFailedError) throw renderFailure(error);
    throw error;
  }
}

/** Creates a template; unknown placeholders, broken blocks and non-well-formed XML are refused (422, issues in `details`). */
export async function createTemplateAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => saving(() => ({ id: createTemplate(db, tenantId, templateSchema.parse(input)).id })));
}

/** Saves a custom template and regenerates, in the same transaction, the file of every device using it. */
export async function updateTemplateAction(templateId: unknown, input: unknown): Promise<ActionResult<{ id: number; deviceCount: number }>> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(templateId);
    return saving(() => {
      const saved = updateTemplate(db, tenantId, key, templateSchema.parse(input));
      return { id: saved.id, deviceCount: devicesOfTemplate(db, tenantId, key).length };
    });
  });
}

/** Copies any template (built-ins included: the way to customise them) under a new name. */
export async function duplicateTemplateAction(templateId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(templateId);
    return saving(() => ({ id: duplicateTemplate(db, tenantId, key, duplicateSchema.parse(input).name).id }));
  });
}

/** Refused while devices use the template; the failure's `details.devices` lists them for the dialog. */
export async function deleteTemplateAction(templateId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(templateId);
    const blockers: DeviceRef[] = devicesOfTemplate(db, tenantId, key);
    if (blockers.length > 0) {
      const names = blockers.map((d) => (d.label ? `${d.label} (${formatMac(d.mac, 'colon-upper')})` : formatMac(d.mac, 'colon-upper'))).join(', ');
      throw new DomainError(409, 'validation:template.inUse', null, { devices: names }, { devices: blockers });
    }
    deleteTemplate(db, tenantId, key);
    revalidate();
    return null;
  });
}
