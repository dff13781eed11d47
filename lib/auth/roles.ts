import type { Role } from '@/db/schema';

export type { Role };

/** What a console action or API call needs: to read, to write inside a tenant, or to be the owner (tenants, users, tokens). */
export type Access = 'read' | 'write' | 'owner';

/** Who is asking, for the rules below: a role and the tenants it may reach (null: every tenant, an owner). */
export type Scope = { role: Role; tenantIds: readonly number[] | null };

export const scopeOf = (role: Role, assignedTenantIds: readonly number[]): Scope => ({ role, tenantIds: role === 'owner' ? null : assignedTenantIds });

/** A tenant outside the scope does not exist for the caller: every answer about it is a 404. */
export const canReachTenant = (scope: Scope, tenantId: number) => scope.tenantIds === null || scope.tenantIds.includes(tenantId);

export const mayDo = (role: Role, access: Access) => access === 'read' || (access === 'write' ? role !== 'viewer' : role === 'owner');

/** Viewers never see a secret in clear, whatever they ask for. */
export const mayRevealSecrets = (role: Role) => role !== 'viewer';

/**
 * The tenant to work on: the chosen one when reachable, else the default tenant when reachable, else the first
 * reachable one (lowest id); null when the scope reaches none.
 */
export function pickTenant<T extends { id: number; isDefault: boolean }>(scope: Scope, chosen: T | undefined, tenants: readonly T[]): T | null {
  if (chosen && canReachTenant(scope, chosen.id)) return chosen;
  const reachable = tenants.filter((tenant) => canReachTenant(scope, tenant.id)).sort((a, b) => a.id - b.id);
  return reachable.find((tenant) => tenant.isDefault) ?? reachable[0] ?? null;
}
