import { eq, inArray } from 'drizzle-orm';
import type { z } from 'zod';
import type { Db, DbOrTx } from '@/db/client';
import { enabledOwnerIds, getUser, userByName } from '@/db/queries/users';
import { apiTokens, apiTokenTenants, tenants, userTenants, users } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { type Role } from '@/lib/auth/roles';
import { generateSecret, hashPassword, hashToken, verifyPassword } from '@/lib/auth/secrets';
import { closeSessionsOf } from '@/lib/auth/sessions';
import { conflict, DomainError, found } from '@/lib/errors';
import type { apiTokenSchema, passwordChangeSchema, userAccessSchema, userCreateSchema } from '@/lib/validation/users';

/**
 * Console users and API tokens: who they are, their role and the tenants they reach (lib/auth/roles.ts). Passwords
 * are stored as scrypt hashes (lib/auth/secrets.ts), tokens as SHA-256; neither is ever answered. There is always at
 * least one enabled owner, and nobody changes their own role or disables themselves (they would lock themselves out).
 */

/** Tenant ids that do not exist are refused: an assignment must name real tenants. */
function checkTenantsExist(db: DbOrTx, ids: readonly number[]) {
  if (ids.length === 0) return;
  const existing = new Set(
    db
      .select({ id: tenants.id })
      .from(tenants)
      .where(inArray(tenants.id, [...ids]))
      .all()
      .map((t) => t.id),
  );
  if (ids.some((tenantId) => !existing.has(tenantId))) throw new DomainError(422, 'validation:user.tenantUnknown', 'tenantIds');
}

/** The tenants assigned to a user, for the audit log. */
const userTenantIds = (db: DbOrTx, userId: number) =>
  db
    .select({ tenantId: userTenants.tenantId })
    .from(userTenants)
    .where(eq(userTenants.userId, userId))
    .all()
    .map((row) => row.tenantId)
    .sort((a, b) => a - b);

/** An owner reaches every tenant, so none is stored for them. */
const assignedIds = (role: Role, ids: readonly number[]) => (role === 'owner' ? [] : [...new Set(ids)]);

function assignTenants(db: DbOrTx, userId: number, role: Role, ids: readonly number[]) {
  db.delete(userTenants).where(eq(userTenants.userId, userId)).run();
  for (const tenantId of assignedIds(role, ids)) db.insert(userTenants).values({ userId, tenantId }).run();
}

export async function createUser(db: Db, input: z.output<typeof userCreateSchema>): Promise<{ id: number; username: string }> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction((tx) => {
    if (userByName(tx, input.username)) throw conflict('username', 'validation:user.usernameTaken', { username: input.username });
    checkTenantsExist(tx, input.tenantIds);
    const user = tx
      .insert(users)
      .values({ username: input.username, passwordHash, role: input.role })
      .returning({ id: users.id, username: users.username })
      .get();
    assignTenants(tx, user.id, input.role, input.tenantIds);
    const after = { role: input.role, tenantIds: assignedIds(input.role, input.tenantIds), password: 'set' };
    recordAudit(tx, { tenantId: null, entity: 'user', entityId: user.id, label: user.username, action: 'create', after });
    return user;
  });
}

/** Refuses a change that would leave no enabled owner, or that the user would make to themselves. */
function checkMayChange(db: DbOrTx, actorUserId: number, userId: number, losesOwner: boolean) {
  if (actorUserId === userId) throw conflict(null, 'validation:user.notYourself');
  if (losesOwner && enabledOwnerIds(db).every((ownerId) => ownerId === userId)) throw conflict(null, 'validation:user.lastOwner');
}

/** Sets the role and the tenants of another user; their sessions stay, and the next request already sees the change. */
export function setUserAccess(db: Db, actorUserId: number, userId: number, input: z.output<typeof userAccessSchema>): { id: number; username: string } {
  return db.transaction((tx) => {
    const user = found(getUser(tx, userId), 'user');
    checkMayChange(tx, actorUserId, userId, user.role === 'owner' && input.role !== 'owner');
    checkTenantsExist(tx, input.tenantIds);
    const before = { role: user.role, tenantIds: userTenantIds(tx, userId) };
    tx.update(users).set({ role: input.role }).where(eq(users.id, userId)).run();
    assignTenants(tx, userId, input.role, input.tenantIds);
    const after = { role: input.role, tenantIds: userTenantIds(tx, userId) };
    recordAudit(tx, { tenantId: null, entity: 'user', entityId: userId, label: user.username, action: 'update', before, after });
    return { id: user.id, username: user.username };
  });
}

