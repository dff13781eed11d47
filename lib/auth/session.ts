import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { getDefaultTenant } from '@/lib/domain/tenants';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';
import { SESSION_COOKIE } from './constants';
import { closeSession, findSession, openSession } from './sessions';

export type ConsoleSession = {
  userId: number;
  username: string;
  /** The console works on the default tenant until a tenant switcher exists. */
  tenant: { id: number; name: string; uuid: string; isDefault: boolean };
};

/**
 * The signed-in user of this request, checked against the sessions table (proxy.ts only looks
 * for the cookie). Cached per request, so a page and its layout share one lookup.
 */
export const getSession = cache(async (): Promise<ConsoleSession | null> => {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  if (!token) return null;
  const db = getDb();
  const user = findSession(db, token);
  const tenant = user && getDefaultTenant(db);
  if (!user || !tenant) return null;
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

/** Opens a session for the user and sets its cookie: HTTP-only, SameSite=Lax, Secure over HTTPS. */
export async function startSession(userId: number): Promise<void> {
  const { token, expiresAt } = openSession(getDb(), userId);
  const isSecure = (await headers()).get(SECURE_HEADER) === '1';
  (await cookies()).set(SESSION_COOKIE, token, { httpOnly: true, sameSite: 'lax', secure: isSecure, path: '/', expires: expiresAt });
}

export async function endSession(): Promise<void> {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  if (token) closeSession(getDb(), token);
  jar.delete(SESSION_COOKIE);
}
