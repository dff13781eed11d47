import type { Page } from '@playwright/test';
import { apiJson, factory, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { tr } from './support/i18n';

const tt = (key: string, params: Record<string, string | number> = {}) => tr(`templates:${key}`, params);
const editor = (page: Page) => page.locator('.cm-content');
const preview = (page: Page) => page.getByRole('region', { name: tt('preview.title') }).locator('pre');

/** Replaces the whole body, as a paste would (no auto-closing of tags on the way). */
async function replaceBody(page: Page, body: string) {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.insertText(body);
}

test('duplicate a built-in, edit it with completion and the palette, preview it for a device, and the saved change reaches the phone', async ({
  page,
  request,
}) => {
  const { tag } = unique();
  const { device, account } = await factory.device(request, 'Snom D785', { label: `Desk ${tag}` });
  const pbx = await apiJson<{ host: string }>(request, 'GET', '/pbx-settings');

  await page.goto('/templates');
  await expect(page.getByRole('heading', { level: 2, name: 'Snom' })).toBeVisible();
  await screenshot(page, 'templates');
  await page.getByRole('button', { name: tt('actions.duplicateNamed', { name: 'Snom D785 default' }), exact: true }).click();
  const dialog = page.getByRole('dialog', { name: tt('duplicate.title', { name: 'Snom D785 default' }) });
  await dialog.getByLabel(tt('duplicate.name')).fill(`Snom custom ${tag}`);
  await dialog.getByRole('button', { name: tt('duplicate.confirm') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tt('editTitle', { name: `Snom custom ${tag}` }) })).toBeVisible();
  const templateId = Number(/\/templates\/(\d+)$/.exec(page.url())![1]);
  await apiJson(request, 'PATCH', `/devices/${device.id}`, { templateId }, 200);
  await page.reload();

  // Type at the start of the line holding </phone-settings>: two lines above the end.
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await page.keyboard.type(`<!-- e2e-${tag} user=%%ACC`);
  const completion = page.locator('.cm-tooltip-autocomplete').getByRole('option', { name: /^%%ACCOUNT_SIP_USERNAME%%/ });
  await expect(completion).toBeVisible();
  await expect(completion).toContainText(tt('palette.groups.account'));
  await completion.click();
  await page.keyboard.type(' host=');
  await page.getByRole('button', { name: '%%PBX_HOST%%', exact: true }).click();
  await page.keyboard.type(' -->');
  await expect(editor(page)).toContainText(`<!-- e2e-${tag} user=%%ACCOUNT_SIP_USERNAME%% host=%%PBX_HOST%% -->`);

  const marker = `<!-- e2e-${tag} user=${account.sipUsername} host=${pbx.host} -->`;
  await page.getByLabel(tt('preview.renderFor')).selectOption(String(device.id));
  await expect(preview(page)).toContainText(marker);
  await expect(page.getByRole('region', { name: tt('preview.title') })).toContainText(device.file!.fileName);
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'templates-editor');

  // Before saving, the phone still gets the old file.
  expect(await (await request.get(`/provisioning/${device.file!.fileName}`)).text()).not.toContain(`e2e-${tag}`);
  await page.getByRole('button', { name: tt('save') }).click();
  await expect(page.getByText(tt('savedDevices_one', { name: `Snom custom ${tag}`, count: 1 }))).toBeVisible();
  const served = await request.get(`/provisioning/${device.file!.fileName}`);
  expect(served.status()).toBe(200);
  expect(await served.text()).toContain(marker);

  // A body that passes with sample values but not with this device's (its label has a space, so
  // it cannot be an element name) is refused at form level, naming the device and the template.
  const mac = device.mac.toUpperCase().match(/../g)!.join(':');
  await replaceBody(page, '<?xml version="1.0" encoding="utf-8"?>\n<settings>\n  <%%DEVICE_LABEL%%/>\n</settings>\n');
  await page.getByRole('button', { name: tt('save') }).click();
  await expect(
    page.getByRole('alert').filter({ hasText: tr('validation:template.renderFailed', { template: `Snom custom ${tag}`, target: mac }) }),
  ).toBeVisible();
  expect(await (await request.get(`/provisioning/${device.file!.fileName}`)).text()).toContain(marker);

  // In use: deleting it shows the device instead.
  await page.getByRole('button', { name: tt('actions.delete'), exact: true }).click();
  const blocked = page.getByRole('alertdialog', { name: tt('blocked.title', { name: `Snom custom ${tag}` }) });
  await expect(blocked.getByRole('link', { name: mac })).toBeVisible();
});

