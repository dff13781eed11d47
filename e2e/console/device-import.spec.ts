import { AUTH, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

// Issue 11: CSV import from the device list: the dry run with good and bad rows, the apply with its progress bar, the report.

const colons = (mac: string) => mac.match(/../g)!.join(':').toUpperCase();

test('import devices from CSV: dry run with mixed rows, then apply the valid ones', async ({ page, request }) => {
  const good = unique();
  const second = unique();
  const bad = unique();
  const csv = [
    'mac;model;label;line1;line1_sip_password;line1_display_name',
    `${colons(good.mac)};Yealink T4x;Import ${good.tag};${good.ext};Pw-${good.ext}-e2e;Imported ${good.ext}`,
    `${second.mac.toUpperCase()};Yealink T5x;Import ${second.tag};;;`,
    `${bad.mac};No such model;Bad ${bad.tag};;;`,
  ].join('\r\n');

  await page.goto('/devices');
  await page.getByRole('button', { name: tr('devices:import.button') }).click();
  const dialog = page.getByRole('dialog', { name: tr('devices:import.title') });
  await expect(dialog.getByRole('link', { name: tr('devices:import.template') })).toHaveAttribute('href', '/api/console/devices/import-template');
  await dialog.getByLabel(tr('devices:import.file')).setInputFiles({ name: 'devices.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${csv}`) });

  await expect(dialog.getByText(tr('devices:import.counts.create', { count: 2 }))).toBeVisible();
  await expect(dialog.getByText(tr('devices:import.counts.error', { count: 1 }))).toBeVisible();
  await expect(dialog.getByText(tr('validation:import.modelUnknown', { name: 'No such model' }))).toBeVisible();
  await expect(dialog.getByText(tr('devices:import.newAccounts', { extensions: good.ext }))).toBeVisible();
  await screenshot(page, 'device-import-dry-run');
  // Dry run only: nothing exists yet.
  expect((await (await request.get(`/api/v1/devices?q=${good.mac}`, { headers: AUTH })).json()).total).toBe(0);

  // All or nothing refuses a file with an error: the apply button stays disabled.
  await dialog.getByLabel(tr('devices:import.modes.all-or-nothing')).check();
  await expect(dialog.getByRole('button', { name: tr('devices:import.apply', { count: 2 }) })).toBeDisabled();
  await dialog.getByLabel(tr('devices:import.modes.valid')).check();
  await dialog.getByRole('button', { name: tr('devices:import.apply', { count: 2 }) }).click();
  await expect(dialog.getByText(tr('devices:import.applied', { created: 2, updated: 0 }))).toBeVisible();

  const created = (await (await request.get(`/api/v1/devices?q=${good.mac}`, { headers: AUTH })).json()) as { items: { label: string }[] };
  expect(created.items.map((d) => d.label)).toEqual([`Import ${good.tag}`]);
  expect((await (await request.get(`/api/v1/devices?q=${bad.mac}`, { headers: AUTH })).json()).total).toBe(0);
  await page.keyboard.press('Escape');
  await page.goto(`/devices?q=${good.mac}`);
  await expect(page.getByText(`Import ${good.tag}`)).toBeVisible();

  // The same file again: the two devices are unchanged, the bad row still an error.
  await page.getByRole('button', { name: tr('devices:import.button') }).click();
  await dialog.getByLabel(tr('devices:import.file')).setInputFiles({ name: 'devices.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByText(tr('devices:import.counts.unchanged', { count: 2 }))).toBeVisible();
});

test('the import progress bar shows while a file is applied', async ({ page }) => {
  const rows = Array.from({ length: 300 }, () => unique()).map((u) => `${u.mac},Yealink T4x,Bulk ${u.tag}`);
  await page.goto('/devices');
  await page.getByRole('button', { name: tr('devices:import.button') }).click();
  const dialog = page.getByRole('dialog', { name: tr('devices:import.title') });
  await dialog
    .getByLabel(tr('devices:import.file'))
    .setInputFiles({ name: 'bulk.csv', mimeType: 'text/csv', buffer: Buffer.from(['mac,model,label', ...rows].join('\n')) });
  await expect(dialog.getByText(tr('devices:import.counts.create', { count: 300 }))).toBeVisible();
  await dialog.getByRole('button', { name: tr('devices:import.apply', { count: 300 }) }).click();
  await expect(dialog.getByRole('progressbar', { name: tr('devices:import.progress') })).toBeVisible();
  await expect(dialog.getByText(tr('devices:import.applied', { created: 300, updated: 0 }))).toBeVisible({ timeout: 30_000 });
});
