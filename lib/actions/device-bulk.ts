'use server';

import type { ActionResult } from '@/lib/action-result';
import { applyBulkAction, type BulkOutcome, type BulkPreview, previewBulkAction } from '@/lib/domain/device-bulk';
import { getT } from '@/lib/i18n/server';
import { runAction } from './run';

/** A preview for the confirmation dialog: the counts, and the refusal in the admin's language. */
export type BulkPreviewResult = Omit<BulkPreview, 'refusal'> & { refusal: { field: string | null; message: string } | null };

/** What `{ target, action }` would change (devices, files created / changed / removed) or why it is refused; writes nothing. */
export async function previewBulkDevicesAction(input: unknown): Promise<ActionResult<BulkPreviewResult>> {
  const { t } = await getT();
  return runAction(({ db, tenantId }) => {
    const { refusal, ...preview } = previewBulkAction(db, tenantId, input);
    return { ...preview, refusal: refusal && { field: refusal.field, message: t(refusal.code, refusal.params) } };
  }, 'write');
}

/** Applies `{ target, action }` in one transaction with one regeneration pass. */
export async function applyBulkDevicesAction(input: unknown): Promise<ActionResult<BulkOutcome>> {
  return runAction(({ db, tenantId }) => applyBulkAction(db, tenantId, input), 'write');
}