test('unknown placeholders and broken XML are shown with their line and the save is refused', async ({ page, request }) => {
  const { tag } = unique();
  const { model } = await factory.model(request, 'Snom D785');
  await apiJson(request, 'POST', '/placeholders', { name: `E2E_${tag}`, kind: 'static', value: 'custom-value' }, 201);
  const good = '<?xml version="1.0" encoding="utf-8"?>\n<settings>\n  <host>%%PBX_HOST%%</host>\n</settings>\n';

  await page.goto(`/templates/new?modelId=${model.id}`);
  await page.getByLabel(tt('fields.name'), { exact: true }).fill(`Checked ${tag}`);
  await replaceBody(page, good);
  await expect(preview(page)).toContainText('<host>');
  // The tenant's custom placeholders are offered too, in the palette and after %%.
  await expect(page.getByRole('button', { name: `%%_E2E_${tag}%%`, exact: true })).toBeVisible();
  await page.keyboard.type('%%_E2E');
  await expect(page.locator('.cm-tooltip-autocomplete').getByRole('option', { name: new RegExp(`^%%_E2E_${tag}%%`) })).toContainText(
    tt('palette.groups.custom'),
  );
  await page.keyboard.press('Escape');
  await replaceBody(page, good);
  await page.getByRole('button', { name: tt('create') }).click();
  await expect(page).toHaveURL(/\/templates\/\d+$/);
  const template = { id: Number(/\/templates\/(\d+)$/.exec(page.url())![1]) };
  await expect(page.getByRole('heading', { level: 1, name: tt('editTitle', { name: `Checked ${tag}` }) })).toBeVisible();

  await replaceBody(page, '<?xml version="1.0" encoding="utf-8"?>\n<settings>\n  <host>%%PBX_HOST%%</host>\n  <x>%%NOT_A_PLACEHOLDER%%</x>\n</settings>\n');
  const unknown = tt('issues.unknown_placeholder', { name: 'NOT_A_PLACEHOLDER' });
  await expect(page.getByRole('alert').filter({ hasText: unknown })).toContainText(tt('issues.at', { line: 4, column: 6 }));
  await page.getByRole('button', { name: tt('save') }).click();
  const refused = page.getByRole('alert').filter({ hasText: tt('issues.titleSave') });
  await expect(refused).toContainText(unknown);
  await expect(refused).toContainText(tt('issues.at', { line: 4, column: 6 }));
  await expect(page.getByText(tr('validation:template.invalid', { count: 1 }))).toBeVisible();
  // The issue takes the cursor to its line.
  await refused.getByRole('button', { name: tt('issues.at', { line: 4, column: 6 }) }).click();
  await expect(page.locator('.cm-activeLine')).toContainText('NOT_A_PLACEHOLDER');
  expect((await apiJson<{ body: string }>(request, 'GET', `/templates/${template.id}`)).body).toBe(good);

  await replaceBody(page, '<?xml version="1.0" encoding="utf-8"?>\n<settings>\n  <host>%%PBX_HOST%%</hots>\n</settings>\n');
  const notWellFormed = page.getByRole('alert').filter({ hasText: tt('issues.xml_not_well_formed', { message: '' }).trim() });
  await expect(notWellFormed).toContainText(/closing tag/i);
  await expect(notWellFormed).toContainText(tt('issues.at', { line: 3, column: 23 }).split(',')[0]);
  await page.getByRole('button', { name: tt('save') }).click();
  await expect(page.getByRole('alert').filter({ hasText: tt('issues.titleSave') })).toContainText(/closing tag/i);
  expect((await apiJson<{ body: string }>(request, 'GET', `/templates/${template.id}`)).body).toBe(good);

  // Italian once: the issues are listed in the current language.
  await page.getByRole('button', { name: tr('language.names.it') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tr('templates:editTitle', { name: `Checked ${tag}` }, 'it') })).toBeVisible();
  await replaceBody(page, '<settings>\n  %%BEGIN_ACCOUNTS%%\n  <x>%%NOPE%%</x>\n</settings>\n');
  await expect(page.getByRole('alert').filter({ hasText: tr('templates:issues.unknown_placeholder', { name: 'NOPE' }, 'it') })).toContainText(
    tr('templates:issues.at', { line: 3, column: 6 }, 'it'),
  );
  await expect(page.getByRole('alert').filter({ hasText: tr('templates:issues.unclosed_block', {}, 'it') })).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, 0));
  await screenshot(page, 'templates-editor-it');
  await page.getByRole('button', { name: tr('language.names.en') }).click();
  await expect(page.getByRole('heading', { level: 1, name: tt('editTitle', { name: `Checked ${tag}` }) })).toBeVisible();

  // Not in use: it can be deleted.
  await page.getByRole('button', { name: tt('actions.delete'), exact: true }).click();
  await page
    .getByRole('alertdialog', { name: tt('delete.title', { name: `Checked ${tag}` }) })
    .getByRole('button', { name: tt('delete.confirm') })
    .click();
  await expect(page).toHaveURL(/\/templates$/);
  await expect(page.getByRole('link', { name: `Checked ${tag}`, exact: true })).toHaveCount(0);
});

