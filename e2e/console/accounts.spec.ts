import { factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

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
    tr('validation:account.usernameTaken', { username: existing.sipUsername }),
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
