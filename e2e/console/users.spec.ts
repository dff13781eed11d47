import type { Browser, Page } from '@playwright/test';
import { apiJson, factory, unique } from '../support/api';
import { expect, signIn, test } from './support/fixtures';
import { escapeRegex, tr } from './support/i18n';
import { createUser, freshLogin, USER_PASSWORD } from './support/users';

// Issue 10: the users page, My account and what a tenant admin and a viewer see. The users and the tenant a test
// makes carry its tag; the tenant is deleted at the end (a second tenant switches SIP PnP off for everyone).

type Tenant = { id: number; uuid: string; name: string; isDefault: boolean };
const PASSWORD = USER_PASSWORD;

async function signedInAs(browser: Browser, baseURL: string | undefined, username: string, password = PASSWORD) {
  const { context, page } = await freshLogin(browser, baseURL);
  await signIn(page, { username, password });
  await expect(page.getByRole('heading', { level: 1, name: tr('dashboard:title') })).toBeVisible();
  return { context, page };
}

const notFoundHeading = (page: Page) => page.getByRole('heading', { level: 1, name: tr('errors.notFound.title') });

test('the owner creates a tenant admin who sees only their tenant, and a viewer who changes nothing', async ({ page, request, browser, baseURL }) => {
  // Four sign-ins (scrypt each) and two browser contexts: more than the default 30 s on a loaded machine.
  test.slow();
  const { tag } = unique();
  const tenant = await apiJson<Tenant>(request, 'POST', '/tenants', { name: `Scoped ${tag}` }, 201);
  const { device: foreignDevice } = await factory.device(request);
  const foreignFile = (await apiJson<{ file: { id: number } }>(request, 'GET', `/devices/${foreignDevice.id}`, undefined, 200)).file;
  try {
    // Validation next to the field: a password that is too short, a tenant admin without a tenant.
    await page.goto('/settings/users');
    await page.getByRole('button', { name: tr('users:users.new') }).click();
    const dialog = page.getByRole('dialog', { name: tr('users:users.form.createTitle') });
    await dialog.getByLabel(tr('users:users.form.username'), { exact: true }).fill(`admin-${tag}`);
    await dialog.getByLabel(tr('users:users.form.password'), { exact: true }).fill('short');
    await dialog.getByRole('button', { name: tr('users:users.form.create') }).click();
    await expect(dialog.getByLabel(tr('users:users.form.password'), { exact: true })).toHaveAccessibleDescription(
      new RegExp(escapeRegex(tr('validation:user.passwordTooShort'))),
    );
    await expect(dialog.getByText(tr('validation:user.tenantsRequired'))).toBeVisible();
    await dialog.getByRole('button', { name: tr('common:ui.cancel') }).click();

    await createUser(page, `admin-${tag}`, tr('users:roles.tenant_admin'), [tenant.name]);
    await createUser(page, `viewer-${tag}`, tr('users:roles.viewer'), [tenant.name]);

    // The tenant admin: on their tenant, no switcher, no tenants/users/tokens, another tenant's ids answer 404.
    const admin = await signedInAs(browser, baseURL, `admin-${tag}`);
    await expect(admin.page.getByText(tenant.name)).toBeVisible();
    const nav = admin.page.getByRole('navigation', { name: tr('shell.navigation') });
    for (const key of ['nav.tenants', 'nav.users', 'nav.apiTokens']) await expect(nav.getByRole('link', { name: tr(key) })).toHaveCount(0);
    for (const path of ['/settings/tenants', '/settings/users', '/settings/api-tokens', `/devices/${foreignDevice.id}`]) {
      await admin.page.goto(path);
      await expect(notFoundHeading(admin.page)).toBeVisible();
    }
    const foreign = await admin.page.request.get(`/api/console/files/${foreignFile.id}`);
    expect(foreign.status()).toBe(404);
    await admin.context.close();

    // The viewer: no write is offered (the server refuses it anyway: lib/actions/totp-actions.test.ts), no owner page exists.
    const viewer = await signedInAs(browser, baseURL, `viewer-${tag}`);
    await viewer.page.goto('/settings/tenants');
    await expect(notFoundHeading(viewer.page)).toBeVisible();
    await viewer.page.goto('/placeholders');
    await expect(viewer.page.getByRole('heading', { level: 1, name: tr('placeholders:title') })).toBeVisible();
    await expect(viewer.page.getByRole('button', { name: tr('placeholders:new') })).toHaveCount(0);
    await viewer.context.close();

    // Disable: the viewer can no longer sign in.
    await page.goto('/settings/users');
    await page.getByRole('button', { name: tr('users:users.disableLabel', { username: `viewer-${tag}` }) }).click();
    await page.getByRole('button', { name: tr('users:users.disableConfirm.confirm') }).click();
    await expect(page.getByText(tr('users:users.disabledDone', { username: `viewer-${tag}` }))).toBeVisible();
    const context = await browser.newContext({ storageState: undefined, baseURL, locale: 'en-US' });
    const login = await context.newPage();
    await login.goto('/login');
    await signIn(login, { username: `viewer-${tag}`, password: PASSWORD });
    await expect(login.getByText(tr('auth:errors.invalidCredentials'))).toBeVisible();
    await context.close();
  } finally {
    await apiJson(request, 'DELETE', `/tenants/${tenant.id}`, undefined, 204);
  }
});

