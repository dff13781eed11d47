import { expect, screenshot, test } from './support/fixtures';
import { tr, trRegex } from './support/i18n';

test('the language toggle switches the whole page and is remembered', async ({ page }) => {
  await page.goto('/devices');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');

  await page.getByRole('button', { name: tr('language.names.it') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:title', {}, 'it') })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  const nav = page.getByRole('navigation', { name: tr('shell.navigation', {}, 'it') });
  for (const key of ['nav.dashboard', 'nav.devices', 'nav.accounts', 'nav.pbxSettings']) {
    await expect(nav.getByRole('link', { name: tr(key, {}, 'it'), exact: true })).toBeVisible();
  }
  await expect(page.getByRole('link', { name: tr('devices:new', {}, 'it') })).toBeVisible();
  await expect(page.getByLabel(tr('devices:filters.search', {}, 'it'), { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: tr('shell.logout', {}, 'it') })).toBeVisible();
  for (const english of [tr('nav.dashboard'), tr('devices:new'), tr('shell.logout'), tr('devices:filters.clear')]) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  }
  await screenshot(page, 'language-it');

  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'it');
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:title', {}, 'it') })).toBeVisible();

  await page.getByRole('button', { name: tr('language.names.en') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:title') })).toBeVisible();
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('link', { name: tr('devices:new') })).toBeVisible();
});

test('validation messages follow the language', async ({ page }) => {
  await page.goto('/devices/new');
  await page.getByRole('button', { name: tr('language.names.it') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:newTitle', {}, 'it') })).toBeVisible();
  const mac = page.getByLabel(tr('devices:fields.mac', {}, 'it'), { exact: true });
  await mac.fill('not-a-mac');
  await page.getByRole('button', { name: tr('devices:create', {}, 'it') }).click();
  await expect(mac).toHaveAccessibleDescription(trRegex('validation:mac.invalid', {}, 'it'));
});
