import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type Page } from '@playwright/test';
import { E2E } from '../../support/e2e-env.mjs';
import { tr } from './i18n';

export const ADMIN = { username: 'admin', password: E2E.adminPassword };

/** Signs in through the login form (the page must be on /login or be redirected there). */
export async function signIn(page: Page, credentials = ADMIN) {
  await page.getByLabel(tr('auth:username'), { exact: true }).fill(credentials.username);
  await page.getByLabel(tr('auth:password'), { exact: true }).fill(credentials.password);
  await page.getByRole('button', { name: tr('auth:submit') }).click();
}

/** A full-page screenshot of a panel, for a human to look at: .tmp/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(path.resolve('.tmp/screenshots'), { recursive: true });
  // From the top, so the sticky sidebar and header are drawn where a user sees them.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.resolve('.tmp/screenshots', `${name}.png`), fullPage: true });
}

/**
 * Console tests run signed in: each worker signs in once through the UI and every test starts
 * from that storage state (a test that signs out uses its own context, see auth.spec.ts).
 */
export const test = base.extend<object, { workerStorageState: string }>({
  storageState: ({ workerStorageState }, use) => use(workerStorageState),
  workerStorageState: [
    async ({ browser }, use, workerInfo) => {
      const file = path.resolve('.tmp/e2e-auth', `console-${workerInfo.parallelIndex}.json`);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const page = await browser.newPage({ storageState: undefined, baseURL: workerInfo.project.use.baseURL, locale: 'en-US' });
      await page.goto('/login');
      await signIn(page);
      await expect(page.getByRole('heading', { level: 1, name: tr('dashboard:title') })).toBeVisible();
      await page.context().storageState({ path: file });
      await page.close();
      await use(file);
    },
    { scope: 'worker' },
  ],
});

export { expect };
