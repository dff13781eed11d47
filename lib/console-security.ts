/**
 * Security headers and the cross-origin refusal of the console (pages, server actions, /api/console),
 * applied by proxy.ts. Phones' /provisioning/, /api/health and the bearer-token /api/v1 never get here.
 */

/** A fresh per-request nonce (128 random bits, base64) for Next's inline and bootstrap scripts. */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * Scripts only with this request's nonce ('strict-dynamic' lets Next's nonced loader pull its chunks): an injected
 * <script> or inline handler never runs. Styles stay 'unsafe-inline' on purpose: React renders style attributes,
 * and Sonner and CodeMirror insert <style> elements at run time, none of which can carry a nonce. Development needs
 * 'unsafe-eval' (React's dev build evaluates call stacks); production never does.
 */
export function contentSecurityPolicy(nonce: string, dev = process.env.NODE_ENV === 'development'): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Headers of every console answer; nothing the console shows is cacheable (file views and reveals hold secrets). No
 * console URL is ever sent to another site (`same-origin`), and a file view sends none at all. Not `no-referrer`
 * everywhere: with it a browser sends `Origin: null` on a plain form POST (the sign-in before its script has loaded).
 */
const FILE_VIEWS = /^\/(api\/console\/)?files(\/|$)/;

export function consoleSecurityHeaders(csp: string, pathname = '/'): Record<string, string> {
  return {
    'Content-Security-Policy': csp,
    'X-Frame-Options': 'DENY',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': FILE_VIEWS.test(pathname) ? 'no-referrer' : 'same-origin',
    'Cache-Control': 'no-store',
  };
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A write (server action, /api/console POST, sign-in) sent by a page of another origin: refused before Next runs it.
 * Next's own check answers 500 and lets a request without Origin through; here an Origin must name this host (as the
 * browser reached it: Host, or X-Forwarded-Host behind a reverse proxy — a cross-origin page cannot set that header
 * without a CORS preflight we never grant), `Origin: null` (sandboxed frames, data: URLs) is refused, and so is any
 * request the browser itself marks cross-site. A client sending neither header is not a browser carrying someone's
 * session cookie by surprise.
 */
export function isCrossOriginWrite(method: string, headers: Headers): boolean {
  if (SAFE_METHODS.has(method.toUpperCase())) return false;
  const fetchSite = headers.get('sec-fetch-site');
  // Set by the browser only (no page can): its word that the page is ours, even where it sends `Origin: null`.
  if (fetchSite === 'same-origin') return false;
  if (fetchSite === 'cross-site' || fetchSite === 'same-site') return true;
  const origin = headers.get('origin');
  if (origin === null) return false;
  const originHost = hostOf(origin);
  if (!originHost) return true;
  const forwarded = headers.get('x-forwarded-host')?.split(',')[0]?.trim().toLowerCase();
  return originHost !== headers.get('host')?.toLowerCase() && originHost !== forwarded;
}

function hostOf(origin: string): string | null {
  try {
    const url = new URL(origin);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host.toLowerCase() : null;
  } catch {
    return null;
  }
}
