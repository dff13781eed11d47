import type { APIRequestContext, Page } from '@playwright/test';
import { apiJson, AUTH, factory, type Made, unique } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';
import { escapeRegex, tr } from './support/i18n';

type Fleet = { tag: string; brand: Made; rule: Made; model: Made; device: Made & { mac: string }; cleanup: () => Promise<void> };

/** A brand, a rule (`e2e-` + MAC lower + `.cfg`), a model of both with a text template, and one device, all through the API. */
async function fleet(request: APIRequestContext): Promise<Fleet> {
  const { tag, mac } = unique();
  const brand = await apiJson<Made>(request, 'POST', '/brands', { name: `Brand ${tag}` }, 201);
  const rule = await apiJson<Made>(request, 'POST', '/filename-rules', { name: `Rule ${tag}`, prefix: 'e2e-', macFormat: 'lower', suffix: '.cfg' }, 201);
  const model = await apiJson<Made>(request, 'POST', '/device-models', { name: `Model ${tag}`, brandId: brand.id, filenameRuleId: rule.id }, 201);
  const template = await apiJson<Made>(
    request,
    'POST',
    '/templates',
    { name: `Template ${tag}`, modelId: model.id, format: 'text', body: 'mac=%%DEVICE_MAC%%\n' },
    201,
  );
  const account = await factory.account(request);
  const device = await apiJson<Made & { mac: string }>(
    request,
    'POST',
    '/devices',
    { mac, modelId: model.id, templateId: template.id, lines: [account.id], adminPassword: 'Adm1n-e2e' },
    201,
  );
  // Children first: the device, then the model (its templates go with it), then what it used.
  const cleanup = async () => {
    for (const path of [`/devices/${device.id}`, `/device-models/${model.id}`, `/accounts/${account.id}`, `/filename-rules/${rule.id}`, `/brands/${brand.id}`])
      await request.fetch(`/api/v1${path}`, { method: 'DELETE', headers: AUTH });
  };
  return { tag, brand, rule, model, device, cleanup };
}

const fileNameOf = async (request: APIRequestContext, deviceId: number) =>
  (await apiJson<{ file: { fileName: string } | null }>(request, 'GET', `/devices/${deviceId}`, undefined, 200)).file?.fileName;

async function openBrandsAndRules(page: Page) {
  await page.goto('/device-models');
  await page.getByRole('link', { name: tr('models:brandsAndRules.link') }).click();
  await expect(page).toHaveURL(/\/device-models\/brands-and-rules$/);
  await expect(page.getByRole('heading', { name: tr('models:brandsAndRules.title') })).toBeVisible();
}

test('rename a brand; its deletion is refused while a model uses it; an unused brand is deleted', async ({ page, request }) => {
  const { tag, model, cleanup } = await fleet(request);
  const spare = await apiJson<Made>(request, 'POST', '/brands', { name: `Spare ${tag}` }, 201);
  try {
    await openBrandsAndRules(page);
    const name = `Brand ${tag}`;
    const renamed = `Renamed ${tag}`;
    const row = page.getByRole('row').filter({ hasText: name });
    // What uses it: the model (a link), 1 device and its file.
    await expect(row.getByRole('link', { name: `Model ${tag}` })).toHaveAttribute('href', `/device-models/${model.id}`);
    await expect(row).toContainText(tr('models:usage.devices', { count: 1 }));
    await expect(row).toContainText(tr('models:usage.files', { count: 1 }));
    // Built-in brands are read-only, and say so.
    await expect(page.getByRole('row').filter({ hasText: 'Yealink' }).first()).toContainText(tr('models:brandsAndRules.readOnly'));
    await screenshot(page, 'brands-and-rules');

    // A taken name is refused under the field.
    await row.getByRole('button', { name: tr('models:brands.renameNamed', { name }) }).click();
    const dialog = page.getByRole('dialog', { name: tr('models:brands.renameTitle', { name }) });
    const field = dialog.getByLabel(tr('models:brands.name'), { exact: true });
    await field.fill('Yealink');
    await dialog.getByRole('button', { name: tr('models:brands.renameConfirm') }).click();
    await expect(field).toHaveAccessibleDescription(new RegExp(escapeRegex(tr('validation:nameTaken', { name: 'Yealink' }))));
    await field.fill(renamed);
    await dialog.getByRole('button', { name: tr('models:brands.renameConfirm') }).click();
    await expect(page.getByText(tr('models:brands.renamed', { from: name, name: renamed }))).toBeVisible();
    const renamedRow = page.getByRole('row').filter({ hasText: renamed });
    await expect(renamedRow).toHaveCount(1);

    // In use: the notice names the model instead of deleting.
    await renamedRow.getByRole('button', { name: tr('models:brands.deleteNamed', { name: renamed }) }).click();
    const blocked = page.getByRole('alertdialog', { name: tr('models:brands.blockedTitle', { name: renamed }) });
    await expect(blocked.getByRole('link', { name: `Model ${tag}` })).toBeVisible();
    await blocked.getByRole('button', { name: tr('models:blocked.ok') }).click();
    await expect(blocked).toBeHidden();
    await expect(renamedRow).toHaveCount(1);

    // Unused: deleted after the confirmation.
    const spareRow = page.getByRole('row').filter({ hasText: `Spare ${tag}` });
    await expect(spareRow).toContainText(tr('models:usage.unused'));
    await spareRow.getByRole('button', { name: tr('models:brands.deleteNamed', { name: `Spare ${tag}` }) }).click();
    await page
      .getByRole('alertdialog', { name: tr('models:brands.deleteTitle', { name: `Spare ${tag}` }) })
      .getByRole('button', { name: tr('models:brands.deleteConfirm') })
      .click();
    await expect(page.getByText(tr('models:brands.deleted', { name: `Spare ${tag}` }))).toBeVisible();
    await expect(spareRow).toHaveCount(0);
  } finally {
    await cleanup();
    await request.fetch(`/api/v1/brands/${spare.id}`, { method: 'DELETE', headers: AUTH });
  }
});

