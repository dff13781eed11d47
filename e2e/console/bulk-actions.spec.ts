import { apiJson, factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { escapeRegex, tr } from './support/i18n';

// Issue 11: bulk actions on the device list: filter, select all matching, change the VLAN with a confirmation that
// counts the files, then disable one picked row.

type ApiDevice = { id: number; label: string; vlanId: number | null; isEnabled: boolean };

test('bulk actions: select all devices matching a filter, change their VLAN, then disable one row', async ({ page, request }) => {
  const { tag } = unique();
  const labels = [1, 2, 3].map((n) => `Bulk ${tag} desk ${n}`);
  for (const label of labels) await factory.device(request, 'Yealink T4x', { label });
  const listed = async () => (await apiJson<{ items: ApiDevice[] }>(request, 'GET', `/devices?q=${encodeURIComponent(`Bulk ${tag}`)}`)).items;

  // Two rows per page: "select all matching" reaches the device on page 2 too.
  await page.goto(`/devices?q=${encodeURIComponent(`Bulk ${tag}`)}&pageSize=2`);
  await expect(page.getByRole('row').filter({ hasText: `Bulk ${tag}` })).toHaveCount(2);
  await page.getByRole('checkbox', { name: tr('devices:bulk.selectPage') }).check();
  const bar = page.getByRole('region', { name: tr('devices:bulk.region') });
  await expect(bar.getByText(tr('devices:bulk.selected', { count: 2 }))).toBeVisible();
  await bar.getByRole('button', { name: tr('devices:bulk.selectAllMatching', { count: 3 }) }).click();
  await expect(bar.getByText(tr('devices:bulk.allMatchingSelected', { count: 3 }))).toBeVisible();

  await bar.getByRole('button', { name: tr('devices:bulk.actions.setting') }).click();
  const form = page.getByRole('dialog', { name: tr('devices:bulk.form.settingTitle', { count: 3 }) });
  await form.getByLabel(tr('devices:bulk.form.setting'), { exact: true }).selectOption('vlan');
  // A bad VLAN is refused next to its field; nothing is asked to confirm yet.
  await form.getByLabel(tr('devices:fields.vlanId'), { exact: true }).fill('5000');
  await form.getByRole('button', { name: tr('devices:bulk.form.review') }).click();
  await expect(form.getByText(tr('validation:vlan.invalid'))).toBeVisible();
  await form.getByLabel(tr('devices:fields.vlanId'), { exact: true }).fill('42');
  await form.getByRole('button', { name: tr('devices:bulk.form.review') }).click();

  const confirm = page.getByRole('alertdialog', { name: tr('devices:bulk.titles.vlan') });
  await expect(confirm.getByText(tr('devices:bulk.confirm.affected', { count: 3 }))).toBeVisible();
  await expect(confirm.getByText(tr('devices:bulk.confirm.files', { count: 3 }))).toBeVisible();
  await expect(confirm.getByText(tr('devices:bulk.confirm.changed', { count: 3 }))).toBeVisible();
  await screenshot(page, 'devices-bulk-confirm');
  // The preview wrote nothing.
  expect((await listed()).map((d) => d.vlanId)).toEqual([null, null, null]);
  await confirm.getByRole('button', { name: tr('devices:bulk.confirm.apply', { count: 3 }) }).click();
  await expect(page.getByText(tr('devices:bulk.done', { count: 3, files: 3 }))).toBeVisible();
  expect((await listed()).map((d) => d.vlanId)).toEqual([42, 42, 42]);
  await expect(bar).toBeHidden();

  // One picked row: disabled, its file removed; the list refreshes.
  const rowBox = new RegExp(`^${escapeRegex(tr('devices:bulk.selectRow', { mac: 'MAC' })).replace('MAC', '[0-9A-F:]{17}')}$`);
  await page.getByRole('checkbox', { name: rowBox }).first().check();
  await expect(bar.getByText(tr('devices:bulk.selected', { count: 1 }))).toBeVisible();
  await bar.getByRole('button', { name: tr('devices:bulk.actions.disable'), exact: true }).click();
  const disable = page.getByRole('alertdialog', { name: tr('devices:bulk.titles.disable') });
  await expect(disable.getByText(tr('devices:bulk.confirm.files', { count: 1 }))).toBeVisible();
  await expect(disable.getByText(tr('devices:bulk.confirm.removed', { count: 1 }))).toBeVisible();
  await disable.getByRole('button', { name: tr('devices:bulk.confirm.apply', { count: 1 }) }).click();
  await expect(page.getByText(tr('devices:bulk.done', { count: 1, files: 1 }))).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: tr('devices:table.disabled') })).toHaveCount(1);
  expect((await listed()).filter((d) => !d.isEnabled)).toHaveLength(1);
});
