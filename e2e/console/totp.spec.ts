import type { Page } from '@playwright/test';
import { generateSync } from 'otplib';
import { apiJson, unique } from '../support/api';
import { expect, signIn, test } from './support/fixtures';
import { escapeRegex, tr } from './support/i18n';
import { createUser, freshLogin, USER_PASSWORD } from './support/users';

// Issue 10: two-step sign-in (TOTP) from My account to the sign-in page, the owner's reset, and a viewer's console
// without write controls. The code is computed here from the secret the page shows, as an authenticator app would.

type Tenant = { id: number; name: string };
const PASSWORD = USER_PASSWORD;

const dashboardHeading = (page: Page) => page.getByRole('heading', { level: 1, name: tr('dashboard:title') });
/** The code an app shows `offsetS` seconds from now (30 s ahead: the next time step, which the server still accepts). */
const codeFor = (secret: string, offsetS = 0) => generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offsetS });

test('two-step sign-in: enrol on My account, sign in with password and code, owner resets it', async ({ page, browser, baseURL }) => {
  // Several sign-ins (scrypt each) and browser contexts: more than the default 30 s on a loaded machine.
  test.slow();
  const { tag } = unique();
  const username = `totp-${tag}`;
  await createUser(page, username, tr('users:roles.owner'));

  const me = await freshLogin(browser, baseURL);
  await signIn(me.page, { username, password: PASSWORD });
  await expect(dashboardHeading(me.page)).toBeVisible();
  await me.page.goto('/account');
  await me.page.getByRole('button', { name: tr('users:account.totp.enable') }).click();
  await expect(me.page.getByTestId('totp-uri')).toHaveText(new RegExp(`^otpauth://totp/Provisio:${escapeRegex(username)}\\?secret=`));
  const secret = (await me.page.getByTestId('totp-secret').textContent())!.trim();
  expect(secret).toMatch(/^[A-Z2-7]{32}$/);

  // A wrong code is refused next to the field; the right one turns it on.
  const code = me.page.getByLabel(tr('users:account.totp.code'), { exact: true });
  await code.fill(String((Number(codeFor(secret)) + 1) % 1_000_000).padStart(6, '0'));
  await me.page.getByRole('button', { name: tr('users:account.totp.confirm') }).click();
  await expect(code).toHaveAccessibleDescription(new RegExp(escapeRegex(tr('validation:totp.codeWrong'))));
  await code.fill(codeFor(secret));
  await me.page.getByRole('button', { name: tr('users:account.totp.confirm') }).click();
  await expect(me.page.getByText(tr('users:account.totp.enabled'))).toBeVisible();
  await expect(me.page.getByText(tr('users:account.totp.on'))).toBeVisible();
  await me.page.getByRole('button', { name: tr('shell.logout') }).click();
  await expect(me.page).toHaveURL(/\/login/);

  // Password first, then the code: no console before the code is right.
  await signIn(me.page, { username, password: PASSWORD });
  const codeField = me.page.getByLabel(tr('auth:code.label'), { exact: true });
  await expect(codeField).toBeVisible();
  await me.page.goto('/devices');
  await expect(me.page).toHaveURL(/\/login/);
  await signIn(me.page, { username, password: PASSWORD });
  await codeField.fill('000000' === codeFor(secret, 30) ? '111111' : '000000');
  await me.page.getByRole('button', { name: tr('auth:code.submit') }).click();
  await expect(me.page.getByText(tr('auth:errors.codeWrong'))).toBeVisible();
  await codeField.fill(codeFor(secret, 30));
  await me.page.getByRole('button', { name: tr('auth:code.submit') }).click();
  // Signed in, on the page the sign-in was sent from (the /devices visit above).
  await expect(me.page).toHaveURL(/\/devices$/);
  await expect(me.page.getByRole('button', { name: tr('shell.logout') })).toBeVisible();
  await me.context.close();

  // The owner resets it (lost phone): the password alone signs in again.
  await page.goto('/settings/users');
  await page.getByRole('button', { name: tr('users:users.resetTotpLabel', { username }) }).click();
  await page.getByRole('button', { name: tr('users:users.totpReset.confirm') }).click();
  await expect(page.getByText(tr('users:users.totpReset.done', { username }))).toBeVisible();
  const again = await freshLogin(browser, baseURL);
  await signIn(again.page, { username, password: PASSWORD });
  await expect(dashboardHeading(again.page)).toBeVisible();
  await again.context.close();
});

test('a viewer is not offered write controls', async ({ page, request, browser, baseURL }) => {
  const { tag } = unique();
  const tenant = await apiJson<Tenant>(request, 'POST', '/tenants', { name: `Viewed ${tag}` }, 201);
  try {
    await createUser(page, `ro-${tag}`, tr('users:roles.viewer'), [tenant.name]);
    const viewer = await freshLogin(browser, baseURL);
    await signIn(viewer.page, { username: `ro-${tag}`, password: PASSWORD });
    await expect(dashboardHeading(viewer.page)).toBeVisible();

    await viewer.page.goto('/devices');
    await expect(viewer.page.getByRole('heading', { level: 1, name: tr('devices:title') })).toBeVisible();
    await expect(viewer.page.getByRole('link', { name: tr('devices:new') })).toHaveCount(0);
    await viewer.page.goto('/placeholders');
    await expect(viewer.page.getByRole('heading', { level: 1, name: tr('placeholders:title') })).toBeVisible();
    await expect(viewer.page.getByRole('button', { name: tr('placeholders:new') })).toHaveCount(0);
    await viewer.page.goto('/devices/new');
    await expect(viewer.page.getByRole('heading', { level: 1, name: tr('errors.notFound.title') })).toBeVisible();
    await viewer.page.goto('/settings/pbx');
    await expect(viewer.page.getByText(tr('ui.readOnlyRole'))).toBeVisible();
    await expect(viewer.page.getByRole('button', { name: tr('pbx:settings.save') })).toHaveCount(0);
    await viewer.context.close();
  } finally {
    await apiJson(request, 'DELETE', `/tenants/${tenant.id}`, undefined, 204);
  }
});
