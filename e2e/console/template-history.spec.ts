import type { Page } from '@playwright/test';
import { apiJson, factory, type Made, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

// Issue 11, templates over time: edit a template twice, see the diff and the phone it changed, restore the first version.

const tt = (key: string, params: Record<string, string | number> = {}) => tr(`templates:${key}`, params);

async function saveBody(page: Page, body: string, comment: string) {
  await page.locator('.cm-content').click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(body);
  await page.getByLabel(tt('fields.comment')).fill(comment);
  await page.getByRole('button', { name: tt('save') }).click();
}

test('edit a template twice, compare the versions, see the phone each changed, and restore the first', async ({ page, request }) => {
  const { tag } = unique();
  const name = `History ${tag}`;
  const { model } = await factory.model(request, 'Yealink T4x');
  const template = await apiJson<Made>(
    request,
    'POST',
    '/templates',
    { name, modelId: model.id, format: 'text', body: `e2e = one\nlabel = %%DEVICE_LABEL%%\n`, comment: 'First' },
    201,
  );
  const { device } = await factory.device(request, 'Yealink T4x', { templateId: template.id, label: `Desk ${tag}` });
  const served = async () => (await request.get(`/provisioning/${device.file!.fileName}`)).text();
  const history = page.getByRole('region', { name: tt('history.title') });

  await page.goto(`/templates/${template.id}`);
  await saveBody(page, `e2e = two\nlabel = %%DEVICE_LABEL%%\n`, 'Second');
  await expect(page.getByText(tt('savedDevices_one', { name, count: 1 }))).toBeVisible();
  await saveBody(page, `e2e = three\nlabel = %%DEVICE_LABEL%%\n`, 'Third');
  await expect(history.getByTestId('version-3')).toContainText('Third');
  expect(await served()).toContain('e2e = three');

  await expect(history.getByTestId('version-2')).toContainText('Second');
  await expect(history.getByTestId('version-1')).toContainText('First');
  await expect(history.getByTestId('version-3')).toContainText(tt('history.current'));
  await expect(history.getByTestId('version-3')).toContainText(tt('history.files_one', { count: 1 }));

  // v2 → v3 by default: one line replaced, and the phone whose file changed, linked.
  const diff = history.getByTestId('version-diff');
  await expect(history.getByTestId('diff-summary')).toHaveText(tt('history.diff.summary', { added: 1, removed: 1 }));
  await expect(diff.locator('tr[data-kind="removed"]')).toContainText('e2e = two');
  await expect(diff.locator('tr[data-kind="added"]')).toContainText('e2e = three');
  const mac = device.mac.toUpperCase().match(/../g)!.join(':');
  await expect(history.getByRole('link', { name: mac })).toHaveAttribute('href', `/devices/${device.id}`);

  await history.getByLabel(tt('history.from')).selectOption('1');
  await history.getByLabel(tt('history.layout')).selectOption('split');
  await expect(history.getByRole('heading', { name: tt('history.compareTitle', { from: 1, to: 3 }) })).toBeVisible();
  await expect(diff).toContainText('e2e = one');
  await expect(diff).toContainText('e2e = three');
  await screenshot(page, 'template-history');

  // Restore v1: a new version equal to it, and the phone's file follows at once.
  await history.getByRole('button', { name: tt('history.restore', { version: 1 }) }).click();
  await page
    .getByRole('alertdialog', { name: tt('history.restoreTitle', { version: 1 }) })
    .getByRole('button', { name: tt('history.restoreConfirm') })
    .click();
  await expect(page.getByText(tt('history.restored_one', { from: 1, version: 4, count: 1 }))).toBeVisible();
  await expect(history.getByTestId('version-4')).toContainText(tt('history.origins.restoreOf', { version: 1 }));
  expect(await served()).toContain('e2e = one');
  await expect(page.locator('.cm-content')).toContainText('e2e = one');

  const versions = await apiJson<{ items: { number: number; origin: string }[] }>(request, 'GET', `/templates/${template.id}/versions`, undefined, 200);
  expect(versions.items.map((v) => [v.number, v.origin])).toEqual([
    [4, 'restore'],
    [3, 'update'],
    [2, 'update'],
    [1, 'create'],
  ]);
});
