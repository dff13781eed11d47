import type { Page } from '@playwright/test';
import { factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { escapeRegex, tr, trRegex } from './support/i18n';

const colons = (mac: string) => mac.match(/../g)!.join(':').toUpperCase();

async function chooseYealinkT4x(page: Page) {
  await page.getByLabel(tr('devices:fields.brand'), { exact: true }).selectOption({ label: 'Yealink' });
  await page.getByLabel(tr('devices:fields.model'), { exact: true }).selectOption({ label: 'Yealink T4x' });
  await expect(page.getByLabel(tr('devices:fields.template'), { exact: true })).not.toHaveValue('');
}

async function addLine(page: Page, extension: string) {
  await page.getByLabel(tr('devices:lines.search'), { exact: true }).fill(extension);
  await page.getByRole('button', { name: new RegExp(`^${escapeRegex(tr('devices:lines.add', { account: extension }))}( |$)`) }).click();
}

test('create, edit and delete a device through the form', async ({ page, request }) => {
  const account = await factory.account(request);
  const { mac } = unique();
  await page.goto('/devices');
  await page.getByRole('link', { name: tr('devices:new') }).click();
  await page.getByLabel(tr('devices:fields.mac'), { exact: true }).fill(mac.toUpperCase());
  await page.getByLabel(tr('devices:fields.label'), { exact: true }).fill(`Desk ${mac}`);
  await chooseYealinkT4x(page);
  await addLine(page, String(account.extension));
  await expect(page.getByText(tr('devices:lines.line', { n: 1 }), { exact: true })).toBeVisible();
  await page.getByLabel(tr('devices:fields.networkMode'), { exact: true }).selectOption('static');
  await page.getByLabel(tr('devices:fields.ipAddress'), { exact: true }).fill('192.168.10.50');
  await page.getByLabel(tr('devices:fields.netmask'), { exact: true }).fill('255.255.255.0');
  await page.getByLabel(tr('devices:fields.gateway'), { exact: true }).fill('192.168.10.1');
  await screenshot(page, 'device-form');
  await page.getByRole('button', { name: tr('devices:create') }).click();

  await expect(page).toHaveURL(/\/devices\/\d+\?created=1$/);
  await expect(page.getByText(tr('devices:file.created', { fileName: `${mac}.cfg` }))).toBeVisible();
  // No admin password was typed: a random one was generated and is shown once.
  const generated = new RegExp(escapeRegex(tr('devices:generatedAdminPassword', { password: 'PASSWORD' })).replace('PASSWORD', '[A-Za-z0-9_-]{16}'));
  await expect(page.getByText(generated)).toBeVisible();
  await expect(page.getByRole('link', { name: tr('devices:file.view') })).toHaveAttribute('href', /^\/files\/\d+$/);
  await expect(page.getByLabel(tr('devices:fields.mac'), { exact: true })).toHaveValue(colons(mac));
  await expect(page.getByLabel(tr('devices:fields.adminPassword'), { exact: true })).toHaveValue('');
  await screenshot(page, 'device-edit');

  await page.getByLabel(tr('devices:fields.label'), { exact: true }).fill(`Reception ${mac}`);
  await page.getByLabel(tr('devices:fields.networkMode'), { exact: true }).selectOption('dhcp');
  await page.getByRole('button', { name: tr('devices:save') }).click();
  await expect(page.getByText(tr('devices:saved', { fileName: `${mac}.cfg` }))).toBeVisible();

  await page.goto(`/devices?q=${colons(mac)}`);
  const row = page.getByRole('row').filter({ hasText: colons(mac) });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(`Reception ${mac}`);
  await expect(row).toContainText('Yealink T4x');
  await expect(row).toContainText(String(account.extension));
  await expect(row.getByRole('link', { name: `${mac}.cfg` })).toBeVisible();
  await screenshot(page, 'devices');
  await page.setViewportSize({ width: 800, height: 900 });
  await expect(page.getByRole('button', { name: tr('shell.openMenu') })).toBeVisible();
  await screenshot(page, 'devices-tablet');
  await page.setViewportSize({ width: 1280, height: 800 });

  await row.getByRole('link', { name: colons(mac) }).click();
  await page.getByRole('button', { name: tr('devices:delete.button') }).click();
  const dialog = page.getByRole('alertdialog', { name: tr('devices:delete.title', { mac: colons(mac) }) });
  await expect(dialog.getByRole('button', { name: tr('ui.cancel') })).toBeFocused();
  await dialog.getByRole('button', { name: tr('devices:delete.confirm') }).click();
  await expect(page).toHaveURL(/\/devices$/);
  await expect(page.getByText(tr('devices:delete.done', { mac: colons(mac) }))).toBeVisible();
  await page.goto(`/devices?q=${mac}`);
  await expect(page.getByText(tr('devices:empty.filteredTitle'))).toBeVisible();
});

test('an invalid MAC and an incomplete static address are reported under their fields', async ({ page }) => {
  await page.goto('/devices/new');
  const mac = page.getByLabel(tr('devices:fields.mac'), { exact: true });
  await mac.fill('00:15:65:zz:00:01');
  await chooseYealinkT4x(page);
  await page.getByRole('button', { name: tr('devices:create') }).click();
  await expect(mac).toHaveAccessibleDescription(trRegex('validation:mac.invalid'));
  await expect(mac).toHaveAttribute('aria-invalid', 'true');

  await mac.fill(unique().mac);
  await page.getByLabel(tr('devices:fields.networkMode'), { exact: true }).selectOption('static');
  await page.getByLabel(tr('devices:fields.ipAddress'), { exact: true }).fill('192.168.1.20');
  await page.getByRole('button', { name: tr('devices:create') }).click();
  await expect(mac).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel(tr('devices:fields.ipAddress'), { exact: true })).toHaveAccessibleDescription(trRegex('validation:network.staticIncomplete'));
  await expect(page).toHaveURL(/\/devices\/new$/);
});

