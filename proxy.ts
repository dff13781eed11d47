import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/constants';

/**
 * The console's front gate: without a session cookie, pages go to /login (coming back afterwards)
 * and console API routes answer 401. It only looks for the cookie; pages, route handlers and
 * actions verify the session itself (lib/auth/session.ts). Phones' /provisioning, the bearer-token
 * /api/v1, /api/health, Next's assets and static files never pass through here.
 */
export function proxy(request: NextRequest) {
  if (request.cookies.get(SESSION_COOKIE)?.value) return NextResponse.next();
  const { pathname, search } = request.nextUrl;
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: 'unauthorized' }, { status: 401, headers: { 'Cache-Control': 'no-store' } });
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('next', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!provisioning|api/v1|api/health|_next|login|favicon\\.ico|.*\\..*).*)'],
};
