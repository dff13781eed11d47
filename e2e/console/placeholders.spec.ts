import { AUTH, apiJson, factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr, trRegex } from './support/i18n';

const placeholderName = () => `E2E_${unique().tag}`;

test('a static placeholder: bad name and duplicate refused under the field, then create, edit, delete', async ({ page }) => {
  const name = placeholderName();
  const token = `%%_${name}%%`;
  await page.goto('/placeholders');
  await page.getByRole('button', { name: tr('placeholders:new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('placeholders:form.createTitle') });
  const nameInput = dialog.getByLabel(tr('placeholders:form.name'), { exact: true });
  await nameInput.fill('bad name!');
  await dialog.getByLabel(tr('placeholders:form.value'), { exact: true }).fill('first value');
  await dialog.getByRole('button', { name: tr('placeholders:form.create') }).click();
  await expect(nameInput).toHaveAccessibleDescription(trRegex('validation:placeholder.nameInvalid'));

  // %%_NAME%% is accepted as typed and stored as NAME.
  await nameInput.fill(token.toLowerCase());
  await expect(dialog.getByText(tr('placeholders:form.nameWritten', { token }))).toBeVisible();
  await dialog.getByRole('button', { name: tr('placeholders:form.create') }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: token });
  await expect(row).toContainText(tr('placeholders:kinds.static'));
  await expect(row).toContainText('first value');
  await expect(row).toContainText(tr('placeholders:usage.unused'));

  // The same name again, written _NAME: refused under the name field.
  await page.getByRole('button', { name: tr('placeholders:new') }).click();
  await nameInput.fill(`_${name}`);
  await dialog.getByLabel(tr('placeholders:form.value'), { exact: true }).fill('other');
  await dialog.getByRole('button', { name: tr('placeholders:form.create') }).click();
  await expect(nameInput).toHaveAccessibleDescription(trRegex('validation:nameTaken', { name: token }));
  await dialog.getByRole('button', { name: tr('common:ui.cancel') }).click();

  await row.getByRole('button', { name: tr('placeholders:edit', { token }) }).click();
  const edit = page.getByRole('dialog', { name: tr('placeholders:form.editTitle', { token }) });
  const value = edit.getByLabel(tr('placeholders:form.value'), { exact: true });
  await value.fill('');
  await edit.getByRole('button', { name: tr('placeholders:form.save') }).click();
  await expect(value).toHaveAccessibleDescription(trRegex('validation:placeholder.valueRequired'));
  await value.fill('second value');
  await edit.getByRole('button', { name: tr('placeholders:form.save') }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('second value');

  await row.getByRole('button', { name: tr('placeholders:delete.button', { token }) }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: tr('placeholders:delete.confirm') })
    .click();
  await expect(row).toHaveCount(0);
  await expect(page.getByText(tr('placeholders:delete.done', { token }))).toBeVisible();
});

test('a dynamic placeholder takes the IPv4 address of the chosen interface', async ({ page, request }) => {
  const name = placeholderName();
  const token = `%%_${name}%%`;
  const iface = await apiJson<{ id: number; name: string }>(
    request,
    'POST',
    '/network-interfaces',
    { name: `voice${unique().tag.slice(-6)}`, vlanId: 42, ipv4Address: '10.42.0.7' },
    201,
  );
  await page.goto('/placeholders');
  await page.getByRole('button', { name: tr('placeholders:new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('placeholders:form.createTitle') });
  await dialog.getByLabel(tr('placeholders:form.name'), { exact: true }).fill(name);
  await dialog.getByRole('radio', { name: new RegExp(tr('placeholders:kinds.dynamic')) }).check();
  await expect(dialog.getByRole('link', { name: tr('placeholders:form.manageInterfaces') })).toHaveAttribute('href', '/settings/pbx');
  const select = dialog.getByLabel(tr('placeholders:form.interface'), { exact: true });
  await dialog.getByRole('button', { name: tr('placeholders:form.create') }).click();
  await expect(select).toHaveAccessibleDescription(trRegex('validation:placeholder.interfaceRequired'));
  await select.selectOption({ label: tr('placeholders:form.interfaceOptionVlan', { name: iface.name, vlanId: 42, ip: '10.42.0.7' }) });
  await dialog.getByLabel(tr('placeholders:form.descriptionField'), { exact: true }).fill('Voice VLAN address of the PBX');
  await dialog.getByRole('button', { name: tr('placeholders:form.create') }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: token });
  await expect(row).toContainText(tr('placeholders:kinds.dynamic'));
  await expect(row).toContainText(tr('placeholders:source.interface', { name: iface.name }));
  await expect(row).toContainText('10.42.0.7');
  await screenshot(page, 'placeholders');

  await row.getByRole('button', { name: tr('placeholders:delete.button', { token }) }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: tr('placeholders:delete.confirm') })
    .click();
  await expect(row).toHaveCount(0);
  await apiJson(request, 'DELETE', `/network-interfaces/${iface.id}`, undefined, 204);
});

test('a placeholder a template uses cannot be deleted: the dialog names the template', async ({ page, request }) => {
  const name = placeholderName();
  const token = `%%_${name}%%`;
  const placeholder = await apiJson<{ id: number }>(request, 'POST', '/placeholders', { name, kind: 'static', value: 'ring7' }, 201);
  const { model } = await factory.model(request, 'Yealink T4x');
  const templateName = `Uses ${name}`;
  const template = await apiJson<{ id: number }>(
    request,
    'POST',
    '/templates',
    { name: templateName, modelId: model.id, format: 'text', body: `ringtone=${token}\n` },
    201,
  );

  await page.goto('/placeholders');
  const row = page.getByRole('row').filter({ hasText: token });
  await expect(row.getByRole('link', { name: templateName })).toHaveAttribute('href', `/templates/${template.id}`);
  await row.getByRole('button', { name: tr('placeholders:delete.button', { token }) }).click();
  const blocked = page.getByRole('alertdialog', { name: tr('placeholders:blocked.title', { token }) });
  await expect(blocked).toBeVisible();
  await expect(blocked.getByRole('link', { name: templateName })).toBeVisible();
  await screenshot(page, 'placeholders-in-use');
  await blocked.getByRole('button', { name: tr('placeholders:blocked.ok') }).click();
  await expect(row).toHaveCount(1);

  // The server refuses too (a stale page cannot delete it).
  const refused = await request.fetch(`/api/v1/placeholders/${placeholder.id}`, { method: 'DELETE', headers: AUTH });
  expect(refused.status()).toBe(409);
  await apiJson(request, 'DELETE', `/templates/${template.id}`, undefined, 204);
  await apiJson(request, 'DELETE', `/placeholders/${placeholder.id}`, undefined, 204);
});
