import type { Page } from '@playwright/test';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

const notFoundHeading = (page: Page, lng: 'en' | 'it' = 'en') => page.getByRole('heading', { level: 1, name: tr('errors.notFound.title', {}, lng) });

test('an unknown URL answers 404 with our page, and a link back to the dashboard', async ({ page }) => {
  const response = await page.goto('/no-such-page');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(notFoundHeading(page)).toBeVisible();
  await expect(page.getByText(tr('errors.notFound.description'))).toBeVisible();

  await page.getByRole('link', { name: tr('errors.backToDashboard') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('dashboard:title') })).toBeVisible();
});

test('the 404 page speaks the language chosen with the toggle', async ({ page, baseURL }) => {
  await page.context().addCookies([{ name: 'provisio_lng', value: 'it', url: baseURL! }]);
  const response = await page.goto('/nessuna/pagina');
  expect(response?.status()).toBe(404);
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(notFoundHeading(page, 'it')).toBeVisible();
  await expect(page.getByText(tr('errors.notFound.description', {}, 'it'))).toBeVisible();
  await expect(page.getByRole('link', { name: tr('errors.backToDashboard', {}, 'it') })).toHaveAttribute('href', '/');
  await expect(page.getByText(tr('errors.notFound.title'), { exact: true })).toHaveCount(0);
  await screenshot(page, 'not-found-it');
});

test.describe('without a language cookie', () => {
  test.use({ locale: 'it-IT' });

  test('the 404 page follows the browser’s Accept-Language', async ({ page }) => {
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(404);
    expect(await response?.request().headerValue('accept-language')).toMatch(/^it/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'it');
    await expect(notFoundHeading(page, 'it')).toBeVisible();
  });
});

test('a device that does not exist gets the not-found page inside the console shell', async ({ page }) => {
  const response = await page.goto('/devices/999999999');
  expect(response?.status()).toBe(404);
  await expect(notFoundHeading(page)).toBeVisible();
  const nav = page.getByRole('navigation', { name: tr('shell.navigation') });
  await expect(nav.getByRole('link', { name: tr('nav.devices'), exact: true })).toBeVisible();

  await page.getByRole('button', { name: tr('language.names.it') }).click();
  await expect(notFoundHeading(page, 'it')).toBeVisible();
  const navIt = page.getByRole('navigation', { name: tr('shell.navigation', {}, 'it') });
  await screenshot(page, 'device-not-found-it');
  await navIt.getByRole('link', { name: tr('nav.devices', {}, 'it'), exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:title', {}, 'it') })).toBeVisible();
});

test('the icon is served to a signed-out browser, and the sign-in page links it', async ({ browser }) => {
  const context = await browser.newContext({ storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto('/login');
  await expect(page.getByRole('button', { name: tr('auth:submit') })).toBeVisible();
  const href = await page.locator('link[rel="icon"]').getAttribute('href');
  expect(href).toMatch(/^\/icon\.svg/);

  const icon = await context.request.get(href!, { maxRedirects: 0 });
  expect(icon.status()).toBe(200);
  expect(icon.headers()['content-type']).toContain('image/svg+xml');
  expect(await icon.text()).toContain('<svg');
  await context.close();
});

test('a failed request shows the error page, and "try again" recovers', async ({ page }) => {
  await page.goto('/devices');
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:title') })).toBeVisible();

  // The server becomes unreachable while a server action is on its way (the language toggle's).
  await page.route('**/*', (route) => (route.request().headers()['next-action'] ? route.abort('connectionrefused') : route.fallback()));
  await page.getByRole('button', { name: tr('language.names.it') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('errors.unexpected.title') })).toBeVisible();
  await expect(page.getByText(tr('errors.unexpected.description'))).toBeVisible();
  await screenshot(page, 'error-en');

  await page.unrouteAll();
  await page.getByRole('button', { name: tr('errors.unexpected.retry') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:title') })).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: tr('errors.unexpected.title') })).toHaveCount(0);
});
