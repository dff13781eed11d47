'use server';

import type { ActionResult } from '@/lib/action-result';
import { canReachTenant } from '@/lib/auth/roles';
import { selectTenant } from '@/lib/auth/session';
import { getDefaultTenant, getTenant, getTenantByUuid } from '@/db/queries/tenants';
import { createTenant, deleteTenantConfirmed, updateTenant } from '@/lib/domain/tenants';
import { found } from '@/lib/errors';
import { id } from '@/lib/validation/common';
import { tenantSchema } from '@/lib/validation/entities';
import { runAction } from './run';

/**
 * Makes the console work on another tenant (the switcher in the header). Only the cookie is set
 * here: the client forgets its cached lists before it refreshes, so no other tenant's rows show.
 */
export async function selectTenantAction(uuid: unknown): Promise<ActionResult<{ uuid: string; name: string }>> {
  return runAction(async ({ db, session }) => {
    const tenant = typeof uuid === 'string' ? getTenantByUuid(db, uuid) : undefined;
    // A tenant the user does not reach is answered like one that does not exist.
    const reachable = found(tenant && canReachTenant(session, tenant.id) ? tenant : undefined, 'tenant');
    await selectTenant(reachable);
    return { uuid: reachable.uuid, name: reachable.name };
  }, 'read');
}

/** A new tenant with the PBX defaults and the built-in catalogue; the console stays on the current one. */
export async function createTenantAction(input: unknown): Promise<ActionResult<{ id: number; uuid: string; name: string }>> {
  return runAction(({ db }) => {
    const tenant = createTenant(db, tenantSchema.parse(input));
    return { id: tenant.id, uuid: tenant.uuid, name: tenant.name };
  }, 'owner');
}

/** Renames a tenant; its files are regenerated (templates may print the tenant's name). */
export async function renameTenantAction(tenantId: unknown, input: unknown): Promise<ActionResult<{ id: number; name: string }>> {
  return runAction(({ db }) => {
    const tenant = updateTenant(db, id.parse(tenantId), tenantSchema.parse(input));
    return { id: tenant.id, name: tenant.name };
  }, 'owner');
}

/**
 * Deletes a tenant and all it owns once the admin has typed its name (`{ confirmName }`, checked here
 * too, not only in the dialog); the default tenant is refused. When it was the tenant the
 * console works on, the console falls back to the default tenant (`wasSelected` tells the client
 * to forget its cached lists).
 */
export async function deleteTenantAction(tenantId: unknown, input: unknown): Promise<ActionResult<{ wasSelected: boolean }>> {
  return runAction(async ({ db, session }) => {
    const tenant = found(getTenant(db, id.parse(tenantId)), 'tenant');
    deleteTenantConfirmed(db, tenant.id, input);
    const wasSelected = tenant.uuid === session.tenant.uuid;
    const fallback = getDefaultTenant(db);
    if (wasSelected && fallback) await selectTenant(fallback);
    return { wasSelected };
  }, 'owner');
}
