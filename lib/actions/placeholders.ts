'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/action-result';
import { DomainError } from '@/lib/domain/errors';
import { createPlaceholder, deletePlaceholder, getPlaceholder, placeholderUsage, updatePlaceholder } from '@/lib/domain/placeholders';
import { id } from '@/lib/validation/common';
import { placeholderSchema } from '@/lib/validation/entities';
import { runAction } from './run';

export type PlaceholderBlockers = { templates: { id: number; name: string }[]; models: { id: number; name: string }[] };

export async function createPlaceholderAction(input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const placeholder = createPlaceholder(db, tenantId, placeholderSchema.parse(input));
    revalidatePath('/placeholders');
    return { id: placeholder.id, name: placeholder.name };
  });
}

/** A new value regenerates every file using the placeholder; renaming is refused while it is used. */
export async function updatePlaceholderAction(placeholderId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const placeholder = updatePlaceholder(db, tenantId, id.parse(placeholderId), placeholderSchema.parse(input));
    revalidatePath('/placeholders');
    return { id: placeholder.id, name: placeholder.name };
  });
}

/** Refused while templates or models' common files use it; the failure's `details` lists them for the dialog. */
export async function deletePlaceholderAction(placeholderId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(placeholderId);
    const { name } = getPlaceholder(db, tenantId, key);
    const { templates, models } = placeholderUsage(db, tenantId, name);
    if (templates.length + models.length > 0) {
      const blockers: PlaceholderBlockers = { templates, models };
      const users = [...templates, ...models].map((u) => u.name).join(', ');
      throw new DomainError(409, 'validation:placeholder.inUse', null, { users }, blockers);
    }
    deletePlaceholder(db, tenantId, key);
    revalidatePath('/placeholders');
    return null;
  });
}
