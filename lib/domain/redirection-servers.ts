import { eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { getRedirectionServer, redirectionServerIdHoldingName } from '@/db/queries/redirection-servers';
import { redirectionServers } from '@/db/schema';
import { conflict, found } from '@/lib/errors';
import { redirectionServerSchema } from '@/lib/validation/entities';

/** Names are unique per tenant and brand. */
function parse(db: Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = redirectionServerSchema.parse(input);
  const holder = redirectionServerIdHoldingName(db, tenantId, data.brand, data.name);
  if (holder !== undefined && holder !== exceptId) throw conflict('name', 'validation:nameTaken', { name: data.name });
  return data;
}

export const createRedirectionServer = (db: Db, tenantId: number, input: unknown) =>
  db
    .insert(redirectionServers)
    .values({ ...parse(db, tenantId, input), tenantId })
    .returning()
    .get();

/** Partial update; the password is kept when left out. */
export function updateRedirectionServer(db: Db, tenantId: number, id: number, patch: Record<string, unknown>) {
  const data = parse(db, tenantId, { ...found(getRedirectionServer(db, tenantId, id), 'redirection server'), ...patch }, id);
  return db.update(redirectionServers).set(data).where(eq(redirectionServers.id, id)).returning().get();
}

export function deleteRedirectionServer(db: Db, tenantId: number, id: number): void {
  found(getRedirectionServer(db, tenantId, id), 'redirection server');
  db.delete(redirectionServers).where(eq(redirectionServers.id, id)).run();
}
