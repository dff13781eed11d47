import { createHash } from 'node:crypto';
import type { APIRequestContext } from '@playwright/test';
import { apiJson, factory } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr, trRegex } from './support/i18n';

// Issue 10, phone-fetch protection: the Phone access page (Digest, credentials, allowed networks, field errors in both
// languages), the "How phones find us" card, a fetch with and without credentials, and unblocking an address.

const USER = 'e2e-phones';
const PASSWORD = 'E2e-Prov.secret';
const OFF = { authMode: 'off', username: '', password: '', allowedNetworks: [], firstFetchWindowHours: 0, enumerationThreshold: 30 };

/** Every other spec fetches files without credentials: whatever happens here, phone access ends as it started. */
async function resetPhoneAccess(request: APIRequestContext) {
  await apiJson(request, 'PUT', '/phone-access', OFF, 200);
  const { items } = await apiJson<{ items: { id: number }[] }>(request, 'GET', '/phone-access/blocked', undefined, 200);
  for (const block of items) await apiJson(request, 'DELETE', `/phone-access/blocked/${block.id}`, undefined, 204);
}

/** GET a provisioning file like curl --digest: a bare request, then one answering the SHA-256 challenge. */
async function fetchWithDigest(request: APIRequestContext, path: string) {
  const challenge = await request.get(path);
  expect(challenge.status()).toBe(401);
  const header = challenge.headersArray().find((h) => h.name.toLowerCase() === 'www-authenticate' && h.value.includes('SHA-256'))!.value;
  const nonce = /nonce="([^"]+)"/.exec(header)![1];
  const sha = (text: string) => createHash('sha256').update(text).digest('hex');
  const cnonce = 'e2e0cnonce';
  const response = sha(`${sha(`${USER}:Provisio:${PASSWORD}`)}:${nonce}:00000001:${cnonce}:auth:${sha(`GET:${path}`)}`);
  const authorization = `Digest username="${USER}", realm="Provisio", nonce="${nonce}", uri="${path}", algorithm=SHA-256, qop=auth, nc=00000001, cnonce="${cnonce}", response="${response}"`;
  return request.get(path, { headers: { Authorization: authorization } });
}

test.afterEach(async ({ request }) => resetPhoneAccess(request));

test('Digest with credentials and an allowed network: field errors in both languages, the discovery card, fetches with and without credentials', async ({
  page,
  request,
}) => {
  const { device } = await factory.device(request);
  const path = `/provisioning/${device.file!.fileName}`;
  expect((await request.get(path)).status()).toBe(200);

  await page.goto('/settings/phone-access');
  await expect(page.getByRole('heading', { level: 1, name: tr('pbx:phoneAccess.title') })).toBeVisible();
  await page.getByLabel(tr('pbx:phoneAccess.authMode'), { exact: true }).selectOption('digest');
  await page.getByLabel(tr('pbx:phoneAccess.username'), { exact: true }).fill(USER);
  await page.getByLabel(tr('pbx:phoneAccess.password'), { exact: true }).fill(PASSWORD);
  const networks = page.getByLabel(tr('pbx:phoneAccess.allowedNetworks'), { exact: true });
  await networks.fill('127.0.0.0/8\n10.0.0.0/33');
  await page.getByRole('button', { name: tr('pbx:phoneAccess.save') }).click();
  await expect(networks).toHaveAccessibleDescription(trRegex('validation:phoneAccess.networkInvalid'));
  expect((await apiJson(request, 'GET', '/phone-access')).authMode).toBe('off');

  await page.getByRole('button', { name: tr('language.names.it') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('pbx:phoneAccess.title', {}, 'it') })).toBeVisible();
  await page.getByLabel(tr('pbx:phoneAccess.authMode', {}, 'it'), { exact: true }).selectOption('digest');
  await page.getByLabel(tr('pbx:phoneAccess.username', {}, 'it'), { exact: true }).fill(USER);
  await page.getByLabel(tr('pbx:phoneAccess.password', {}, 'it'), { exact: true }).fill(PASSWORD);
  const reti = page.getByLabel(tr('pbx:phoneAccess.allowedNetworks', {}, 'it'), { exact: true });
  await reti.fill('127.0.0.0/8\n10.0.0.0/33');
  await page.getByRole('button', { name: tr('pbx:phoneAccess.save', {}, 'it') }).click();
  await expect(reti).toHaveAccessibleDescription(trRegex('validation:phoneAccess.networkInvalid', {}, 'it'));
  await page.getByRole('button', { name: tr('language.names.en') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('pbx:phoneAccess.title') })).toBeVisible();

  await page.getByLabel(tr('pbx:phoneAccess.authMode'), { exact: true }).selectOption('digest');
  await page.getByLabel(tr('pbx:phoneAccess.username'), { exact: true }).fill(USER);
  await page.getByLabel(tr('pbx:phoneAccess.password'), { exact: true }).fill(PASSWORD);
  await networks.fill('127.0.0.0/8');
  await expect(page.getByText(tr('pbx:phoneAccess.tftpNote'))).toBeVisible();
  await page.getByRole('button', { name: tr('pbx:phoneAccess.save') }).click();
  await expect(page.getByText(tr('pbx:phoneAccess.saved'))).toBeVisible();
  await expect(page.getByLabel(tr('pbx:phoneAccess.password'), { exact: true })).toHaveValue('');
  expect(await apiJson(request, 'GET', '/phone-access')).toMatchObject({ authMode: 'digest', username: USER, allowedNetworks: ['127.0.0.0/8'] });
  await screenshot(page, 'phone-access');

  await page.goto('/discovery');
  const card = page.getByRole('region', { name: tr('discovery:phoneAuth.title') });
  await expect(card).toBeVisible();
  await expect(card).toContainText(tr('discovery:phoneAuth.credentials', { username: USER }));
  await expect(card).toContainText(`${USER}:<password>@`);
  await expect(card).toContainText(tr('discovery:phoneAuth.tftpAllowed'));
  await expect(page.getByText(PASSWORD)).toHaveCount(0);

  const bare = await request.get(path);
  expect(bare.status()).toBe(401);
  const withCredentials = await fetchWithDigest(request, path);
  expect(withCredentials.status()).toBe(200);
  // The file tells the phone where to fetch next time, credentials included.
  expect(await withCredentials.text()).toContain(`${USER}:${PASSWORD}@`);
});

test('an address blocked for guessing MAC file names is unblocked from the page', async ({ page, request }) => {
  await apiJson(request, 'PUT', '/phone-access', { ...OFF, enumerationThreshold: 3 }, 200);
  for (let i = 0; i < 6; i++) await request.get(`/provisioning/02e2e0${String(i).padStart(6, '0')}.cfg`);
  await expect
    .poll(async () => (await apiJson<{ items: { address: string }[] }>(request, 'GET', '/phone-access/blocked')).items.map((b) => b.address))
    .toContain('127.0.0.1');
  expect((await request.get('/provisioning/02e2e0ffffff.cfg')).status()).toBe(403);

  await page.goto('/settings/phone-access');
  const row = page.getByRole('row').filter({ hasText: '127.0.0.1' });
  await expect(row).toHaveCount(1);
  await row.getByRole('button', { name: tr('pbx:phoneAccess.blocked.unblock') }).click();
  await expect(page.getByText(tr('pbx:phoneAccess.blocked.unblocked', { address: '127.0.0.1' }))).toBeVisible();
  await expect(row).toHaveCount(0);
  await expect.poll(async () => (await request.get('/provisioning/02e2e0ffffff.cfg')).status()).toBe(404);
});
