import { unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

const colons = (mac: string) => mac.match(/../g)!.join(':');

/** What a phone nobody configured does: ask for its file, saying who it is. */
async function unknownPhoneAsks(request: import('@playwright/test').APIRequestContext, mac: string) {
  const response = await request.get(`/provisioning/${mac}.cfg`, { headers: { 'User-Agent': `Yealink SIP-T46U 108.86.0.20 ${colons(mac)}` } });
  expect(response.status()).toBe(404);
}

test('a phone asking for a file nobody owns is listed, and a device can be created from it', async ({ page, request }) => {
  const { mac } = unique();
  const shown = colons(mac).toUpperCase();
  await unknownPhoneAsks(request, mac);
  await unknownPhoneAsks(request, mac);

  await page.goto('/unknown-devices');
  const row = page.getByRole('row').filter({ hasText: shown });
  // The fetch log is written in batches (every 200 ms): reload until the row is there.
  await expect(async () => {
    await page.reload();
    await expect(row).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });
  await expect(row).toContainText('Yealink T46U');
  await expect(row).toContainText(`${mac}.cfg`);
  await expect(row).toContainText(tr('unknown:channels.http'));
  await expect(row).toContainText(tr('unknown:table.requests_other', { formatted: 2 }));
  await screenshot(page, 'unknown-devices');

  await row.getByRole('link', { name: tr('unknown:create', { mac: shown }) }).click();
  await expect(page).toHaveURL(new RegExp(`/devices/new\\?mac=${mac}$`));
  await expect(page.getByLabel(tr('devices:fields.mac'), { exact: true })).toHaveValue(shown);
});

test('an unknown device can be dismissed', async ({ page, request }) => {
  const { mac } = unique();
  const shown = colons(mac).toUpperCase();
  await unknownPhoneAsks(request, mac);
  await page.goto('/unknown-devices');
  await page.getByLabel(tr('unknown:search'), { exact: true }).fill(shown);
  const row = page.getByRole('row').filter({ hasText: shown });
  await expect(async () => {
    await page.reload();
    await expect(row).toHaveCount(1, { timeout: 1000 });
  }).toPass({ timeout: 10_000 });

  await row.getByRole('button', { name: tr('unknown:dismiss.button', { mac: shown }) }).click();
  await page
    .getByRole('alertdialog', { name: tr('unknown:dismiss.title', { mac: shown }) })
    .getByRole('button', { name: tr('unknown:dismiss.confirm') })
    .click();
  await expect(row).toHaveCount(0);
  await page.reload();
  await expect(page.getByText(shown)).toHaveCount(0);
});
