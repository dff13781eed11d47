import { apiJson, factory } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

test('"Explain this file" shows each line of the file with where its values come from, secrets masked', async ({ page, request }) => {
  const { device, account } = await factory.device(request, 'Yealink T4x');
  await page.goto(`/devices/${device.id}`);
  await page.getByRole('link', { name: tr('devices:explain.link') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('devices:explain.title', { fileName: device.file!.fileName }) })).toBeVisible();
  const userLine = page.getByRole('row').filter({ hasText: `account.1.user_name = ${account.sipUsername}` });
  await expect(userLine).toContainText(tr('devices:explain.sources.account', { line: 1, extension: String(account.extension) }));
  await expect(userLine).toContainText('%%ACCOUNT1_SIP_USERNAME%%');
  await expect(page.getByRole('row').filter({ hasText: 'account.1.password = ••••••••' })).toBeVisible();
  expect(await page.content()).not.toContain(`pw-${account.sipUsername}-S3cret`);
  await screenshot(page, 'device-explain');

  const api = await apiJson<{ fileName: string; lines: Array<{ text: string; sources: Array<{ kind: string; placeholder: string }> }> }>(
    request,
    'GET',
    `/devices/${device.id}/explain`,
  );
  expect(api.fileName).toBe(device.file!.fileName);
  expect(api.lines.find((l) => l.text.startsWith('account.1.user_name'))?.sources).toEqual([
    expect.objectContaining({ kind: 'account', placeholder: 'ACCOUNT1_SIP_USERNAME' }),
  ]);
  expect(JSON.stringify(api)).not.toContain(`pw-${account.sipUsername}-S3cret`);
});