test('a duplicate MAC is refused under the MAC field, naming the device that has it', async ({ page, request }) => {
  const { device } = await factory.device(request, 'Yealink T4x', { label: `Holder ${unique().tag}` });
  await page.goto('/devices/new');
  await page.getByLabel(tr('devices:fields.mac'), { exact: true }).fill(colons(device.mac));
  await chooseYealinkT4x(page);
  await page.getByRole('button', { name: tr('devices:create') }).click();
  await expect(page.getByLabel(tr('devices:fields.mac'), { exact: true })).toHaveAccessibleDescription(
    trRegex('validation:device.macTaken', { mac: device.mac, holder: String(device.label) }),
  );
  await expect(page).toHaveURL(/\/devices\/new$/);
});

test('"create device from unknown device" pre-fills the MAC and the model from the URL', async ({ page, request }) => {
  const { model } = await factory.model(request, 'Yealink T4x');
  const { mac } = unique();
  await page.goto(`/devices/new?mac=${mac}&model=${model.id}`);
  await expect(page.getByLabel(tr('devices:fields.mac'), { exact: true })).toHaveValue(colons(mac));
  await expect(page.getByLabel(tr('devices:fields.brand'), { exact: true })).toHaveValue(/\d+/);
  await expect(page.getByLabel(tr('devices:fields.model'), { exact: true })).toHaveValue(String(model.id));
  await expect(page.getByLabel(tr('devices:fields.template'), { exact: true })).not.toHaveValue('');
});

test('lines keep their order and can be moved', async ({ page, request }) => {
  const first = await factory.account(request);
  const second = await factory.account(request);
  const { mac } = unique();
  await page.goto('/devices/new');
  await page.getByLabel(tr('devices:fields.mac'), { exact: true }).fill(mac);
  await chooseYealinkT4x(page);
  await addLine(page, String(first.extension));
  await addLine(page, String(second.extension));
  await page.getByRole('button', { name: tr('devices:lines.moveUp', { n: 2 }) }).click();
  await page.getByRole('button', { name: tr('devices:create') }).click();
  await expect(page).toHaveURL(/\/devices\/\d+\?created=1$/);
  const lines = page.getByRole('listitem').filter({ has: page.getByText(tr('devices:lines.line', { n: 1 }), { exact: true }) });
  await expect(lines).toContainText(String(second.extension));
});
