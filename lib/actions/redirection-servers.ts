'use server';

import { revalidatePath } from 'next/cache';
import type { ActionResult } from '@/lib/action-result';
import { createRedirectionServer, deleteRedirectionServer, updateRedirectionServer } from '@/lib/domain/redirection-servers';
import { id } from '@/lib/validation/common';
import { redirectionServerSchema } from '@/lib/validation/entities';
import { withoutEmpty } from '@/lib/validation/form-values';
import { redirectionServerEditSchema } from '@/lib/validation/redirection-form';
import { runAction } from './run';

/** Only the id and name go back: the password is write-only. */
export async function createRedirectionServerAction(input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const server = createRedirectionServer(db, tenantId, redirectionServerSchema.parse(input));
    revalidatePath('/redirection-servers');
    return { id: server.id, name: server.name };
  });
}

/** An empty `password` keeps the stored one (the edit form always sends the field, empty unless changed). */
export async function updateRedirectionServerAction(serverId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => {
    const server = updateRedirectionServer(db, tenantId, id.parse(serverId), withoutEmpty(redirectionServerEditSchema.parse(input), 'password'));
    revalidatePath('/redirection-servers');
    return { id: server.id, name: server.name };
  });
}

export async function deleteRedirectionServerAction(serverId: unknown): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    deleteRedirectionServer(db, tenantId, id.parse(serverId));
    revalidatePath('/redirection-servers');
    return null;
  });
}
