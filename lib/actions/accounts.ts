'use server';

import type { ActionResult } from '@/lib/action-result';
import { createAccount, deleteAccount, updateAccount } from '@/lib/domain/accounts';
import { accountEditSchema } from '@/lib/validation/account-form';
import { id } from '@/lib/validation/common';
import { accountSchema } from '@/lib/validation/entities';
import { withoutEmpty } from '@/lib/validation/form-values';
import { runAction } from './run';

export async function createAccountAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => ({ id: createAccount(db, tenantId, accountSchema.parse(input)).id }));
}

/** Without `sipPassword` the stored password is kept; devices using the account get new files. */
export async function updateAccountAction(accountId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => ({
    id: updateAccount(db, tenantId, id.parse(accountId), withoutEmpty(accountEditSchema.parse(input), 'sipPassword')).id,
  }));
}

/** Refused while device lines use the account; the failure's `details.devices` lists them for the dialog. */
export async function deleteAccountAction(accountId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteAccount(db, tenantId, id.parse(accountId));
    return null;
  });
}
