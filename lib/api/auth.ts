import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { apiTokenByHash } from '@/db/queries/users';
import { apiTokens } from '@/db/schema';
import { hashToken } from '@/lib/auth/secrets';

export type ApiPrincipal = { tokenId: number; name: string; role: 'admin' | 'reader' };

/** Resolves `Authorization: Bearer <token>` to a stored token; null when missing or unknown. */
export function authenticate(db: Db, request: Request): ApiPrincipal | null {
  const header = request.headers.get('authorization') ?? '';
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) return null;
  const token = apiTokenByHash(db, hashToken(match[1]));
  if (!token) return null;
  db.update(apiTokens).set({ lastUsedAt: new Date() }).where(eq(apiTokens.id, token.id)).run();
  return { tokenId: token.id, name: token.name, role: token.role };
}
