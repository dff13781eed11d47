'use server';

import type { ActionResult } from '@/lib/action-result';
import { getPhoneAccess, phoneAccessView } from '@/db/queries/phone-access';
import { unblockAddress, updatePhoneAccess } from '@/lib/domain/phone-access';
import { id } from '@/lib/validation/common';
import { withoutEmpty } from '@/lib/validation/form-values';
import { phoneAccessFields } from '@/lib/validation/phone-access';
import { runAction } from './run';

/** Saves the tenant's phone access; the form never receives the password, so an empty field keeps it. */
export async function updatePhoneAccessAction(input: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    updatePhoneAccess(db, tenantId, withoutEmpty(phoneAccessFields.parse(input), 'password'));
    return null;
  });
}

/** The password phones authenticate with, on request (refused to viewers, like every secret). */
export async function revealPhoneAccessPasswordAction(): Promise<ActionResult<{ password: string }>> {
  return runAction(({ db, tenantId }) => ({ password: phoneAccessView(getPhoneAccess(db, tenantId)).password }));
}

/** Lifts an anti-enumeration block before its cool-down ends. */
export async function unblockAddressAction(blockId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    unblockAddress(db, tenantId, id.parse(blockId));
    return null;
  });
}
