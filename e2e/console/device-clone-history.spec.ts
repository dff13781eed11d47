import type { APIRequestContext } from '@playwright/test';
import { apiJson, factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr, trRegex } from './support/i18n';

// Issue 11: clone a device from its page; the device page's fetch history; "create device" from an unknown device guesses the model.

const colons = (mac: string) => mac.match(/../g)!.join(':').toUpperCase();
const yealinkAgent = (mac: string) => `Yealink SIP-T46U 108.86.0.20 ${colons(mac).toLowerCase()}`;

async function ask(request: APIRequestContext, fileName: string, mac: string, status: number) {
  const response = await request.get(`/provisioning/${fileName}`, { headers: { 'User-Agent': yealinkAgent(mac) } });
  expect(response.status()).toBe(status);
}

test('a device is cloned from its page: a taken MAC is refused under the field, then the copy opens with the same settings', async ({ page, request }) => {
  const { device, account, model } = await factory.device(request, 'Yealink T4x', { label: `Desk ${unique().tag}`, vlanId: 42 });
  const { mac } = unique();
  await page.goto(`/devices/${device.id}`);
  await page.getByRole('button', { name: tr('devices:clone.button') }).click();
  const dialog = page.getByRole('dialog', { name: tr('devices:clone.title', { mac: colons(device.mac) }) });
  const macField = dialog.getByLabel(tr('devices:clone.mac'), { exact: true });
  await expect(dialog.getByLabel(tr('devices:clone.label'), { exact: true })).toHaveValue(String(device.label));

  await macField.fill(colons(device.mac));
  await dialog.getByRole('button', { name: tr('devices:clone.confirm') }).click();
  await expect(macField).toHaveAccessibleDescription(trRegex('validation:device.macTaken', { mac: device.mac, holder: String(device.label) }));
  await macField.fill('00:15:65:zz:00:01');
  await dialog.getByRole('button', { name: tr('devices:clone.confirm') }).click();
  await expect(macField).toHaveAccessibleDescription(trRegex('validation:mac.invalid'));

  await macField.fill(colons(mac));
  await dialog.getByLabel(tr('devices:clone.label'), { exact: true }).fill(`Copy ${mac}`);
  await screenshot(page, 'device-clone');
  await dialog.getByRole('button', { name: tr('devices:clone.confirm') }).click();

  // The copy's page opens (another id than the original's).
  await expect(page).not.toHaveURL(new RegExp(`/devices/${device.id}$`));
  await expect(page).toHaveURL(/\/devices\/\d+$/);
  await expect(page.getByText(tr('devices:clone.done', { mac: colons(mac) }))).toBeVisible();
  await expect(page.getByLabel(tr('devices:fields.mac'), { exact: true })).toHaveValue(colons(mac));
  await expect(page.getByLabel(tr('devices:fields.label'), { exact: true })).toHaveValue(`Copy ${mac}`);
  await expect(page.getByLabel(tr('devices:fields.model'), { exact: true })).toHaveValue(String(model.id));
  await expect(page.getByTestId('device-file-name')).toHaveText(`${mac}.cfg`);

  const copyId = Number(page.url().match(/\/devices\/(\d+)$/)![1]);
  const copy = await apiJson(request, 'GET', `/devices/${copyId}`, undefined, 200);
  expect(copy).toMatchObject({ mac, templateId: device.templateId, lines: [account.id], vlanId: 42 });
});

test("a fetch of the device's file shows in its history, with the phone's details and its sync state", async ({ page, request }) => {
  const { device } = await factory.device(request);
  const fileName = device.file!.fileName;
  await page.goto(`/devices/${device.id}`);
  await expect(page.getByText(tr('devices:history.never'))).toBeVisible();

  await ask(request, fileName, device.mac, 200);
  const table = page.getByTestId('device-fetches');
  // The fetch log is written in batches (every 200 ms): reload until the fetch is there.
  await expect(async () => {
    await page.reload();
    await expect(table.getByRole('row').filter({ hasText: fileName })).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  const row = table.getByRole('row').filter({ hasText: fileName });
  await expect(row).toContainText(tr('devices:history.ownFile'));
  await expect(row).toContainText('200');
  await expect(row).toContainText(tr('devices:history.channels.http'));
  const last = page.getByTestId('device-last-fetch');
  await expect(last).toContainText(yealinkAgent(device.mac));
  await expect(last).toContainText(tr('devices:sync.inSync'));
  await expect(page.getByTestId('device-missed-names')).toHaveCount(0);
  await screenshot(page, 'device-fetch-history');
});

test('a 404 from the phone under a name Provisio does not generate shows the hint about the file-name rule', async ({ page, request }) => {
  const { device } = await factory.device(request);
  const wrongName = `cfg${device.mac}.xml`;
  await ask(request, wrongName, device.mac, 404);
  await ask(request, wrongName, device.mac, 404);

  await page.goto(`/devices/${device.id}`);
  const note = page.getByTestId('device-missed-names');
  await expect(async () => {
    await page.reload();
    await expect(note).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(note).toContainText(tr('devices:history.missed.hint', { fileName: device.file!.fileName }));
  await expect(note).toContainText(wrongName);
  await expect(note).toContainText(tr('devices:history.missed.requests_other', { formatted: 2, when: '|' }).split('|')[0]);
  await expect(page.getByTestId('device-fetches').getByRole('row').filter({ hasText: wrongName })).toHaveCount(2);
});

test('"create device" from an unknown device pre-fills the model (and its template) its User-Agent told', async ({ page, request }) => {
  const { model } = await factory.model(request, 'Yealink T4x');
  const { mac } = unique();
  await ask(request, `${mac}.cfg`, mac, 404);
  const modelField = page.getByLabel(tr('devices:fields.model'), { exact: true });
  await expect(async () => {
    await page.goto(`/devices/new?mac=${mac}`);
    await expect(modelField).toHaveValue(String(model.id), { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(page.getByLabel(tr('devices:fields.template'), { exact: true })).not.toHaveValue('');
  await expect(page.getByLabel(tr('devices:fields.mac'), { exact: true })).toHaveValue(colons(mac));
});
