import type { Page } from '@playwright/test';
import { apiJson, factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr, trRegex } from './support/i18n';

test('create, edit and delete an account; the password stays write-only', async ({ page }) => {
  const { ext, tag } = unique();
  const sipUsername = `ui${ext}${tag.slice(-3)}`;
  await page.goto('/accounts');
  await page.getByRole('button', { name: tr('accounts:new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('accounts:form.createTitle') });
  await dialog.getByRole('button', { name: tr('accounts:form.create') }).click();
  await expect(dialog.getByLabel(tr('accounts:form.extension'), { exact: true })).toHaveAccessibleDescription(tr('validation:account.extensionRequired'));
  await dialog.getByLabel(tr('accounts:form.extension'), { exact: true }).fill(ext);
  await dialog.getByLabel(tr('accounts:form.sipUsername'), { exact: true }).fill(sipUsername);
  await dialog.getByLabel(tr('accounts:form.sipPassword'), { exact: true }).fill('First-Secret-1');
  await dialog.getByLabel(tr('accounts:form.displayName'), { exact: true }).fill(`Mario ${ext}`);
  await dialog.getByRole('button', { name: tr('accounts:form.create') }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(tr('accounts:saved', { extension: ext }))).toBeVisible();

  await page.getByLabel(tr('accounts:search'), { exact: true }).fill(sipUsername);
  const row = page.getByRole('row').filter({ hasText: sipUsername });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Mario ${ext}`);
  await expect(row).toContainText(tr('accounts:table.unused'));
  await screenshot(page, 'accounts');

  await row.getByRole('button', { name: tr('accounts:edit', { extension: ext }) }).click();
  const edit = page.getByRole('dialog', { name: tr('accounts:form.editTitle', { extension: ext }) });
  await expect(edit.getByLabel(tr('accounts:form.sipPassword'), { exact: true })).toHaveValue('');
  await edit.getByLabel(tr('accounts:form.displayName'), { exact: true }).fill(`Luigi ${ext}`);
  await edit.getByRole('button', { name: tr('accounts:form.save') }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText(`Luigi ${ext}`);

  await row.getByRole('button', { name: tr('accounts:delete.button', { extension: ext }) }).click();
  const confirm = page.getByRole('alertdialog', { name: tr('accounts:delete.title', { extension: ext }) });
  await confirm.getByRole('button', { name: tr('accounts:delete.confirm') }).click();
  await expect(page.getByText(tr('accounts:delete.done', { extension: ext }))).toBeVisible();
  await expect(row).toHaveCount(0);
});

test('a duplicate SIP user name is reported under its field', async ({ page, request }) => {
  const existing = await factory.account(request);
  await page.goto('/accounts');
  await page.getByRole('button', { name: tr('accounts:new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('accounts:form.createTitle') });
  await dialog.getByLabel(tr('accounts:form.extension'), { exact: true }).fill(unique().ext);
  await dialog.getByLabel(tr('accounts:form.sipUsername'), { exact: true }).fill(existing.sipUsername);
  await dialog.getByLabel(tr('accounts:form.sipPassword'), { exact: true }).fill('Another-Secret-2');
  await dialog.getByRole('button', { name: tr('accounts:form.create') }).click();
  await expect(dialog.getByLabel(tr('accounts:form.sipUsername'), { exact: true })).toHaveAccessibleDescription(
    trRegex('validation:account.usernameTaken', { username: existing.sipUsername }),
  );
});

test('deleting an account a device uses explains which devices block it', async ({ page, request }) => {
  const { device, account } = await factory.device(request, 'Yealink T4x', { label: `Blocker ${unique().tag}` });
  const extension = String(account.extension);
  await page.goto(`/accounts?q=${account.sipUsername}`);
  const row = page.getByRole('row').filter({ hasText: account.sipUsername });
  await row.getByRole('button', { name: tr('accounts:delete.button', { extension }) }).click();
  const dialog = page.getByRole('alertdialog', { name: tr('accounts:blocked.title', { extension }) });
  await expect(dialog).toContainText(tr('accounts:blocked.description'));
  const mac = device.mac.match(/../g)!.join(':').toUpperCase();
  await expect(dialog.getByRole('link', { name: mac })).toHaveAttribute('href', `/devices/${device.id}`);
  await expect(dialog).toContainText(String(device.label));
  await screenshot(page, 'accounts-blocked');
  await dialog.getByRole('button', { name: tr('accounts:blocked.ok') }).click();
  await expect(row).toHaveCount(1);
});

test('the SIP user name follows the extension until the admin types one; left empty, the server uses the extension', async ({ page, request }) => {
  const { ext } = unique();
  await page.goto('/accounts');
  await page.getByRole('button', { name: tr('accounts:new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('accounts:form.createTitle') });
  const extension = dialog.getByLabel(tr('accounts:form.extension'), { exact: true });
  const sipUsername = dialog.getByLabel(tr('accounts:form.sipUsername'), { exact: true });
  await extension.pressSequentially(ext);
  await expect(sipUsername).toHaveValue(ext);
  await sipUsername.fill(`own${ext}`);
  await extension.fill(`${ext}9`);
  await expect(sipUsername).toHaveValue(`own${ext}`);
  // Emptied, it is the extension again (and the server gives an empty one the same default).
  await sipUsername.fill('');
  await extension.fill(ext);
  await expect(sipUsername).toHaveValue(ext);
  await sipUsername.fill('');
  await dialog.getByLabel(tr('accounts:form.sipPassword'), { exact: true }).fill('Default-User-1');
  await dialog.getByRole('button', { name: tr('accounts:form.create') }).click();
  await expect(dialog).toBeHidden();
  const { items } = await apiJson<{ items: { extension: string; sipUsername: string }[] }>(request, 'GET', '/accounts');
  expect(items.find((a) => a.extension === ext)).toMatchObject({ sipUsername: ext });

  // The REST API applies the same default.
  const other = `${unique().ext}1`;
  expect(await apiJson(request, 'POST', '/accounts', { extension: other, sipPassword: 'Default-User-2' }, 201)).toMatchObject({ sipUsername: other });
});

/** The toast is over the sticky header's middle, never over a visible row's action buttons. */
async function expectToastClearOfRowActions(page: Page, message: string) {
  const toast = page.locator('[data-sonner-toast]').filter({ hasText: message });
  await expect(toast).toHaveAttribute('data-mounted', 'true');
  const header = (await page.getByRole('banner').boundingBox())!;
  // Where it rests once the slide-in (400 ms, longer on a busy machine) is over.
  await expect.poll(async () => (await toast.boundingBox())?.y ?? -1, { timeout: 3000 }).toBeGreaterThanOrEqual(header.y);
  const box = (await toast.boundingBox())!;
  expect(box.y + box.height).toBeLessThanOrEqual(header.y + header.height + 1);
  for (const button of await page.getByRole('row').getByRole('button').all()) {
    const b = await button.boundingBox();
    if (!b || b.y + b.height <= header.y + header.height) continue; // hidden under the sticky header
    const overlaps = b.x < box.x + box.width && box.x < b.x + b.width && b.y < box.y + box.height && box.y < b.y + b.height;
    expect(overlaps, `the toast covers ${await button.getAttribute('aria-label')}`).toBe(false);
  }
}

test('toasts do not cover row actions, at 1280 and 390 px', async ({ page, request }) => {
  const account = await factory.account(request);
  const extension = String(account.extension);
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 800 });
    await page.goto(`/accounts?q=${account.sipUsername}`);
    const row = page.getByRole('row').filter({ hasText: account.sipUsername });
    await row.getByRole('button', { name: tr('accounts:edit', { extension }) }).click();
    const edit = page.getByRole('dialog', { name: tr('accounts:form.editTitle', { extension }) });
    await edit.getByLabel(tr('accounts:form.displayName'), { exact: true }).fill(`Toast ${width}`);
    await edit.getByRole('button', { name: tr('accounts:form.save') }).click();
    await expect(edit).toBeHidden();
    await expectToastClearOfRowActions(page, tr('accounts:saved', { extension }));
  }
  await page.setViewportSize({ width: 1280, height: 800 });
});
