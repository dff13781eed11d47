import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getDefaultTenant, getTenantByUuid } from '@/db/queries/tenants';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';
import { SESSION_COOKIE } from './constants';
import { closeSession, findSession, openSession } from './sessions';

/** The tenant the console works on, by UUID; absent for the default tenant. */
export const TENANT_COOKIE = 'provisio_tenant';

export type ConsoleSession = {
  userId: number;
  username: string;
  /** The tenant the console works on: the one the tenant switcher chose, else the default tenant. */
  tenant: { id: number; name: string; uuid: string; isDefault: boolean };
};

/**
 * The signed-in user of this request, checked against the sessions table (proxy.ts only looks
 * for the cookie). Cached per request, so a page and its layout share one lookup.
 */
export const getSession = cache(async (): Promise<ConsoleSession | null> => {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const db = getDb();
  const user = findSession(db, token);
  if (!user) return null;
  // A cookie naming a tenant that no longer exists (deleted meanwhile) falls back to the default.
  const chosen = jar.get(TENANT_COOKIE)?.value;
  const tenant = (chosen ? getTenantByUuid(db, chosen) : null) ?? getDefaultTenant(db);
  if (!tenant) return null;
  return { userId: user.userId, username: user.username, tenant: { id: tenant.id, name: tenant.name, uuid: tenant.uuid, isDefault: tenant.isDefault } };
});

/** For pages, layouts and server actions: the session, or a redirect to the sign-in page. */
export async function requireSession(): Promise<ConsoleSession> {
  const session = await getSession();
  if (!session) redirect('/login');
  return session;
}

/** The peer address server.ts stamped on the request (clients cannot forge it). */
export async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_IP_HEADER) ?? 'unknown';
}

const isSecureRequest = async () => (await headers()).get(SECURE_HEADER) === '1';

/**
 * Makes the console work on this tenant (by UUID) from the next request on; the cookie only
 * selects, getSession() checks that the tenant exists. The default tenant needs no cookie.
 */
export async function selectTenant(tenant: { uuid: string; isDefault: boolean }): Promise<void> {
  const jar = await cookies();
  if (tenant.isDefault) jar.delete(TENANT_COOKIE);
  else jar.set(TENANT_COOKIE, tenant.uuid, { httpOnly: true, sameSite: 'lax', secure: await isSecureRequest(), path: '/' });
}

/** Opens a session for the user and sets its cookie: HTTP-only, SameSite=Lax, Secure over HTTPS. */
export async function startSession(userId: number): Promise<void> {
  const { token, expiresAt } = openSession(getDb(), userId);
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: await isSecureRequest(), path: '/', expires: expiresAt });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) closeSession(getDb(), token);
  jar.delete(SESSION_COOKIE);
  jar.delete(TENANT_COOKIE);
}
