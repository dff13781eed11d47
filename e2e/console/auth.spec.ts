import { expect, test } from '@playwright/test';
import { ADMIN, screenshot, signIn } from './support/fixtures';
import { tr } from './support/i18n';

// These tests start signed out: they use Playwright's plain `test`, without the shared session.

test('a wrong password or an unknown user gets one generic message', async ({ page }) => {
  await page.goto('/login');
  const password = page.getByLabel(tr('auth:password'), { exact: true });
  await signIn(page, { username: ADMIN.username, password: 'not-the-password' });
  await expect(page.getByRole('alert').filter({ hasText: tr('auth:errors.invalidCredentials') })).toBeVisible();
  await expect(page).toHaveURL(/\/login/);

  await signIn(page, { username: 'nobody-here', password: ADMIN.password });
  // The form resets the password once the action has answered.
  await expect(password).toHaveValue('');
  await expect(page.getByRole('alert').filter({ hasText: tr('auth:errors.invalidCredentials') })).toBeVisible();
  await expect(page.getByLabel(tr('auth:username'), { exact: true })).toHaveValue('nobody-here');
  await screenshot(page, 'login');
});

test('the right password opens the dashboard, and sign-out ends the session', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await signIn(page);
  await expect(page.getByRole('heading', { level: 1, name: tr('dashboard:title') })).toBeVisible();

  const cookie = (await page.context().cookies()).find((c) => c.name === 'provisio_session');
  expect(cookie?.httpOnly).toBe(true);
  expect(cookie?.sameSite).toBe('Lax');

  await page.getByRole('button', { name: tr('shell.logout') }).click();
  await expect(page).toHaveURL(/\/login$/);
  // The old cookie is worthless now, even if a copy was kept.
  await page.context().addCookies([{ ...cookie!, expires: -1 }]);
  await page.goto('/devices');
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole('button', { name: tr('auth:submit') })).toBeVisible();
});

test('the gate sends a signed-out browser to /login and back after signing in', async ({ page }) => {
  await page.goto('/devices?q=abc');
  await expect(page).toHaveURL(/\/login\?next=%2Fdevices%3Fq%3Dabc$/);
  await signIn(page);
  await expect(page).toHaveURL(/\/devices\?q=abc$/);
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:title') })).toBeVisible();
});

test('phones, health checks and the bearer API are not gated; console reads are', async ({ request }) => {
  const provisioning = await request.get('/provisioning/x', { maxRedirects: 0 });
  expect(provisioning.status()).toBe(404);
  const health = await request.get('/api/health', { maxRedirects: 0 });
  expect(health.status()).toBe(200);
  const api = await request.get('/api/v1/devices', { maxRedirects: 0 });
  expect(api.status()).toBe(401);
  expect(api.headers()['www-authenticate']).toContain('Bearer');
  const consoleRead = await request.get('/api/console/devices', { maxRedirects: 0 });
  expect(consoleRead.status()).toBe(401);
  const forged = await request.get('/api/console/devices', { maxRedirects: 0, headers: { Cookie: 'provisio_session=forged' } });
  expect(forged.status()).toBe(401);
});
