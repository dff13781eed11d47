import { type NextRequest, NextResponse } from 'next/server';
import { SESSION_COOKIE } from '@/lib/auth/constants';
import { consoleSecurityHeaders, contentSecurityPolicy, isCrossOriginWrite, newNonce } from '@/lib/console-security';

/**
 * The console's front gate: a write from another origin is refused (403); without a session cookie,
 * pages go to /login (coming back afterwards) and console API routes answer 401. It only looks for
 * the cookie; pages, route handlers and actions verify the session itself (lib/auth/session.ts).
 * Every answer gets the security headers, and Next gets this request's CSP nonce for its scripts
 * (lib/console-security.ts). Phones' /provisioning, the bearer-token /api/v1, /api/health, Next's
 * assets and static files never pass through here.
 */
export function proxy(request: NextRequest) {
  const csp = contentSecurityPolicy(newNonce());
  const response = isCrossOriginWrite(request.method, request.headers) ? NextResponse.json({ error: 'forbidden' }, { status: 403 }) : gate(request, csp);
  for (const [name, value] of Object.entries(consoleSecurityHeaders(csp, request.nextUrl.pathname))) response.headers.set(name, value);
  return response;
}

function gate(request: NextRequest, csp: string) {
  const { pathname, search } = request.nextUrl;
  if (pathname === '/login' || request.cookies.get(SESSION_COOKIE)?.value) {
    const headers = new Headers(request.headers);
    headers.set('Content-Security-Policy', csp);
    return NextResponse.next({ request: { headers } });
  }
  if (pathname.startsWith('/api/')) return NextResponse.json({ error: 'unauthorized' }, { status: 401 });
  const login = new URL('/login', request.url);
  if (pathname !== '/') login.searchParams.set('next', `${pathname}${search}`);
  return NextResponse.redirect(login);
}

export const config = {
  matcher: ['/((?!provisioning|api/v1|api/health|_next|favicon\\.ico|.*\\..*).*)'],
};