/** Disables (no sign-in, sessions ended at once) or enables another user. */
export function setUserDisabled(db: Db, actorUserId: number, userId: number, isDisabled: boolean): { id: number; username: string } {
  return db.transaction((tx) => {
    const user = found(getUser(tx, userId), 'user');
    checkMayChange(tx, actorUserId, userId, isDisabled && user.role === 'owner');
    tx.update(users)
      .set({ disabledAt: isDisabled ? new Date() : null })
      .where(eq(users.id, userId))
      .run();
    if (isDisabled) closeSessionsOf(tx, userId);
    const before = { isDisabled: user.disabledAt !== null };
    recordAudit(tx, { tenantId: null, entity: 'user', entityId: userId, label: user.username, action: 'update', before, after: { isDisabled } });
    return { id: user.id, username: user.username };
  });
}

/** An owner sets a new password for another user (forgotten password): every session of that user ends. */
export async function resetUserPassword(db: Db, actorUserId: number, userId: number, password: string): Promise<{ id: number; username: string }> {
  const user = found(getUser(db, userId), 'user');
  if (actorUserId === userId) throw conflict(null, 'validation:user.useMyAccount');
  const passwordHash = await hashPassword(password);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    closeSessionsOf(tx, userId);
    recordAudit(tx, {
      tenantId: null,
      entity: 'user',
      entityId: userId,
      label: user.username,
      action: 'update',
      changes: [{ field: 'password', changed: true }],
    });
  });
  return { id: user.id, username: user.username };
}

/** A user changes their own password, proving the current one; their other sessions end, this one stays. */
export async function changeOwnPassword(db: Db, userId: number, keepSessionId: number, input: z.output<typeof passwordChangeSchema>): Promise<void> {
  const user = found(getUser(db, userId), 'user');
  if (!(await verifyPassword(input.currentPassword, user.passwordHash))) throw new DomainError(400, 'validation:user.currentPasswordWrong', 'currentPassword');
  const passwordHash = await hashPassword(input.newPassword);
  db.transaction((tx) => {
    tx.update(users).set({ passwordHash }).where(eq(users.id, userId)).run();
    closeSessionsOf(tx, userId, keepSessionId);
    recordAudit(tx, {
      tenantId: null,
      entity: 'user',
      entityId: userId,
      label: user.username,
      action: 'update',
      changes: [{ field: 'password', changed: true }],
    });
  });
}

/** A new API token: the secret is answered this once (only its SHA-256 is stored). */
export function createApiToken(db: Db, input: z.output<typeof apiTokenSchema>): { id: number; name: string; token: string } {
  const token = generateSecret(32);
  return db.transaction((tx) => {
    checkTenantsExist(tx, input.tenantIds);
    const row = tx
      .insert(apiTokens)
      .values({ name: input.name, tokenHash: hashToken(token), role: input.role })
      .returning({ id: apiTokens.id, name: apiTokens.name })
      .get();
    for (const tenantId of assignedIds(input.role, input.tenantIds)) tx.insert(apiTokenTenants).values({ tokenId: row.id, tenantId }).run();
    const after = { role: input.role, tenantIds: assignedIds(input.role, input.tenantIds), token: 'set' };
    recordAudit(tx, { tenantId: null, entity: 'api-token', entityId: row.id, label: row.name, action: 'create', after });
    return { ...row, token };
  });
}

/** Revokes a token: from the next request on it answers 401. */
export function revokeApiToken(db: Db, tokenId: number): { id: number; name: string } {
  return db.transaction((tx) => {
    const row = found(tx.delete(apiTokens).where(eq(apiTokens.id, tokenId)).returning({ id: apiTokens.id, name: apiTokens.name }).get(), 'API token');
    recordAudit(tx, { tenantId: null, entity: 'api-token', entityId: row.id, label: row.name, action: 'delete' });
    return row;
  });
}
