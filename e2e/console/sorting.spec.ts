import { factory, unique } from '../support/api';
import { expect, test } from './support/fixtures';
import { tr } from './support/i18n';

test('sort the devices table by a column both ways and change the page size; a reload keeps both (issue 11)', async ({ page, request }) => {
  const { tag } = unique();
  // Created out of label order, so the MAC order (the default) is not the label order.
  for (const name of ['Bravo', 'Charlie', 'Alpha']) await factory.device(request, 'Yealink T4x', { label: `${tag} ${name}` });
  await page.goto(`/devices?q=${tag}`);
  const rows = page.getByRole('row').filter({ hasText: tag });
  await expect(rows).toHaveCount(3);

  const labelHeader = page.getByRole('columnheader', { name: tr('devices:columns.label'), exact: true });
  const macHeader = page.getByRole('columnheader', { name: tr('devices:columns.mac'), exact: true });
  await expect(macHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(labelHeader).toHaveAttribute('aria-sort', 'none');

  await labelHeader.getByRole('button').click();
  await expect(labelHeader).toHaveAttribute('aria-sort', 'ascending');
  await expect(macHeader).toHaveAttribute('aria-sort', 'none');
  await expect(page).toHaveURL(/[?&]sort=label&dir=asc(&|$)/);
  await expect(rows).toHaveText([/Alpha/, /Bravo/, /Charlie/]);

  await labelHeader.getByRole('button').click();
  await expect(labelHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(page).toHaveURL(/[?&]sort=label&dir=desc(&|$)/);
  await expect(rows).toHaveText([/Charlie/, /Bravo/, /Alpha/]);

  const pageSize = page.getByLabel(tr('common:ui.pagination.pageSize'), { exact: true });
  await expect(pageSize).toHaveValue('50');
  await pageSize.selectOption('25');
  await expect(page).toHaveURL(/[?&]pageSize=25(&|$)/);

  await page.reload();
  await expect(labelHeader).toHaveAttribute('aria-sort', 'descending');
  await expect(pageSize).toHaveValue('25');
  await expect(rows).toHaveText([/Charlie/, /Bravo/, /Alpha/]);
  await expect(page.getByLabel(tr('devices:filters.search'), { exact: true })).toHaveValue(tag);

  // A hand-edited URL with a column the list does not sort by falls back to the default order.
  await page.goto(`/devices?q=${tag}&sort=adminPassword&dir=desc`);
  await expect(macHeader).toHaveAttribute('aria-sort', 'descending');
});
