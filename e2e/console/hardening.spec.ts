import { test as signedOut, type Page } from '@playwright/test';
import { factory } from '../support/api';
import { expect, test } from './support/fixtures';
import { tr } from './support/i18n';

// Console hardening (issue 10) in a real browser against the production build: the CSP that proxy.ts sends is one the
// console passes (Next's scripts carry the nonce, CodeMirror, Sonner and React Query run), the headers are there, and a
// write from another origin is refused even with a valid session cookie. Unit side: lib/console-security.test.ts.

/** Every CSP violation of the page, from the browser's own event and from its console. */
function watchCsp(page: Page) {
  const violations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply|evaluate)/i.test(message.text())) violations.push(message.text());
  });
  void page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => console.error(`Content Security Policy: ${event.violatedDirective} ${event.blockedURI}`));
  });
  return violations;
}

function expectHardened(headers: Record<string, string>, path: string) {
  expect(headers['content-security-policy']).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(headers['content-security-policy']).not.toContain('unsafe-eval');
  expect(headers['x-frame-options']).toBe('DENY');
  expect(headers['x-content-type-options']).toBe('nosniff');
  // No console URL leaves the site; a file view sends no referrer at all.
  expect(headers['referrer-policy']).toBe(path.startsWith('/files') ? 'no-referrer' : 'same-origin');
  expect(headers['cache-control']).toContain('no-store');
}

test('the console pages load and work under the CSP, with the hardening headers', async ({ page, request }) => {
  const violations = watchCsp(page);
  const { device, template } = await factory.device(request, 'Yealink T4x');
  const fileName = device.file!.fileName;

  for (const path of ['/', '/devices', `/devices/${device.id}`, '/files', '/templates', `/templates/${template.id}`, '/settings/pbx', '/discovery']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectHardened(response!.headers(), path);
    await expect(page.getByRole('heading', { level: 1 }).first(), path).toBeVisible();
  }
  // CodeMirror ran (its editor exists only once the client code did).
  await page.goto(`/templates/${template.id}`);
  await expect(page.locator('.cm-content')).toBeVisible();

  // A file view: client-side search (React Query, the router), the viewer, then a reveal.
  await page.goto('/files');
  await page.getByLabel(tr('files:search'), { exact: true }).fill(fileName);
  await expect(page).toHaveURL(/\/files\?q=/);
  await page.getByRole('row').filter({ hasText: fileName }).getByRole('link', { name: fileName }).click();
  await expect(page.getByRole('heading', { level: 1, name: fileName })).toBeVisible();
  const reveal = page.waitForResponse((response) => response.url().includes('reveal=1'));
  await page.getByRole('button', { name: tr('files:viewer.reveal') }).click();
  const revealed = await reveal;
  expect(revealed.headers()['cache-control']).toContain('no-store');
  expect(revealed.headers()['referrer-policy']).toBe('no-referrer');

  expect(violations).toEqual([]);
});

signedOut('the sign-in page passes the CSP too, and signing in works under it', async ({ page }) => {
  const violations = watchCsp(page);
  const response = await page.goto('/login');
  expectHardened(response!.headers(), '/login');
  await page.getByLabel(tr('auth:username'), { exact: true }).fill('admin');
  await page.getByLabel(tr('auth:password'), { exact: true }).fill('not-the-password');
  await page.getByRole('button', { name: tr('auth:submit') }).click();
  await expect(page.getByRole('alert').filter({ hasText: tr('auth:errors.invalidCredentials') })).toBeVisible();
  expect(violations).toEqual([]);
});

test('a write from another origin is refused with 403 although the session cookie is valid', async ({ page, baseURL }) => {
  await page.goto('/templates');
  const own = new URL(baseURL!).origin;
  // The cookie is valid: the same request from the console's own origin reaches the route (400: the body is empty).
  const sameOrigin = await page.request.post('/api/console/templates/preview', { headers: { Origin: own }, data: {} });
  expect(sameOrigin.status()).toBe(400);

  for (const origin of ['https://evil.example', 'null']) {
    const preview = await page.request.post('/api/console/templates/preview', { headers: { Origin: origin }, data: {} });
    expect(preview.status(), origin).toBe(403);
    // A server action as a page of another origin would post it (Next's own check would answer 500, or nothing without Origin).
    const action = await page.request.post('/devices/new', {
      headers: { Origin: origin, 'Next-Action': '00'.repeat(21), 'Content-Type': 'text/plain;charset=UTF-8' },
      data: '[]',
    });
    expect(action.status(), origin).toBe(403);
  }
  const browserMarked = await page.request.post('/api/console/templates/preview', { headers: { 'Sec-Fetch-Site': 'cross-site' }, data: {} });
  expect(browserMarked.status()).toBe(403);
});
