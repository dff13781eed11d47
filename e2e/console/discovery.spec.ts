import { E2E } from '../support/e2e-env.mjs';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

const HTTP_URL = `http://127.0.0.1:${E2E.httpPort}/provisioning/`;

test('how phones find us: URLs, DHCP option 66, SIP PnP and the certificate, in English and in Italian', async ({ page }) => {
  await page.goto('/discovery');
  await expect(page.getByRole('heading', { level: 1, name: tr('discovery:title') })).toBeVisible();
  await expect(page.getByRole('navigation', { name: tr('shell.navigation') }).getByRole('link', { name: tr('nav.discovery') })).toHaveAttribute(
    'aria-current',
    'page',
  );

  await expect(page.getByText(HTTP_URL, { exact: true }).first()).toBeVisible();
  await expect(page.getByRole('button', { name: tr('files:copy.url', { channel: 'HTTP' }), exact: true })).toHaveAttribute('data-copy-value', HTTP_URL);
  const yealink = page.getByRole('row').filter({ has: page.getByText('Yealink', { exact: true }) });
  await expect(yealink).toContainText(tr('discovery:dhcp.option', { option: 66 }));
  await expect(yealink.getByRole('button', { name: tr('discovery:dhcp.copy', { option: 66, brand: 'Yealink' }) })).toHaveAttribute('data-copy-value', HTTP_URL);
  await expect(yealink).toContainText(tr('discovery:dhcp.note.url66'));
  const panasonic = page.getByRole('row').filter({ has: page.getByText('Panasonic', { exact: true }) });
  await expect(panasonic).toContainText(tr('discovery:dhcp.option', { option: 160 }));
  await expect(panasonic).toContainText(tr('discovery:dhcp.option', { option: 159 }));
  const cisco = page.getByRole('row').filter({ has: page.getByText('Cisco', { exact: true }) });
  await expect(cisco).toContainText(tr('discovery:dhcp.option', { option: 150 }));

  // SIP PnP: on (with its port) or off with a reason, never silent.
  const pnp = page.getByTestId('sip-pnp-state');
  const pnpTexts = [tr('discovery:sipPnp.on', { port: E2E.sipPnpPort }), tr('discovery:sipPnp.off.multiTenant')];
  expect(pnpTexts).toContain(await pnp.textContent());

  await expect(page.getByText(/^([0-9A-F]{2}:){31}[0-9A-F]{2}$/)).toBeVisible();
  await expect(page.getByText(tr('discovery:certificate.sources.selfSigned'))).toBeVisible();
  await screenshot(page, 'discovery');

  await page.getByRole('button', { name: tr('language.names.it') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('discovery:title', {}, 'it') })).toBeVisible();
  await expect(page.getByRole('button', { name: tr('files:copy.url', { channel: 'HTTP' }, 'it'), exact: true })).toHaveAttribute('data-copy-value', HTTP_URL);
  await expect(yealink).toContainText(tr('discovery:dhcp.option', { option: 66 }, 'it'));
  await expect(yealink).toContainText(tr('discovery:dhcp.note.url66', {}, 'it'));
  await expect(page.getByText(tr('discovery:manual.step3', {}, 'it'))).toBeVisible();
  for (const english of [tr('discovery:urls.title'), tr('discovery:certificate.title'), tr('discovery:manual.title')]) {
    await expect(page.getByText(english, { exact: true })).toHaveCount(0);
  }
  await screenshot(page, 'discovery-it');
  await page.getByRole('button', { name: tr('language.names.en') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('discovery:title') })).toBeVisible();
});
