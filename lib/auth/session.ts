import 'server-only';
import { cookies, headers } from 'next/headers';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getDb } from '@/db/client';
import { CLIENT_IP_HEADER, SECURE_HEADER } from '@/lib/request-meta';
import { SESSION_COOKIE } from './constants';
import { mayDo } from './roles';
import { closeSession, type ConsoleSession, consoleSessionOf, openSession } from './sessions';

/** The tenant the console works on, by UUID; absent for the default tenant. */
export const TENANT_COOKIE = 'provisio_tenant';

export type { ConsoleSession };

/**
 * The signed-in user of this request, checked against the sessions table (proxy.ts only looks
 * for the cookie), with their role and the tenants they reach; the tenant switcher's cookie is
 * followed only to one of those. Cached per request, so a page and its layout share one lookup.
 */
export const getSession = cache(async (): Promise<ConsoleSession | null> => {
  const jar = await cookies();
  const token = jar.get(SESSION_COOKIE)?.value;
  return token ? consoleSessionOf(getDb(), token, jar.get(TENANT_COOKIE)?.value) : null;
});

/** For pages, layouts and server actions: the session, or a redirect to the sign-in page. */
export async function requireSession(): Promise<ConsoleSession> {
  const session = await getSession();
  if (!session) redirect('/login');
  return session;
}

/** For owner-only pages (tenants, users, API tokens): to anyone else they do not exist. */
export async function requireOwner(): Promise<ConsoleSession> {
  const session = await requireSession();
  if (session.role !== 'owner') notFound();
  return session;
}

/** For pages that only create (new device, template, model): a viewer could not save, so the page does not exist for them. */
export async function requireWriter(): Promise<ConsoleSession> {
  const session = await requireSession();
  if (!mayDo(session.role, 'write')) notFound();
  return session;
}

/** The peer address server.ts stamped on the request (clients cannot forge it). */
export async function clientIp(): Promise<string> {
  return (await headers()).get(CLIENT_IP_HEADER) ?? 'unknown';
}

const isSecureRequest = async () => (await headers()).get(SECURE_HEADER) === '1';

/**
 * Makes the console work on this tenant (by UUID) from the next request on; the cookie only
 * selects, getSession() checks that the tenant exists and the user reaches it. The default tenant needs no cookie.
 */
export async function selectTenant(tenant: { uuid: string; isDefault: boolean }): Promise<void> {
  const jar = await cookies();
  if (tenant.isDefault) jar.delete(TENANT_COOKIE);
  else jar.set(TENANT_COOKIE, tenant.uuid, { httpOnly: true, sameSite: 'lax', secure: await isSecureRequest(), path: '/' });
}

/** Opens a session for the user and sets its cookie: HTTP-only, SameSite=Lax, Secure over HTTPS. */
export async function startSession(userId: number): Promise<void> {
  // A tenant chosen by whoever used this browser before must not follow the next user in.
  (await cookies()).delete(TENANT_COOKIE);
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
