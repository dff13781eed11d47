import fs from 'node:fs';
import { apiJson, factory } from '../support/api';
import { E2E } from '../support/e2e-env.mjs';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

const MASK = '••••••••';

test("a device's file: listed, masked then revealed, downloaded in clear, with its exact URLs", async ({ page, request, playwright }) => {
  const { device, account } = await factory.device(request, 'Yealink T4x');
  const stored = await apiJson<{ sipPassword: string }>(request, 'GET', `/accounts/${account.id}?reveal=secrets`);
  const sipPassword = stored.sipPassword;
  const fileName = device.file!.fileName;

  await page.goto('/files');
  await page.getByLabel(tr('files:search'), { exact: true }).fill(fileName);
  await expect(page).toHaveURL(new RegExp(`/files\\?q=${fileName.replace('.', '\\.')}$`));
  const row = page.getByRole('row').filter({ hasText: fileName });
  await expect(row).toHaveCount(1);
  await expect(page.getByRole('table').getByRole('row')).toHaveCount(2); // the header and this file only
  await expect(row.getByRole('link', { name: device.mac.match(/../g)!.join(':').toUpperCase() })).toHaveAttribute('href', `/devices/${device.id}`);
  await screenshot(page, 'files');
  await row.getByRole('link', { name: fileName }).click();

  await expect(page.getByRole('heading', { level: 1, name: fileName })).toBeVisible();
  const body = page.getByTestId('file-body');
  await expect(body).toContainText(MASK);
  await expect(body).not.toContainText(sipPassword);
  await expect(body).not.toContainText('Adm1n-e2e');
  expect(await page.content()).not.toContain(sipPassword);

  const http = `http://127.0.0.1:${E2E.httpPort}/provisioning/${fileName}`;
  const https = `https://127.0.0.1:${E2E.httpsPort}/provisioning/${fileName}`;
  const tftp = `tftp://127.0.0.1:${E2E.tftpPort}/${fileName}`;
  for (const [channel, url] of [
    ['HTTP', http],
    ['HTTPS', https],
    ['TFTP', tftp],
  ]) {
    await expect(page.getByRole('button', { name: tr('files:copy.url', { channel }), exact: true })).toHaveAttribute('data-copy-value', url);
    await expect(page.getByText(url, { exact: true })).toBeVisible();
  }
  await screenshot(page, 'file');

  await page.getByRole('button', { name: tr('files:viewer.reveal') }).click();
  await expect(body).toContainText(sipPassword);
  await expect(body).toContainText('Adm1n-e2e');
  await expect(body).not.toContainText(MASK);
  await page.getByRole('button', { name: tr('files:viewer.hide') }).click();
  await expect(body).toContainText(MASK);
  await expect(body).not.toContainText(sipPassword);

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: tr('files:viewer.download') }).click()]);
  expect(download.suggestedFilename()).toBe(fileName);
  const downloaded = fs.readFileSync((await download.path())!, 'utf8');
  expect(downloaded).toContain(sipPassword);
  // Exactly what a phone gets.
  const served = await request.get(`/provisioning/${fileName}`);
  expect(downloaded).toBe(await served.text());

  // The download is for signed-in admins only.
  const anonymous = await playwright.request.newContext({ baseURL: `http://127.0.0.1:${E2E.httpPort}`, storageState: { cookies: [], origins: [] } });
  const fileId = page.url().split('/').pop();
  const refused = await anonymous.get(`/api/console/files/${fileId}/download`, { maxRedirects: 0 });
  expect(refused.status()).toBe(401);
  expect(await refused.text()).not.toContain(sipPassword);
  await anonymous.dispose();

  await apiJson(request, 'DELETE', `/devices/${device.id}`, undefined, 204);
});

test('an unknown file id is a 404 page', async ({ page }) => {
  const response = await page.goto('/files/999999999');
  expect(response?.status()).toBe(404);
});
