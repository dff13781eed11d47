'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import type { ActionResult } from '@/lib/action-result';
import {
  type ConnectionTest,
  createRedirectionServer,
  deleteRedirectionServer,
  fixReconcileRows,
  reconcileRedirectionServer,
  type ReconcileRow,
  testRedirectionServer,
  updateRedirectionServer,
} from '@/lib/domain/redirection-servers';
import { redirectionUrl } from '@/lib/provisioning/channels';
import { phoneUrlCredentials } from '@/lib/provisioning/protection/url-credentials';
import { id } from '@/lib/validation/common';
import { redirectionServerSchema } from '@/lib/validation/entities';
import { withoutEmpty } from '@/lib/validation/form-values';
import { redirectionServerEditSchema, reconcileFixSchema } from '@/lib/validation/redirection-form';
import { runAction } from './run';

const saved = (server: { id: number; name: string }) => {
  revalidatePath('/redirection-servers');
  return { id: server.id, name: server.name };
};

/** Only the id and name go back: the password is write-only. An enabled server starts registering its brand's phones. */
export async function createRedirectionServerAction(input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) => saved(createRedirectionServer(db, tenantId, redirectionServerSchema.parse(input))));
}

/** An empty `password` keeps the stored one (the edit form always sends the field, empty unless changed). */
export async function updateRedirectionServerAction(serverId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db, tenantId }) =>
    saved(updateRedirectionServer(db, tenantId, id.parse(serverId), withoutEmpty(redirectionServerEditSchema.parse(input), 'password'))),
  );
}

/** `deregister`: remove its phones at the vendor first (queued), then the server. */
export async function deleteRedirectionServerAction(serverId: unknown, options: unknown = {}): Promise<ActionResult> {
  return runAction(({ db, tenantId }) => {
    const { deregister } = z.object({ deregister: z.boolean().default(false) }).parse(options);
    deleteRedirectionServer(db, tenantId, id.parse(serverId), { deregister });
    revalidatePath('/redirection-servers');
    return null;
  });
}

/** Contacts the vendor now (the admin pressed "Test connection"). */
export async function testRedirectionServerAction(serverId: unknown): Promise<ActionResult<ConnectionTest>> {
  return runAction(({ db, tenantId }) => testRedirectionServer(db, tenantId, id.parse(serverId)));
}

/** What differs between the vendor and us, fetched now. */
export async function reconcileRedirectionServerAction(serverId: unknown): Promise<ActionResult<ReconcileRow[]>> {
  return runAction(({ db, tenantId, session }) =>
    reconcileRedirectionServer(db, tenantId, id.parse(serverId), redirectionUrl({ ...session.tenant, credentials: phoneUrlCredentials(db, tenantId) })),
  );
}

/** Queues the fixes of the chosen reconciliation rows. */
export async function fixReconcileRowsAction(serverId: unknown, rows: unknown): Promise<ActionResult<{ count: number }>> {
  return runAction(({ db, tenantId }) => ({ count: fixReconcileRows(db, tenantId, id.parse(serverId), reconcileFixSchema.parse(rows)) }));
}
