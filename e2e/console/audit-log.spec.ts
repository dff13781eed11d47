import fs from 'node:fs';
import { apiJson, factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

// Issue 10, audit log: a device changed through the API and through the console appears with who did it and what
// changed (a new admin password only as "changed"); the filters narrow the list and the CSV export follows them.

const ta = (key: string, params: Record<string, string | number> = {}) => tr(`audit:${key}`, params);

test('a device lifecycle in the audit log: who, what, the changed fields, filters and the CSV export', async ({ page, request }) => {
  const { tag } = unique();
  const label = `Audit ${tag}`;
  const secret = `Adm1n-${tag}`;
  const { device } = await factory.device(request, 'Yealink T4x', { label });
  await apiJson(request, 'PATCH', `/devices/${device.id}`, { label: `${label} b`, adminPassword: secret }, 200);

  // A change made in the console is recorded under the signed-in user.
  await page.goto(`/devices/${device.id}`);
  await page.getByLabel(tr('devices:fields.label'), { exact: true }).fill(`${label} c`);
  await page.getByRole('button', { name: tr('devices:save') }).click();
  await expect(page.getByText(tr('devices:saved', { fileName: device.file!.fileName }))).toBeVisible();

  await page.goto('/audit-log');
  await expect(page.getByRole('heading', { level: 1, name: ta('title') })).toBeVisible();
  const search = page.getByRole('search', { name: ta('filters.label') });
  await search.getByLabel(ta('filters.entity')).selectOption('device');
  await expect(page).toHaveURL(/\/audit-log\?entity=device/);
  const rows = page.getByRole('row').filter({ hasText: label });
  await expect(rows).toHaveCount(3);
  const [byConsole, byApiUpdate, byApiCreate] = [rows.nth(0), rows.nth(1), rows.nth(2)];
  await expect(byConsole).toContainText('admin');
  await expect(byConsole).toContainText(ta('actorKinds.user'));
  await expect(byConsole).toContainText(`${label} b`);
  await expect(byApiUpdate).toContainText(ta('actorKinds.token'));
  await expect(byApiUpdate).toContainText(ta('actions.update'));
  await expect(byApiUpdate.getByText('adminPassword')).toBeVisible();
  await expect(byApiUpdate).toContainText(ta('changed'));
  await expect(byApiCreate).toContainText(ta('actions.create'));
  expect(await page.content()).not.toContain(secret);
  await screenshot(page, 'audit-log');

  // Who: only the console user's entries are left.
  await search.getByLabel(ta('filters.actor')).selectOption('admin');
  await expect(rows).toHaveCount(1);
  // A date range that ended yesterday holds none of them.
  const yesterday = new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString().slice(0, 10);
  await search.getByLabel(ta('filters.to')).fill(yesterday);
  await expect(page.getByText(ta('empty.filteredTitle'))).toBeVisible();
  await search.getByRole('button', { name: ta('filters.clear') }).click();
  await search.getByLabel(ta('filters.entity')).selectOption('device');
  await expect(rows).toHaveCount(3);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: ta('export') }).click()]);
  expect(download.suggestedFilename()).toMatch(/^audit-log-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = fs.readFileSync((await download.path())!, 'utf8');
  expect(csv.split('\r\n')[0]).toContain(`"${ta('csv.actor')}"`);
  expect(csv.split('\r\n').filter((line) => line.includes(label))).toHaveLength(3);
  expect(csv).toContain(`adminPassword: ${ta('changed')}`);
  expect(csv).not.toContain(secret);
  // The export follows the filters: devices only.
  expect(
    csv
      .split('\r\n')
      .slice(1, -1)
      .every((line) => line.includes(`"${ta('entities.device')}"`)),
  ).toBe(true);
});

test("revealing a file's secrets is recorded with the file and the user, never the secret", async ({ page, request }) => {
  const { device } = await factory.device(request, 'Yealink T4x');
  const fileName = device.file!.fileName;
  await page.goto(`/files?q=${fileName}`);
  await page.getByRole('row').filter({ hasText: fileName }).getByRole('link', { name: fileName }).click();
  await page.getByRole('button', { name: tr('files:viewer.reveal') }).click();
  await expect(page.getByText(tr('files:viewer.revealed'))).toBeVisible();

  await page.goto('/audit-log?entity=file');
  const row = page.getByRole('row').filter({ hasText: fileName });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText(ta('actions.reveal'));
  await expect(row).toContainText('admin');
});

test('the audit log API lists the same entries, read-only', async ({ request }) => {
  const { device } = await factory.device(request, 'Yealink T4x', { label: `Audit API ${unique().tag}` });
  const page = await apiJson<{ items: { entity: string; entityId: number; action: string; actorKind: string }[]; total: number }>(
    request,
    'GET',
    '/audit-log?entity=device&pageSize=5',
    undefined,
    200,
  );
  expect(page.items[0]).toMatchObject({ entity: 'device', entityId: device.id, action: 'create', actorKind: 'token' });
  expect(page.total).toBeGreaterThanOrEqual(1);
  await apiJson(request, 'POST', '/audit-log', { entity: 'device' }, 405);
});