test('My account: a user changes their own password and their other session ends', async ({ page, browser, baseURL }) => {
  const { tag } = unique();
  await createUser(page, `me-${tag}`, tr('users:roles.owner'), []);
  const first = await signedInAs(browser, baseURL, `me-${tag}`);
  const second = await signedInAs(browser, baseURL, `me-${tag}`);

  await first.page.getByRole('link', { name: new RegExp(escapeRegex(`me-${tag}`)) }).click();
  await expect(first.page.getByRole('heading', { level: 1, name: tr('users:account.title') })).toBeVisible();
  await first.page.getByLabel(tr('users:account.currentPassword'), { exact: true }).fill('not-my-password');
  await first.page.getByLabel(tr('users:account.newPassword'), { exact: true }).fill('a-new-password-for-me');
  await first.page.getByLabel(tr('users:account.confirmPassword'), { exact: true }).fill('a-new-password-for-me');
  await first.page.getByRole('button', { name: tr('users:account.submit') }).click();
  await expect(first.page.getByLabel(tr('users:account.currentPassword'), { exact: true })).toHaveAccessibleDescription(
    new RegExp(escapeRegex(tr('validation:user.currentPasswordWrong'))),
  );
  await first.page.getByLabel(tr('users:account.currentPassword'), { exact: true }).fill(PASSWORD);
  await first.page.getByRole('button', { name: tr('users:account.submit') }).click();
  await expect(first.page.getByText(tr('users:account.changed'))).toBeVisible();

  await first.page.goto('/devices');
  await expect(first.page).toHaveURL(/\/devices$/);
  await second.page.goto('/devices');
  await expect(second.page).toHaveURL(/\/login/);
  await first.context.close();
  await second.context.close();
});

test('API tokens: created with a role and tenant scope, shown once, revoked', async ({ page, baseURL }) => {
  const { tag } = unique();
  await page.goto('/settings/api-tokens');
  await page.getByRole('button', { name: tr('users:tokens.new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('users:tokens.form.createTitle') });
  await dialog.getByLabel(tr('users:tokens.form.name'), { exact: true }).fill(`Reader ${tag}`);
  await dialog.getByLabel(tr('users:users.form.role'), { exact: true }).selectOption({ label: tr('users:roles.viewer') });
  await dialog
    .getByRole('group', { name: tr('users:users.form.tenants') })
    .getByRole('checkbox')
    .first()
    .check();
  await dialog.getByRole('button', { name: tr('users:tokens.form.create') }).click();
  const token = (await page.getByTestId('new-api-token').textContent())!.trim();
  await page.getByRole('button', { name: tr('users:tokens.shown.done') }).click();

  const api = (method: string, path: string) => page.request.fetch(`${baseURL}/api/v1${path}`, { method, headers: { Authorization: `Bearer ${token}` } });
  expect((await api('GET', '/accounts')).status()).toBe(200);
  expect((await api('POST', '/tenants')).status()).toBe(403);
  await page.reload();
  const row = page.getByRole('row', { name: new RegExp(escapeRegex(`Reader ${tag}`)) });
  await expect(row.getByRole('cell', { name: tr('users:tokens.never') })).toHaveCount(0);

  await page.getByRole('button', { name: tr('users:tokens.revokeLabel', { name: `Reader ${tag}` }) }).click();
  await page.getByRole('button', { name: tr('users:tokens.revokeConfirm.confirm') }).click();
  await expect(page.getByText(tr('users:tokens.revoked', { name: `Reader ${tag}` }))).toBeVisible();
  expect((await api('GET', '/accounts')).status()).toBe(401);
});
