'use server';

import { revalidatePath } from 'next/cache';
import type { PlaceholderUser } from '@/db/queries/placeholders';
import type { ActionResult } from '@/lib/action-result';
import { createPlaceholder, deletePlaceholder, updatePlaceholder } from '@/lib/domain/placeholders';
import { id } from '@/lib/validation/common';
import { placeholderSchema } from '@/lib/validation/entities';
import { runAction } from './run';

/** What a refused deletion's `details` lists: the templates and models' common files using the placeholder. */
export type PlaceholderBlockers = { templates: PlaceholderUser[]; models: PlaceholderUser[] };

const saved = <T>(result: T): T => {
  revalidatePath('/placeholders');
  return result;
};

export async function createPlaceholderAction(input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const placeholder = createPlaceholder(db, tenantId, placeholderSchema.parse(input));
    return saved({ id: placeholder.id, name: placeholder.name });
  });
}

/** A new value regenerates every file using the placeholder; renaming is refused while it is used. */
export async function updatePlaceholderAction(placeholderId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const placeholder = updatePlaceholder(db, tenantId, id.parse(placeholderId), placeholderSchema.parse(input));
    return saved({ id: placeholder.id, name: placeholder.name });
  });
}

/** Refused while templates or models' common files use it; the failure's `details` lists them for the dialog. */
export async function deletePlaceholderAction(placeholderId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deletePlaceholder(db, tenantId, id.parse(placeholderId));
    return saved(null);
  });
}
