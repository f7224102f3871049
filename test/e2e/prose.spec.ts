// A body written with the Markdown and HTML editors may use (content/departments/market.md), as a
// reader meets it: the folded details open, the table reads as a table, the task list cannot be
// ticked, the link goes where it says and the mentions link to people. Bodies need no JavaScript.
import { expect, test } from '@playwright/test';
import { PAGES, en } from './helpers.ts';

test('a department body renders its details, table, task list, link and mentions, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(PAGES.department);
  const prose = page.locator('.prose');
  const details = prose.locator('details');
  const summary = details.locator('summary');
  await expect(summary).toHaveText('投放素材审核清单（示意）');

  // Folded until the reader opens it.
  const table = details.getByRole('table');
  await expect(table).toBeHidden();
  await summary.click();
  await expect(details).toHaveAttribute('open', '');
  await expect(table).toBeVisible();

  await expect(table.getByRole('columnheader')).toHaveText(['渠道', '审核人', '时限']);
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(2).getByRole('cell')).toHaveText(['小红书', '@涂涂', '2 个工作日']);
  // The third column is right-aligned, as `--:` says.
  expect(await rows.nth(1).getByRole('cell').nth(2).evaluate((td) => getComputedStyle(td).textAlign)).toBe('right');
  await expect(rows.nth(1).getByRole('link', { name: '@杨蓉蓉', exact: true })).toHaveAttribute('href', '/people/yang-rongrong/');

  const boxes = details.getByRole('checkbox');
  await expect(boxes).toHaveCount(2);
  await expect(boxes.first()).toBeChecked();
  await expect(boxes.nth(1)).not.toBeChecked();
  await expect(boxes.nth(1)).toBeDisabled();

  await expect(details.locator('kbd')).toHaveText(['Ctrl', 'F']);
  await details.getByRole('link', { name: '2026 市场与增长部 OKR' }).click();
  await expect(page).toHaveURL('/2026/market/');
  await context.close();
});

test('the English page shows the same body, with its mentions linked to English person pages', async ({ page }) => {
  await page.goto(en(PAGES.department));
  const details = page.locator('.prose details');
  await details.locator('summary').click();
  await expect(details.getByRole('link', { name: '@涂涂', exact: true })).toHaveAttribute('href', '/en/people/tu-tu/');
});

test('a body page loads no script of its own', async ({ page }) => {
  const scripts: string[] = [];
  page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
  await page.goto(PAGES.department);
  await expect(page.locator('.prose details')).toHaveCount(1);
  expect(scripts).toEqual([]);
  expect(await page.locator('.prose script, .prose [onclick], .prose [onerror], .prose iframe').count()).toBe(0);
});