test('editing a rule and changing a model’s rule show the old → new file names before saving', async ({ page, request }) => {
  const { tag, model, device, cleanup } = await fleet(request);
  const other = await apiJson<Made>(request, 'POST', '/filename-rules', { name: `Other ${tag}`, prefix: 'm2-', macFormat: 'upper', suffix: '.txt' }, 201);
  const mac = device.mac;
  try {
    expect(await fileNameOf(request, device.id)).toBe(`e2e-${mac}.cfg`);
    await openBrandsAndRules(page);

    // The rule form: the preview lists the renamed file, and the save button says how many.
    const ruleName = `Rule ${tag}`;
    await page
      .getByRole('row')
      .filter({ hasText: ruleName })
      .getByRole('button', { name: tr('models:rules.editNamed', { name: ruleName }) })
      .click();
    const dialog = page.getByRole('dialog', { name: tr('models:rules.editTitle', { name: ruleName }) });
    await dialog.getByLabel(tr('models:fields.prefix'), { exact: true }).fill('new-');
    const preview = dialog.getByRole('region', { name: tr('models:renames.title') });
    await expect(preview).toContainText(tr('models:renames.count', { count: 1 }));
    await expect(preview).toContainText(`e2e-${mac}.cfg → new-${mac}.cfg`);
    await screenshot(page, 'rule-edit-preview');
    await dialog.getByRole('button', { name: tr('models:rules.saveAndRename', { count: 1 }) }).click();
    await expect(page.getByText(tr('models:rules.saved', { name: ruleName, count: 1 }))).toBeVisible();
    expect(await fileNameOf(request, device.id)).toBe(`new-${mac}.cfg`);

    // The model form: picking another rule shows the change, and saving asks for a confirmation first.
    await page.goto(`/device-models/${model.id}`);
    await page.getByLabel(tr('models:fields.rule'), { exact: true }).selectOption({ label: `Other ${tag}` });
    const modelPreview = page.getByRole('region', { name: tr('models:renames.title') });
    await expect(modelPreview).toContainText(`new-${mac}.cfg → m2-${mac.toUpperCase()}.txt`);
    await page.getByRole('button', { name: tr('models:save') }).click();
    const confirm = page.getByRole('alertdialog', { name: tr('models:renames.confirmTitle', { count: 1 }) });
    await expect(confirm).toContainText(`m2-${mac.toUpperCase()}.txt`);
    await confirm.getByRole('button', { name: tr('models:renames.confirm') }).click();
    await expect(page.getByText(tr('models:saved', { name: `Model ${tag}` }))).toBeVisible();
    expect(await fileNameOf(request, device.id)).toBe(`m2-${mac.toUpperCase()}.txt`);
    expect((await request.get(`/provisioning/m2-${mac.toUpperCase()}.txt`)).status()).toBe(200);
    expect((await request.get(`/provisioning/new-${mac}.cfg`)).status()).toBe(404);
  } finally {
    await cleanup();
    await request.fetch(`/api/v1/filename-rules/${other.id}`, { method: 'DELETE', headers: AUTH });
  }
});
