import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiTokenByHash, tenantIdsOfToken } from '@/db/queries/users';
import { apiTokens } from '@/db/schema';
import { type Scope, scopeOf } from '@/lib/auth/roles';
import { hashToken } from '@/lib/auth/secrets';

/** A token's role and the tenants it reaches (lib/auth/roles.ts). */
export type ApiPrincipal = Scope & { tokenId: number; name: string };

/** Resolves `Authorization: Bearer <token>` to a stored token; null when missing or unknown. */
export function authenticate(db: Db, request: Request): ApiPrincipal | null {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return null;
  const token = apiTokenByHash(db, hashToken(match[1]));
  if (!token) return null;
  db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, token.id)).run();
  return { ...scopeOf(token.role, tenantIdsOfToken(db, token.id)), tokenId: token.id, name: token.name };
}
