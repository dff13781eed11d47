import { AUTH, apiJson, factory } from '../support/api';
import { FAKE_KEY_ID, FAKE_SECRET, type SnomSrapsFake, startSnomSrapsFake } from '../../lib/redirection/snom-sraps.fake';
import { startYealinkXmlRpcFake, YEALINK_FAKE_SEED, type YealinkXmlRpcFake } from '../../lib/redirection/yealink-xmlrpc.fake';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

/**
 * Zero-touch as an admin lives it, against loopback doubles of the Yealink and Snom clouds: the
 * servers are added in the console, phones created, registrations followed in the device list
 * through an outage, and a difference at the vendor found and fixed by reconciliation.
 */
let yealink: YealinkXmlRpcFake;
let snom: SnomSrapsFake;
const serverIds: number[] = [];

test.beforeAll(async () => {
  [yealink, snom] = await Promise.all([startYealinkXmlRpcFake(), startSnomSrapsFake()]);
});
test.afterAll(async ({ request }) => {
  // Leave the shared e2e server without live redirection servers for the specs that follow.
  for (const id of serverIds) await request.delete(`/api/v1/redirection-servers/${id}`, { headers: AUTH });
  await Promise.all([yealink.close(), snom.close()]);
});

const colonMac = (mac: string) => mac.toUpperCase().match(/../g)!.join(':');

test('servers added in the console register phones, survive an outage and reconcile', async ({ page, request }) => {
  test.setTimeout(120_000);
  await page.goto('/redirection-servers');
  await page.getByRole('button', { name: tr('redirection:new') }).click();
  const dialog = page.getByRole('dialog', { name: tr('redirection:form.createTitle') });
  await dialog.getByLabel(tr('redirection:form.brand'), { exact: true }).selectOption('yealink');
  await dialog.getByLabel(tr('redirection:form.username'), { exact: true }).fill(YEALINK_FAKE_SEED.user);
  await dialog.getByLabel(tr('redirection:form.password'), { exact: true }).fill(YEALINK_FAKE_SEED.password);
  await dialog.getByLabel(tr('redirection:form.name'), { exact: true }).fill(YEALINK_FAKE_SEED.serverName);
  await dialog.getByText(tr('redirection:form.advanced')).click();
  await dialog.getByLabel(tr('redirection:form.apiBaseUrl'), { exact: true }).fill(yealink.baseUrl);
  await dialog.getByRole('button', { name: tr('redirection:form.create') }).click();
  await expect(dialog).toBeHidden();

  await page.getByRole('button', { name: tr('redirection:actions.testLabel', { name: YEALINK_FAKE_SEED.serverName }) }).click();
  await expect(page.getByText(/^Connected/)).toBeVisible();
  const { items } = await apiJson<{ items: Array<{ id: number; name: string }> }>(request, 'GET', '/redirection-servers');
  serverIds.push(items.find((s) => s.name === YEALINK_FAKE_SEED.serverName)!.id);
  const snomServer = await apiJson<{ id: number }>(
    request,
    'POST',
    '/redirection-servers',
    { brand: 'snom', name: 'Provisio e2e', username: FAKE_KEY_ID, password: FAKE_SECRET, apiBaseUrl: snom.baseUrl },
    201,
  );
  serverIds.push(snomServer.id);

  const { device: phone } = await factory.device(request, 'Yealink T4x');
  const { device: snomPhone } = await factory.device(request, 'Snom D785');
  const registered = async (mac: string) => {
    await expect(async () => {
      await page.goto(`/devices?q=${mac}`);
      await expect(page.getByRole('row').filter({ hasText: colonMac(mac) })).toContainText(tr('devices:redirection.registered'), { timeout: 1000 });
    }).toPass({ timeout: 30_000 });
  };
  await registered(phone.mac);
  await registered(snomPhone.mac);
  expect(yealink.devices.get(phone.mac)).toMatchObject({ serverName: YEALINK_FAKE_SEED.serverName });
  expect(snom.endpoints.has(snomPhone.mac)).toBe(true);

  // The vendor goes down: the registration waits, with the reason, and goes through once it is back.
  await yealink.setFailure('down');
  const { device: late } = await factory.device(request, 'Yealink T4x');
  await expect(async () => {
    await page.goto(`/devices?q=${late.mac}`);
    await expect(page.getByRole('row').filter({ hasText: colonMac(late.mac) })).toContainText(tr('devices:redirection.kinds.network'), { timeout: 1000 });
  }).toPass({ timeout: 30_000 });
  await screenshot(page, 'devices-redirection-retrying');
  await yealink.restart();
  await registered(late.mac);

  // A phone only the vendor knows: found by reconciliation, removed there with one click.
  const stray = '001565f0f0f0';
  yealink.devices.set(stray, { serverName: YEALINK_FAKE_SEED.serverName, url: null });
  await page.goto('/redirection-servers');
  await page.getByRole('button', { name: tr('redirection:actions.reconcileLabel', { name: YEALINK_FAKE_SEED.serverName }) }).click();
  const reconcile = page.getByRole('dialog', { name: tr('redirection:reconcile.title', { name: YEALINK_FAKE_SEED.serverName }) });
  const row = reconcile.getByRole('row').filter({ hasText: colonMac(stray) });
  await expect(row).toContainText(tr('redirection:reconcile.issues.onlyAtVendor'));
  await screenshot(page, 'redirection-reconcile');
  await row.getByRole('button', { name: tr('redirection:reconcile.fixLabel', { mac: colonMac(stray) }) }).click();
  await expect.poll(() => yealink.devices.has(stray), { timeout: 30_000 }).toBe(false);
});
