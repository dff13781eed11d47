import type { Browser, Page } from '@playwright/test';
import { expect } from './fixtures';
import { tr } from './i18n';

/** The password of every user the users and TOTP specs create. */
export const USER_PASSWORD = 'e2e-user-password-1';

/** Creates a user from the Users page (as the signed-in owner), with a role and the tenants ticked by name. */
export async function createUser(page: Page, username: string, roleLabel: string, tenantNames: string[] = []) {
  await page.goto('/settings/users');
  await page.getByRole('button', { name: tr('users:users.new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('users:users.form.createTitle') });
  await dialog.getByLabel(tr('users:users.form.username'), { exact: true }).fill(username);
  await dialog.getByLabel(tr('users:users.form.password'), { exact: true }).fill(USER_PASSWORD);
  await dialog.getByLabel(tr('users:users.form.role'), { exact: true }).selectOption({ label: roleLabel });
  for (const name of tenantNames) await dialog.getByLabel(name, { exact: true }).check();
  await dialog.getByRole('button', { name: tr('users:users.form.create') }).click();
  await expect(page.getByText(tr('users:users.created', { username }))).toBeVisible();
}

/** A browser context of its own (no session) on the sign-in page. */
export async function freshLogin(browser: Browser, baseURL: string | undefined) {
  const context = await browser.newContext({ storageState: undefined, baseURL, locale: 'en-US' });
  const page = await context.newPage();
  await page.goto('/login');
  return { context, page };
}
