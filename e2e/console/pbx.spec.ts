import { apiJson, AUTH, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

test('PBX settings are saved and shown again after a reload', async ({ page }) => {
  await page.goto('/settings/pbx');
  const ntp = page.getByLabel(tr('pbx:settings.ntpServer'), { exact: true });
  const original = await ntp.inputValue();
  const port = page.getByLabel(tr('pbx:settings.sipUdpPort'), { exact: true });
  await port.fill('70000');
  await page.getByRole('button', { name: tr('pbx:settings.save') }).click();
  await expect(port).toHaveAccessibleDescription(tr('validation:port.invalid'));
  await port.fill('5060');

  await ntp.fill('ntp.e2e.example');
  await page.getByLabel(tr('pbx:settings.pnpAnswerUnknown'), { exact: true }).check();
  await page.getByRole('button', { name: tr('pbx:settings.save') }).click();
  await expect(page.getByText(tr('pbx:settings.saved'))).toBeVisible();
  await page.reload();
  await expect(page.getByLabel(tr('pbx:settings.ntpServer'), { exact: true })).toHaveValue('ntp.e2e.example');
  await expect(page.getByLabel(tr('pbx:settings.pnpAnswerUnknown'), { exact: true })).toBeChecked();
  await screenshot(page, 'pbx');

  await page.getByLabel(tr('pbx:settings.ntpServer'), { exact: true }).fill(original);
  await page.getByLabel(tr('pbx:settings.pnpAnswerUnknown'), { exact: true }).uncheck();
  await page.getByRole('button', { name: tr('pbx:settings.save') }).click();
  await expect(page.getByText(tr('pbx:settings.saved'))).toHaveCount(1);
});

test('network interfaces: add, edit, delete', async ({ page }) => {
  const name = `vlan${unique().tag.slice(-5)}`;
  await page.goto('/settings/pbx');
  await page.getByRole('button', { name: tr('pbx:interfaces.add') }).click();
  const dialog = page.getByRole('dialog', { name: tr('pbx:interfaces.createTitle') });
  await dialog.getByLabel(tr('pbx:interfaces.name'), { exact: true }).fill(name);
  await dialog.getByLabel(tr('pbx:interfaces.vlanId'), { exact: true }).fill('120');
  await dialog.getByLabel(tr('pbx:interfaces.ipv4Address'), { exact: true }).fill('10.0.120');
  await dialog.getByRole('button', { name: tr('pbx:interfaces.create') }).click();
  await expect(dialog.getByLabel(tr('pbx:interfaces.ipv4Address'), { exact: true })).toHaveAccessibleDescription(tr('validation:ipv4.invalid'));
  await dialog.getByLabel(tr('pbx:interfaces.ipv4Address'), { exact: true }).fill('10.0.120.1');
  await dialog.getByRole('button', { name: tr('pbx:interfaces.create') }).click();
  await expect(dialog).toBeHidden();
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('120');
  await expect(row).toContainText('10.0.120.1');

  await row.getByRole('button', { name: tr('pbx:interfaces.edit', { name }) }).click();
  const edit = page.getByRole('dialog', { name: tr('pbx:interfaces.editTitle', { name }) });
  await edit.getByLabel(tr('pbx:interfaces.vlanId'), { exact: true }).fill('');
  await edit.getByRole('button', { name: tr('pbx:interfaces.save') }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText(tr('pbx:interfaces.untagged'));

  await row.getByRole('button', { name: tr('pbx:interfaces.deleteButton', { name }) }).click();
  await page
    .getByRole('alertdialog')
    .getByRole('button', { name: tr('pbx:interfaces.deleteConfirm') })
    .click();
  await expect(row).toHaveCount(0);
});

test('an interface a placeholder uses is refused before any confirmation, naming the placeholders; the server refuses too', async ({ page, request }) => {
  const { tag } = unique();
  const name = `voice${tag.slice(-5)}`;
  const iface = await apiJson<{ id: number }>(request, 'POST', '/network-interfaces', { name, vlanId: 20, ipv4Address: '10.20.0.1' }, 201);
  const placeholder = `VOICE_IP_${tag.slice(-6)}`;
  await apiJson(request, 'POST', '/placeholders', { name: placeholder, kind: 'dynamic', interfaceId: iface.id }, 201);
  await page.goto('/settings/pbx');
  const row = page.getByRole('row').filter({ hasText: name });
  await row.getByRole('button', { name: tr('pbx:interfaces.deleteButton', { name }) }).click();
  // No "are you sure?" first: the notice says why and what uses it.
  const blocked = page.getByRole('alertdialog', { name: tr('pbx:interfaces.blockedTitle', { name }) });
  await expect(blocked).toContainText(tr('pbx:interfaces.blockedDescription', { count: 1 }));
  await expect(blocked.getByRole('list', { name: tr('pbx:interfaces.blockedBy') }).getByRole('listitem')).toHaveText([`%%_${placeholder}%%`]);
  await expect(blocked.getByRole('button', { name: tr('pbx:interfaces.deleteConfirm') })).toHaveCount(0);
  await blocked.getByRole('button', { name: tr('pbx:interfaces.ok') }).click();
  await expect(row).toHaveCount(1);
  const refused = await request.fetch(`/api/v1/network-interfaces/${iface.id}`, { method: 'DELETE', headers: AUTH });
  expect(refused.status()).toBe(409);
});

test('an interface that became used after the page loaded: the server refuses the confirmed delete and the dialog names the placeholder', async ({
  page,
  request,
}) => {
  const { tag } = unique();
  const name = `late${tag.slice(-5)}`;
  const iface = await apiJson<{ id: number }>(request, 'POST', '/network-interfaces', { name, ipv4Address: '10.21.0.1' }, 201);
  await page.goto('/settings/pbx');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toHaveCount(1);
  const placeholder = `LATE_IP_${tag.slice(-6)}`;
  await apiJson(request, 'POST', '/placeholders', { name: placeholder, kind: 'dynamic', interfaceId: iface.id }, 201);
  await row.getByRole('button', { name: tr('pbx:interfaces.deleteButton', { name }) }).click();
  await page
    .getByRole('alertdialog', { name: tr('pbx:interfaces.deleteTitle', { name }) })
    .getByRole('button', { name: tr('pbx:interfaces.deleteConfirm') })
    .click();
  const blocked = page.getByRole('alertdialog', { name: tr('pbx:interfaces.blockedTitle', { name }) });
  await expect(blocked.getByRole('listitem')).toHaveText([`%%_${placeholder}%%`]);
  await blocked.getByRole('button', { name: tr('pbx:interfaces.ok') }).click();
  await expect(row).toHaveCount(1);
});