test('the preview route needs a session and only renders', async ({ page, playwright, baseURL, request }) => {
  const input = { body: 'host=%%PBX_HOST%%\n', format: 'text', deviceId: null };
  // No cookies at all (the runner would otherwise hand the signed-in storage state to new contexts).
  const anonymous = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  expect((await anonymous.post('/api/console/templates/preview', { data: input, maxRedirects: 0 })).status()).toBe(401);
  await anonymous.dispose();
  const signedIn = await page.request.post('/api/console/templates/preview', { data: input });
  expect(signedIn.status()).toBe(200);
  // `sources`: the placeholders behind each line ("explain this file" for the unsaved body).
  // The sample renders with the tenant's own PBX settings.
  const pbx = await apiJson<{ host: string }>(request, 'GET', '/pbx-settings');
  expect(await signedIn.json()).toEqual({ ok: true, text: `host=${pbx.host}\n`, fileName: null, sources: [['PBX_HOST'], []] });
  const bad = await page.request.post('/api/console/templates/preview', { data: { ...input, body: '%%NOPE%%' } });
  expect((await bad.json()).issues).toEqual([{ code: 'unknown_placeholder', name: 'NOPE', line: 1, column: 1 }]);
});

test('a new template takes its model’s format; the preview shows the tenant’s PBX settings and masks every password', async ({ page, request }) => {
  const { tag } = unique();
  const { device, account } = await factory.device(request, 'Yealink T4x', { label: `Masked ${tag}` });
  const yealink = (await factory.model(request, 'Yealink T4x')).model;
  const snom = (await factory.model(request, 'Snom D785')).model;
  const pbx = await apiJson<{ host: string; sipUdpPort: number }>(request, 'GET', '/pbx-settings');

  await page.goto('/templates/new');
  const model = page.getByLabel(tt('fields.model'), { exact: true });
  const format = page.getByLabel(tt('fields.format'), { exact: true });
  await model.selectOption(String(yealink.id));
  await expect(format).toHaveValue('text');
  await model.selectOption(String(snom.id));
  await expect(format).toHaveValue('xml');
  // Once the admin picks a format, the model no longer changes it.
  await format.selectOption('text');
  await model.selectOption(String(yealink.id));
  await model.selectOption(String(snom.id));
  await expect(format).toHaveValue('text');
  await model.selectOption(String(yealink.id));

  await replaceBody(
    page,
    'host = %%PBX_HOST%%\nport = %%PBX_SIP_UDP_PORT%%\npass = %%ACCOUNT_SIP_PASSWORD%%\nadmin = %%ADMIN_PASSWORD%%\nuser = %%ACCOUNT_SIP_USERNAME%%\n',
  );
  const mask = '••••••••';
  // The sample phone: this tenant's PBX settings, example passwords masked all the same.
  await expect(preview(page)).toContainText(`host = ${pbx.host}`);
  await expect(preview(page)).toContainText(`port = ${pbx.sipUdpPort}`);
  await expect(preview(page)).toContainText(`pass = ${mask}`);
  await expect(preview(page)).toContainText(`admin = ${mask}`);
  await expect(preview(page)).not.toContainText('s3cret-Pass');
  await expect(page.getByRole('region', { name: tt('preview.title') })).toContainText(tt('preview.sampleFile'));

  // A real device: its SIP and admin passwords are masked as in the file viewer.
  await page.getByLabel(tt('preview.renderFor')).selectOption(String(device.id));
  await expect(preview(page)).toContainText(`user = ${account.sipUsername}`);
  await expect(preview(page)).toContainText(`pass = ${mask}`);
  await expect(preview(page)).toContainText(`admin = ${mask}`);
  await expect(preview(page)).not.toContainText(`pw-${account.sipUsername}-S3cret`);
  await expect(preview(page)).not.toContainText('Adm1n-e2e');
});
