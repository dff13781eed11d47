import { unique } from '../support/api';
import { expect, test } from './support/fixtures';
import { escapeRegex, tr } from './support/i18n';

test('an account and a device made in the console give a phone its SIP credentials', async ({ page, request }) => {
  const { ext, tag, mac } = unique();
  const sipUsername = `loop${ext}${tag.slice(-3)}`;
  const sipPassword = `Loop-Pw-${tag}`;

  await page.goto('/accounts');
  await page.getByRole('button', { name: tr('accounts:new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('accounts:form.createTitle') });
  await dialog.getByLabel(tr('accounts:form.extension'), { exact: true }).fill(ext);
  await dialog.getByLabel(tr('accounts:form.sipUsername'), { exact: true }).fill(sipUsername);
  await dialog.getByLabel(tr('accounts:form.sipPassword'), { exact: true }).fill(sipPassword);
  await dialog.getByLabel(tr('accounts:form.displayName'), { exact: true }).fill(`Loop ${ext}`);
  await dialog.getByRole('button', { name: tr('accounts:form.create') }).click();
  await expect(dialog).toBeHidden();

  await page
    .getByRole('navigation', { name: tr('shell.navigation') })
    .getByRole('link', { name: tr('nav.devices'), exact: true })
    .click();
  await page.getByRole('link', { name: tr('devices:new') }).click();
  await page.getByLabel(tr('devices:fields.mac'), { exact: true }).fill(mac);
  await page.getByLabel(tr('devices:fields.brand'), { exact: true }).selectOption({ label: 'Yealink' });
  await page.getByLabel(tr('devices:fields.model'), { exact: true }).selectOption({ label: 'Yealink T4x' });
  await page.getByLabel(tr('devices:lines.search'), { exact: true }).fill(ext);
  await page.getByRole('button', { name: new RegExp(`^${escapeRegex(tr('devices:lines.add', { account: ext }))} `) }).click();
  await page.getByRole('button', { name: tr('devices:create') }).click();

  await expect(page).toHaveURL(/\/devices\/\d+\?created=1$/);
  const fileName = (await page.getByTestId('device-file-name').textContent())!.trim();
  expect(fileName).toBe(`${mac}.cfg`);
  await expect(page.getByText(tr('devices:file.created', { fileName }))).toBeVisible();

  const colons = mac.match(/../g)!.join(':');
  const response = await request.get(`/provisioning/${fileName}`, { headers: { 'User-Agent': `Yealink SIP-T46U 108.86.0.20 ${colons}` } });
  expect(response.status()).toBe(200);
  const body = await response.text();
  expect(body).toContain(sipUsername);
  expect(body).toContain(sipPassword);
});
