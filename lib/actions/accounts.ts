'use server';

import type { ActionResult } from '@/lib/action-result';
import { devicesUsingAccount } from '@/lib/console/queries';
import { createAccount, deleteAccount, updateAccount } from '@/lib/domain/accounts';
import { DomainError } from '@/lib/domain/errors';
import { formatMac } from '@/lib/mac';
import { accountEditSchema } from '@/lib/validation/account-form';
import { id } from '@/lib/validation/common';
import { accountSchema } from '@/lib/validation/entities';
import { withoutEmpty } from '@/lib/validation/form-values';
import { runAction } from './run';

export type AccountBlocker = { id: number; mac: string; label: string };

export async function createAccountAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => {
    const account = createAccount(db, tenantId, accountSchema.parse(input));
    return { id: account.id };
  });
}

/** Without `sipPassword` the stored password is kept; devices using the account get new files. */
export async function updateAccountAction(accountId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => {
    const account = updateAccount(db, tenantId, id.parse(accountId), withoutEmpty(accountEditSchema.parse(input), 'sipPassword'));
    return { id: account.id };
  });
}

/** Refused while device lines use the account; the failure's `details.devices` lists them for the dialog. */
export async function deleteAccountAction(accountId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    const key = id.parse(accountId);
    const blockers: AccountBlocker[] = devicesUsingAccount(db, tenantId, key);
    if (blockers.length > 0) {
      const names = blockers.map((d) => (d.label ? `${d.label} (${formatMac(d.mac, 'colon-upper')})` : formatMac(d.mac, 'colon-upper'))).join(', ');
      throw new DomainError(409, 'validation:account.inUse', null, { devices: names }, { devices: blockers });
    }
    deleteAccount(db, tenantId, key);
    return null;
  });
}
