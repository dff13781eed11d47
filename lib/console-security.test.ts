import { NextRequest } from 'next/server';
import { describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from '@/lib/auth/constants';
import { contentSecurityPolicy, isCrossOriginWrite, newNonce } from '@/lib/console-security';
import { proxy } from '@/proxy';

// The console's headers and cross-origin refusal as proxy.ts applies them, on Next's own request objects.
// What the browser and Next make of them is e2e/console/hardening.spec.ts.

const HOST = 'provisio.example:8443';
const consoleRequest = (path: string, init: { method?: string; headers?: Record<string, string>; cookie?: boolean } = {}) =>
  new NextRequest(`https://${HOST}${path}`, {
    method: init.method ?? 'GET',
    headers: { host: HOST, ...(init.cookie === false ? {} : { cookie: `${SESSION_COOKIE}=abc` }), ...init.headers },
  });
const passedToNext = (response: Response) => response.headers.get('x-middleware-next') === '1';
const nonceOf = (csp: string | null) => /'nonce-([^']+)'/.exec(csp ?? '')?.[1];

describe('cross-origin writes', () => {
  const write = (headers: Record<string, string>) => isCrossOriginWrite('POST', new Headers({ host: HOST, ...headers }));

  it('refuses a write whose Origin is another host, another port or another scheme-less guess', () => {
    expect(write({ origin: 'https://evil.example' })).toBe(true);
    expect(write({ origin: 'https://provisio.example' })).toBe(true);
    expect(write({ origin: 'https://provisio.example:9443' })).toBe(true);
    expect(write({ origin: 'null' })).toBe(true);
    // The browser's own word that the page is ours stands even where it sends `Origin: null`.
    expect(write({ origin: 'null', 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(write({ origin: 'null', 'sec-fetch-site': 'cross-site' })).toBe(true);
    expect(write({ origin: 'file://' })).toBe(true);
    expect(write({ 'sec-fetch-site': 'cross-site' })).toBe(true);
    expect(write({ origin: `https://${HOST}`, 'sec-fetch-site': 'same-site' })).toBe(true);
  });

  it('lets the console itself write, also behind a reverse proxy that sets X-Forwarded-Host', () => {
    expect(write({ origin: `https://${HOST}`, 'sec-fetch-site': 'same-origin' })).toBe(false);
    expect(write({ origin: `https://${HOST.toUpperCase()}` })).toBe(false);
    expect(isCrossOriginWrite('POST', new Headers({ host: '127.0.0.1:3000', origin: 'https://console.example', 'x-forwarded-host': 'console.example' }))).toBe(
      false,
    );
    expect(write({})).toBe(false);
  });

  it('never refuses a read', () => {
    for (const method of ['GET', 'HEAD', 'OPTIONS'])
      expect(isCrossOriginWrite(method, new Headers({ host: HOST, origin: 'https://evil.example' }))).toBe(false);
    for (const method of ['PUT', 'PATCH', 'DELETE']) expect(isCrossOriginWrite(method, new Headers({ host: HOST, origin: 'https://evil.example' }))).toBe(true);
  });
});

describe('proxy.ts', () => {
  it('answers 403 to a cross-origin server action or /api/console POST that carries a valid-looking session cookie', () => {
    for (const path of ['/devices/new', '/api/console/templates/preview', '/login']) {
      const response = proxy(consoleRequest(path, { method: 'POST', headers: { origin: 'https://evil.example', 'next-action': 'abc' } }));
      expect(response.status, path).toBe(403);
      expect(passedToNext(response), path).toBe(false);
    }
  });

  it('passes a same-origin server action on to Next', () => {
    const response = proxy(consoleRequest('/devices/new', { method: 'POST', headers: { origin: `https://${HOST}`, 'next-action': 'abc' } }));
    expect(passedToNext(response)).toBe(true);
  });

  it('gives Next the nonce of the CSP it sends, a new one per request, and the hardening headers', () => {
    const first = proxy(consoleRequest('/files/1'));
    const second = proxy(consoleRequest('/files/1'));
    const csp = first.headers.get('content-security-policy');
    expect(nonceOf(csp)).toBeTruthy();
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(nonceOf(second.headers.get('content-security-policy'))).not.toBe(nonceOf(csp));
    expect(csp).toContain("frame-ancestors 'none'");
    expect(first.headers.get('x-frame-options')).toBe('DENY');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    expect(first.headers.get('referrer-policy')).toBe('no-referrer');
    // Elsewhere same-origin: with no-referrer a browser posts a form with `Origin: null` (the sign-in before hydration).
    expect(proxy(consoleRequest('/devices')).headers.get('referrer-policy')).toBe('same-origin');
    expect(first.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the sign-in page without a session, with the same headers, and keeps the gate for the rest', () => {
    const login = proxy(consoleRequest('/login', { cookie: false }));
    expect(passedToNext(login)).toBe(true);
    expect(nonceOf(login.headers.get('x-middleware-request-content-security-policy'))).toBeTruthy();
    const page = proxy(consoleRequest('/devices', { cookie: false }));
    expect(page.status).toBe(307);
    expect(page.headers.get('location')).toBe(`https://${HOST}/login?next=%2Fdevices`);
    expect(page.headers.get('content-security-policy')).toBeTruthy();
    const api = proxy(consoleRequest('/api/console/devices', { cookie: false }));
    expect(api.status).toBe(401);
    expect(api.headers.get('cache-control')).toBe('no-store');
  });
});

describe('the policy', () => {
  it('allows scripts only by nonce in production, never eval; eval only in development', () => {
    const nonce = newNonce();
    expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
    const production = contentSecurityPolicy(nonce, false);
    expect(production).toContain(`script-src 'self' 'nonce-${nonce}' 'strict-dynamic';`);
    expect(production).not.toContain('unsafe-eval');
    expect(production).toContain("object-src 'none'");
    expect(contentSecurityPolicy(nonce, true)).toContain("'unsafe-eval'");
  });
});
