import { and, asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { redirectionServers } from '@/db/schema';
import { redirectionServerSchema } from '@/lib/validation/entities';
import { conflict } from './errors';
import { findInTenant } from './support';

export type RedirectionServer = typeof redirectionServers.$inferSelect;

export const listRedirectionServers = (db: Db, tenantId: number) =>
  db.select().from(redirectionServers).where(eq(redirectionServers.tenantId, tenantId)).orderBy(asc(redirectionServers.brand), asc(redirectionServers.name)).all();

export const getRedirectionServer = (db: Db, tenantId: number, id: number) => findInTenant(db, redirectionServers, tenantId, id, 'redirection server');

function parse(db: Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = redirectionServerSchema.parse(input);
  const clash = db
    .select({ id: redirectionServers.id })
    .from(redirectionServers)
    .where(and(eq(redirectionServers.tenantId, tenantId), eq(redirectionServers.brand, data.brand), eq(redirectionServers.name, data.name)))
    .get();
  if (clash && clash.id !== exceptId) throw conflict('name', 'validation:nameTaken', { name: data.name });
  return data;
}

export const createRedirectionServer = (db: Db, tenantId: number, input: unknown) =>
  db.insert(redirectionServers).values({ ...parse(db, tenantId, input), tenantId }).returning().get();

/** Partial update; the password is kept when left out. */
export function updateRedirectionServer(db: Db, tenantId: number, id: number, patch: Record<string, unknown>) {
  const data = parse(db, tenantId, { ...getRedirectionServer(db, tenantId, id), ...patch }, id);
  return db.update(redirectionServers).set(data).where(eq(redirectionServers.id, id)).returning().get();
}

export function deleteRedirectionServer(db: Db, tenantId: number, id: number): void {
  getRedirectionServer(db, tenantId, id);
  db.delete(redirectionServers).where(eq(redirectionServers.id, id)).run();
}
