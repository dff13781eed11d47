import { factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

const colons = (mac: string) => mac.match(/../g)!.join(':').toUpperCase();

test('the dashboard counts devices and lists fetches, never-fetched and unknown devices', async ({ page, request }) => {
  const { device } = await factory.device(request, 'Yealink T4x', { label: `Never ${unique().tag}` });
  const { mac: unknownMac } = unique();
  const fetched = await request.get(`/provisioning/${unknownMac}.cfg`, { headers: { 'User-Agent': `Yealink SIP-T46U 108.86.0.20 ${colons(unknownMac)}` } });
  expect(fetched.status()).toBe(404);

  await expect(async () => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: tr('dashboard:title') })).toBeVisible();
    await expect(page.getByRole('region', { name: tr('dashboard:fetches.title') })).toContainText(`${unknownMac}.cfg`, { timeout: 1_000 });
  }).toPass({ timeout: 10_000 });

  const counts = page.getByRole('list').filter({ hasText: tr('dashboard:counts.neverFetched') });
  for (const key of ['devices', 'enabled', 'neverFetched', 'unknownDevices', 'files']) {
    await expect(counts.getByText(tr(`dashboard:counts.${key}`), { exact: true })).toBeVisible();
  }
  await expect(page.getByRole('region', { name: tr('dashboard:neverFetched.title') }).getByRole('link', { name: colons(device.mac) })).toBeVisible();
  const unknown = page
    .getByRole('region', { name: tr('dashboard:unknown.title') })
    .getByRole('row')
    .filter({ hasText: colons(unknownMac) });
  await expect(unknown).toContainText('Yealink');
  await screenshot(page, 'dashboard');

  await unknown.getByRole('link', { name: tr('dashboard:unknown.create') }).click();
  await expect(page).toHaveURL(new RegExp(`/devices/new\\?mac=${unknownMac}$`));
  await expect(page.getByLabel(tr('devices:fields.mac'), { exact: true })).toHaveValue(colons(unknownMac));
});
