import type { Page } from '@playwright/test';
import { NAV_ITEMS } from '@/components/layout/nav-items';
import { apiJson, factory } from '../support/api';
import { expect, screenshot, test } from './support/fixtures';

// Issue 11: usable at 390 px (no page-level horizontal scroll; tables scroll inside their card with the row's main
// action reachable) and in Italian at 1280 px (no action pushed outside its table).

/** Every console page: the menu's, plus the pages one opens from them (a device, a model, a template, a file…). */
async function consolePages(request: Parameters<typeof factory.device>[0]) {
  const { device, model, template } = await factory.device(request, 'Yealink T4x', { label: 'A rather long label for a desk phone on the third floor' });
  const { items: files } = await apiJson<{ items: { id: number }[] }>(request, 'GET', '/files');
  return [
    ...NAV_ITEMS.map((item) => item.href as string),
    '/account',
    '/devices/new',
    `/devices/${device.id}`,
    `/devices/${device.id}/explain`,
    '/device-models/new',
    `/device-models/${model.id}`,
    '/device-models/brands-and-rules',
    '/templates/new',
    `/templates/${template.id}`,
    `/files/${files[0].id}`,
  ];
}

async function open(page: Page, path: string) {
  await page.goto(path);
  await expect(page.locator('main h1').first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
}

/** How far the page itself scrolls sideways (0 when nothing sticks out). */
const pageOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/**
 * Buttons and links in table rows that sit outside what their table's frame shows without scrolling it: at 1280 px
 * nothing should be there. Returns a description of each, for the failure message.
 */
const actionsOutsideTables = (page: Page) =>
  page.evaluate(() => {
    const out: string[] = [];
    for (const table of document.querySelectorAll('main table')) {
      const frame = table.parentElement!.getBoundingClientRect();
      for (const action of table.querySelectorAll('tbody button, tbody a')) {
        const box = action.getBoundingClientRect();
        if (box.width === 0) continue;
        if (box.right > Math.min(frame.right, document.documentElement.clientWidth) + 1 || box.left < frame.left - 1)
          out.push(`${action.textContent?.trim() || action.getAttribute('aria-label')} at ${Math.round(box.left)}–${Math.round(box.right)}`);
      }
    }
    return out;
  });

test('at 390 px no page scrolls sideways, and each table row’s first action can be reached by scrolling its own frame', async ({ page, request }) => {
  test.setTimeout(120_000);
  const paths = await consolePages(request);
  await page.setViewportSize({ width: 390, height: 844 });
  for (const path of paths) {
    await open(page, path);
    expect.soft(await pageOverflow(page), `${path} scrolls sideways at 390 px`).toBeLessThanOrEqual(0);
    const firstAction = page.locator('main tbody tr').first().locator('a, button').first();
    if ((await firstAction.count()) > 0) {
      await firstAction.scrollIntoViewIfNeeded();
      await expect(firstAction, `${path}: a row's first action`).toBeInViewport();
      expect(await pageOverflow(page), `${path} scrolls sideways once a row's action is shown`).toBeLessThanOrEqual(0);
    }
  }
  await open(page, '/devices');
  await screenshot(page, 'narrow-devices');
});

test('in Italian at 1280 px every row action stays inside its table', async ({ page, request }) => {
  test.setTimeout(120_000);
  const paths = await consolePages(request);
  await page.context().addCookies([{ name: 'provisio_lng', value: 'it', url: test.info().project.use.baseURL! }]);
  await page.setViewportSize({ width: 1280, height: 800 });
  for (const path of paths) {
    await open(page, path);
    expect(await page.locator('html').getAttribute('lang')).toBe('it');
    expect(await pageOverflow(page), `${path} scrolls sideways at 1280 px`).toBeLessThanOrEqual(0);
    expect.soft(await actionsOutsideTables(page), `${path}: actions outside the table at 1280 px in Italian`).toEqual([]);
  }
});
