import type { APIRequestContext, Page } from '@playwright/test';
import { apiJson, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { escapeRegex, tr } from './support/i18n';

type Tenant = { id: number; uuid: string; name: string; isDefault: boolean };

const colons = (mac: string) => mac.match(/../g)!.join(':').toUpperCase();
const listTenants = async (request: APIRequestContext) => (await apiJson<{ items: Tenant[] }>(request, 'GET', '/tenants', undefined, 200)).items;

/**
 * A second tenant switches SIP PnP off for everyone on the shared server: whatever a test leaves
 * behind (tenants named with its tag) is deleted through the API.
 */
async function deleteTenantsTagged(request: APIRequestContext, tag: string) {
  for (const tenant of await listTenants(request)) {
    if (!tenant.isDefault && tenant.name.includes(tag)) await apiJson(request, 'DELETE', `/tenants/${tenant.id}`, undefined, 204);
  }
}

const tenantPicker = (page: Page) => page.getByLabel(tr('shell.tenant'), { exact: true });

async function switchInHeader(page: Page, label: string, name: string) {
  await tenantPicker(page).selectOption({ label });
  await expect(page.getByText(tr('tenants:switcher.switched', { name }))).toBeVisible();
  await expect(tenantPicker(page)).toBeEnabled();
}

test('a second tenant: create it, switch to it, provision a phone under its UUID, rename and delete it', async ({ page, request }) => {
  const { tag, ext, mac } = unique();
  const name = `Branch ${tag}`;
  const renamed = `Branch office ${tag}`;
  const defaultTenant = (await listTenants(request)).find((t) => t.isDefault)!;
  try {
    await page.goto('/settings/tenants');
    await expect(page.getByRole('navigation', { name: tr('shell.navigation') }).getByRole('link', { name: tr('nav.tenants') })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await expect(page.getByText(tr('tenants:sipPnp.single'))).toBeVisible();

    // Create: an empty name is refused under the field.
    await page.getByRole('button', { name: tr('tenants:new') }).click();
    const dialog = page.getByRole('dialog', { name: tr('tenants:form.createTitle') });
    await dialog.getByRole('button', { name: tr('tenants:form.create') }).click();
    await expect(dialog.getByLabel(tr('tenants:form.name'), { exact: true })).toHaveAccessibleDescription(
      new RegExp(escapeRegex(tr('validation:name.required'))),
    );
    await dialog.getByLabel(tr('tenants:form.name'), { exact: true }).fill(name);
    await dialog.getByRole('button', { name: tr('tenants:form.create') }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText(tr('tenants:created', { name }))).toBeVisible();

    const tenant = (await listTenants(request)).find((t) => t.name === name)!;
    const row = page.getByRole('row').filter({ hasText: tenant.uuid });
    await expect(row).toContainText(name);
    await expect(row).toContainText(`/provisioning/${tenant.uuid}/`);
    await expect(row.getByRole('button', { name: tr('tenants:copyUuid', { name }) })).toHaveAttribute('data-copy-value', tenant.uuid);
    const defaultRow = page.getByRole('row').filter({ hasText: defaultTenant.uuid });
    await expect(defaultRow).toContainText(tr('tenants:badges.default'));
    await expect(defaultRow).toContainText(tr('tenants:badges.current'));
    await expect(defaultRow.getByRole('cell').nth(3)).toHaveText('/provisioning/');
    await expect(page.getByText(tr('tenants:sipPnp.multi'))).toBeVisible();
    await expect(page.getByRole('main').getByRole('link', { name: tr('tenants:sipPnp.link') })).toHaveAttribute('href', '/discovery');

    // Switch in the header: the page stays, the new tenant is the current one.
    await switchInHeader(page, name, name);
    await expect(row).toContainText(tr('tenants:badges.current'));
    await expect(defaultRow).not.toContainText(tr('tenants:badges.current'));

    // An account and a device in the new tenant, through the UI.
    const sipUsername = `t${ext}${tag.slice(-3)}`;
    await page.goto('/accounts');
    await page.getByRole('button', { name: tr('accounts:new') }).click();
    const accountDialog = page.getByRole('dialog', { name: tr('accounts:form.createTitle') });
    await accountDialog.getByLabel(tr('accounts:form.extension'), { exact: true }).fill(ext);
    await accountDialog.getByLabel(tr('accounts:form.sipUsername'), { exact: true }).fill(sipUsername);
    await accountDialog.getByLabel(tr('accounts:form.sipPassword'), { exact: true }).fill('Branch-Secret-1');
    await accountDialog.getByRole('button', { name: tr('accounts:form.create') }).click();
    await expect(page.getByText(tr('accounts:saved', { extension: ext }))).toBeVisible();

    await page.goto('/devices/new');
    await page.getByLabel(tr('devices:fields.mac'), { exact: true }).fill(mac);
    await page.getByLabel(tr('devices:fields.brand'), { exact: true }).selectOption({ label: 'Yealink' });
    await page.getByLabel(tr('devices:fields.model'), { exact: true }).selectOption({ label: 'Yealink T4x' });
    await expect(page.getByLabel(tr('devices:fields.template'), { exact: true })).not.toHaveValue('');
    await page.getByLabel(tr('devices:lines.search'), { exact: true }).fill(ext);
    await page.getByRole('button', { name: new RegExp(`^${escapeRegex(tr('devices:lines.add', { account: ext }))}( |$)`) }).click();
    await page.getByRole('button', { name: tr('devices:create') }).click();
    await expect(page).toHaveURL(/\/devices\/\d+\?created=1$/);
    await expect(page.getByText(tr('devices:file.created', { fileName: `${mac}.cfg` }))).toBeVisible();

    // Phones of this tenant find the file under its UUID only.
    const own = await request.get(`/provisioning/${tenant.uuid}/${mac}.cfg`);
    expect(own.status()).toBe(200);
    expect(await own.text()).toContain('Branch-Secret-1');
    expect((await request.get(`/provisioning/${mac}.cfg`)).status()).toBe(404);

    await page.goto('/devices');
    await expect(page.getByRole('row').filter({ hasText: colons(mac) })).toHaveCount(1);

    // Back on the default tenant, same list (its cached rows are dropped): the device is not there.
    await switchInHeader(page, tr('tenants:switcher.defaultName', { name: defaultTenant.name }), defaultTenant.name);
    await expect(page).toHaveURL(/\/devices$/);
    await expect(page.getByRole('row').filter({ hasText: colons(mac) })).toHaveCount(0);
    await page.goto(`/devices?q=${mac}`);
    await expect(page.getByText(tr('devices:empty.filteredTitle'))).toBeVisible();

    // Rename.
    await page.goto('/settings/tenants');
    await expect(row.getByRole('cell').nth(2)).toHaveText('1');
    await row.getByRole('button', { name: tr('tenants:renameLabel', { name }) }).click();
    const rename = page.getByRole('dialog', { name: tr('tenants:form.renameTitle', { name }) });
    await expect(rename.getByLabel(tr('tenants:form.name'), { exact: true })).toHaveValue(name);
    await rename.getByLabel(tr('tenants:form.name'), { exact: true }).fill(defaultTenant.name);
    await rename.getByRole('button', { name: tr('tenants:form.save') }).click();
    await expect(rename.getByLabel(tr('tenants:form.name'), { exact: true })).toHaveAccessibleDescription(
      new RegExp(escapeRegex(tr('validation:nameTaken', { name: defaultTenant.name }))),
    );
    await rename.getByLabel(tr('tenants:form.name'), { exact: true }).fill(renamed);
    await rename.getByRole('button', { name: tr('tenants:form.save') }).click();
    await expect(rename).toBeHidden();
    await expect(page.getByText(tr('tenants:renamed', { name: renamed }))).toBeVisible();
    await expect(row).toContainText(renamed);
    await expect(tenantPicker(page).getByRole('option', { name: renamed })).toHaveCount(1);
    await screenshot(page, 'tenants');

    // The default tenant's delete is refused with an explanation.
    await defaultRow.getByRole('button', { name: tr('tenants:delete.button', { name: defaultTenant.name }) }).click();
    const notice = page.getByRole('alertdialog', { name: tr('tenants:defaultUndeletable.title') });
    await expect(notice).toContainText(tr('tenants:defaultUndeletable.description'));
    await notice.getByRole('button', { name: tr('tenants:defaultUndeletable.ok') }).click();
    await expect(notice).toBeHidden();

    // Delete: the dialog says what goes (1 device, its file and the Yealink T4x common files, 1 account) and asks for the name.
    const { items: models } = await apiJson<{ items: { name: string; commonFiles: unknown[] }[] }>(request, 'GET', '/device-models');
    const files = 1 + models.find((m) => m.name === 'Yealink T4x')!.commonFiles.length;
    await row.getByRole('button', { name: tr('tenants:delete.button', { name: renamed }) }).click();
    const confirm = page.getByRole('alertdialog', { name: tr('tenants:delete.title', { name: renamed }) });
    await expect(confirm).toContainText(`/provisioning/${tenant.uuid}/`);
    await expect(confirm).toContainText(tr('tenants:delete.devices', { count: 1 }));
    await expect(confirm).toContainText(tr('tenants:delete.files', { count: files }));
    await expect(confirm).toContainText(tr('tenants:delete.accounts', { count: 1 }));
    const typedName = confirm.getByLabel(tr('tenants:delete.typeName', { name: renamed }), { exact: true });
    // The old name is not the tenant's: the server refuses it under the field and deletes nothing.
    await typedName.fill(name);
    await confirm.getByRole('button', { name: tr('tenants:delete.confirm') }).click();
    await expect(typedName).toHaveAccessibleDescription(new RegExp(escapeRegex(tr('validation:tenant.confirmNameMismatch', { name: renamed }))));
    expect((await request.get(`/provisioning/${tenant.uuid}/${mac}.cfg`)).status()).toBe(200);
    await typedName.fill(renamed);
    await confirm.getByRole('button', { name: tr('tenants:delete.confirm') }).click();
    await expect(page.getByText(tr('tenants:delete.done', { name: renamed }))).toBeVisible();
    await expect(row).toHaveCount(0);
    await expect(tenantPicker(page)).toHaveCount(0);
    await expect(page.getByText(tr('tenants:sipPnp.single'))).toBeVisible();
    expect((await request.get(`/provisioning/${tenant.uuid}/${mac}.cfg`)).status()).toBe(404);
  } finally {
    await deleteTenantsTagged(request, tag);
  }
});

test('deleting the tenant the console works on falls back to the default tenant', async ({ page, request }) => {
  const { tag } = unique();
  const name = `Short-lived ${tag}`;
  const defaultTenant = (await listTenants(request)).find((t) => t.isDefault)!;
  try {
    const tenant = await apiJson<Tenant>(request, 'POST', '/tenants', { name }, 201);
    // A page below a section (a form, an item of the old tenant) gives way to the section's list.
    await page.goto('/devices/new');
    await switchInHeader(page, name, name);
    await expect(page).toHaveURL(/\/devices$/);
    await switchInHeader(page, tr('tenants:switcher.defaultName', { name: defaultTenant.name }), defaultTenant.name);

    await page.goto('/settings/tenants');
    const row = page.getByRole('row').filter({ hasText: tenant.uuid });
    await row.getByRole('button', { name: tr('tenants:switch.label', { name }) }).click();
    await expect(page.getByText(tr('tenants:switcher.switched', { name }))).toBeVisible();
    await expect(row).toContainText(tr('tenants:badges.current'));
    await expect(tenantPicker(page)).toHaveValue(tenant.uuid);

    await row.getByRole('button', { name: tr('tenants:delete.button', { name }) }).click();
    const confirm = page.getByRole('alertdialog', { name: tr('tenants:delete.title', { name }) });
    await confirm.getByLabel(tr('tenants:delete.typeName', { name }), { exact: true }).fill(name);
    await confirm.getByRole('button', { name: tr('tenants:delete.confirm') }).click();
    await expect(page.getByText(tr('tenants:delete.fellBack', { name }))).toBeVisible();
    // One tenant left: the header names it instead of offering a choice.
    await expect(tenantPicker(page)).toHaveCount(0);
    await expect(page.getByRole('banner')).toContainText(defaultTenant.name);
    await expect(page.getByRole('row').filter({ hasText: defaultTenant.uuid })).toContainText(tr('tenants:badges.current'));
  } finally {
    await deleteTenantsTagged(request, tag);
  }
});
