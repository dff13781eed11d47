'use server';

import type { ActionResult } from '@/lib/action-result';
import { createNetworkInterface, deleteNetworkInterface, updateNetworkInterface, updatePbxSettings } from '@/lib/domain/pbx';
import { id } from '@/lib/validation/common';
import { pbxSettingsSchema } from '@/lib/validation/entities';
import { withoutEmpty } from '@/lib/validation/form-values';
import { networkInterfaceFormSchema } from '@/lib/validation/pbx-form';
import { runAction } from './run';

/** Saves the PBX attributes; every file of the tenant is regenerated in the same transaction. */
export async function updatePbxSettingsAction(input: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    // The form never receives the default admin password: an empty field keeps it.
    updatePbxSettings(db, tenantId, withoutEmpty(pbxSettingsSchema.parse(input), 'defaultAdminPassword'));
    return null;
  });
}

export async function createNetworkInterfaceAction(input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => ({ id: createNetworkInterface(db, tenantId, networkInterfaceFormSchema.parse(input)).id }));
}

export async function updateNetworkInterfaceAction(interfaceId: unknown, input: unknown): Promise<ActionResult<{ id: number }>> {
  return runAction(({ db, tenantId }) => ({ id: updateNetworkInterface(db, tenantId, id.parse(interfaceId), networkInterfaceFormSchema.parse(input)).id }));
}

/** Refused while a dynamic placeholder reads the interface's address (the message names them). */
export async function deleteNetworkInterfaceAction(interfaceId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteNetworkInterface(db, tenantId, id.parse(interfaceId));
    return null;
  });
}
