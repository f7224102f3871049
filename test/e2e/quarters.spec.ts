// Quarters inside the year, on the demo at asOf 2026-11-20: the annual set page lists each quarter's
// contribution to its KRs, the year's page shows its quarters, and an empty quarter says so.
import { expect, test } from '@playwright/test';
import { PAGES, en } from './helpers.ts';

test('the annual set page shows the Q4 objective that contributes to market O1·KR1, with its score and how it was computed', async ({ page }) => {
  await page.goto(PAGES.set);
  const q4 = page.locator('#o1-kr1 [data-quarters] [data-quarter="2026-q4"]');
  await expect(q4.locator('> a')).toHaveAttribute('href', '/2026-q4/');
  const item = q4.locator('[data-quarter-item="2026-q4:du-kangjie/o2"]');
  await expect(item.locator('> a')).toHaveText('杜康杰 · O2 让投诉在源头减少');
  await expect(item.locator('> a')).toHaveAttribute('href', '/2026-q4/du-kangjie/#o2');
  await expect(item.locator('> span').first()).toHaveText(/^\d\.\d\d .* (正常|有风险|落后|已达成)$/);
  await item.locator('details.how > summary').click();
  await expect(item.locator('details.how .calc')).toHaveText(/÷/);
  // Objectives without quarter supporters have no such list.
  await expect(page.locator('#o2 [data-quarters]')).toHaveCount(0);
});

test('the year’s page lists its four quarters; the empty ones say there are no OKRs', async ({ page }) => {
  await page.goto(PAGES.period);
  const panels = page.locator('[data-quarter-panels] [data-quarter]');
  await expect(panels).toHaveCount(4);
  await expect(page.locator('[data-quarter="2026-q1"]')).toContainText('2026 Q1 没有 OKR。');
  await expect(page.locator('[data-quarter="2026-q4"] li a')).toHaveText(['杜康杰', '王俊']);
});

test('an empty quarter page says there are no OKRs this quarter and links to the year', async ({ page }) => {
  await page.goto(PAGES.quarter);
  const empty = page.locator('.empty-period');
  await expect(empty).toContainText('2026 Q1 已经结束，没有部门或个人写过这个周期的 OKR');
  await expect(empty.locator('[data-empty-year] a')).toHaveAttribute('href', '/2026/');
  await page.goto(en(PAGES.quarter));
  await expect(page.locator('.empty-period [data-empty-year]')).toContainText('For the year’s OKRs, see FY 2026');
  await expect(page.locator('.empty-period [data-empty-year] a')).toHaveAttribute('href', '/en/2026/');
});
