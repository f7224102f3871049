// The period review (复盘) on the demo at asOf 2026-11-20: Q4 is not over, so the page says it is provisional
// and still draws the distribution; the histogram's bars have the demo's counts and heights to scale, the
// 0.7 line sits on the 0.7 tick; the department pages list the flagged KRs with their owners.
import { expect, test, type Page } from '@playwright/test';
import { PAGES, en } from './helpers.ts';

const HISTOGRAM = '[data-histogram="histogram"]';

async function bars(page: Page) {
  return page.locator(`${HISTOGRAM} g.bin`).evaluateAll((gs) => gs.map((g) => {
    const rect = g.querySelector('rect')!;
    return {
      range: g.getAttribute('data-range'), count: Number(g.getAttribute('data-count')), label: g.querySelector('text')!.textContent,
      y: Number(rect.getAttribute('y')), height: Number(rect.getAttribute('height')), sweet: g.classList.contains('sweet'),
    };
  }));
}

test.describe('the Q4 review page', () => {
  test('says it is provisional, and what it counts', async ({ page }) => {
    await page.goto(PAGES.review);
    await expect(page.locator('h1')).toHaveText('2026 Q4 · 复盘');
    await expect(page.locator('[data-provisional]')).toContainText('截至 2026-11-20');
    await expect(page.locator('[data-provisional]')).toContainText('还有 6 周');
    // The Q4 sets are sample data: the page says so.
    await expect(page.locator('.banner[role="note"]')).toContainText('示例');
    await expect(page.locator('[data-scored-by]')).toHaveText('计入 12 个关键结果：4 个用自评分，8 个用按度量计算的进度；0 个暂无数据，未计入。');
  });

  test('draws the distribution: ten bins of 0.1 with the demo counts, bars to scale from the axis', async ({ page }) => {
    await page.goto(PAGES.review);
    const b = await bars(page);
    expect(b.map((x) => x.range)).toEqual(['0.0–0.1', '0.1–0.2', '0.2–0.3', '0.3–0.4', '0.4–0.5', '0.5–0.6', '0.6–0.7', '0.7–0.8', '0.8–0.9', '0.9–1.0']);
    // With the weekly reports every Q4 KR has data: 杜康杰 o3/kr2 and 王俊 o2/kr2 0.00; o3/kr1 self 0.20; four at 0.3–0.4
    // (王俊 o1/kr1 self 0.30); three at 0.4–0.5; one at 0.6–0.7; 王俊 o2/kr1 self 0.70.
    expect(b.map((x) => x.count)).toEqual([2, 0, 1, 4, 3, 0, 1, 1, 0, 0]);
    expect(b.map((x) => x.label)).toEqual(b.map((x) => String(x.count)));
    const axis = Number(await page.locator(`${HISTOGRAM} line.axis`).getAttribute('y1'));
    for (const x of b) expect(x.y + x.height).toBeCloseTo(axis, 1);
    const [zero, , , four, three] = b;
    expect(b[1].height).toBe(0);
    expect(three.height / four.height).toBeCloseTo(0.75, 2);
    expect(zero.height / four.height).toBeCloseTo(0.5, 2);
    // The text alternative and the table say the same.
    await expect(page.locator(`${HISTOGRAM} desc`)).toContainText('0.3–0.4: 4');
    await expect(page.locator(`${HISTOGRAM} tr[data-bin="0.3–0.4"] td`)).toHaveText('4');
  });

  test('marks the 0.7 sweet spot with a line on the 0.7 tick and a label', async ({ page }) => {
    await page.goto(PAGES.review);
    const line = page.locator(`${HISTOGRAM} [data-sweet-spot] line`);
    const tick = page.locator(`${HISTOGRAM} text.tick`, { hasText: /^0\.7$/ });
    expect(await line.getAttribute('x1')).toBe(await tick.getAttribute('x'));
    expect(await line.getAttribute('x2')).toBe(await line.getAttribute('x1'));
    await expect(page.locator(`${HISTOGRAM} [data-sweet-spot] text`)).toHaveText('0.7 基本达成');
    expect((await bars(page)).filter((x) => x.sweet).map((x) => x.range)).toEqual(['0.7–0.8']);
  });

  test('summarises by department and links each department’s review', async ({ page }) => {
    await page.goto(PAGES.review);
    const people = page.locator('[data-review="groups"] tr[data-group="people"]');
    await expect(people.locator('[data-count="low"]')).toHaveText('3');
    await expect(people.locator('[data-count="disagree"]')).toHaveText('2');
    await expect(people.locator('[data-count="big-gaps"]')).toHaveText('2');
    await expect(people.getByRole('link')).toHaveAttribute('href', PAGES.reviewGroup);
    // A quarter has no BSC of its own: no causal-chain section, rather than an empty one.
    await expect(page.locator('[data-causal-evidence]')).toHaveCount(0);
  });

  test("the year's review tests the causal chain: the edge the demo data does not support says so", async ({ page }) => {
    await page.goto('/2026/review/');
    const evidence = page.locator('[data-causal-evidence]');
    await expect(evidence.locator('h2')).toHaveText('因果链的数据检验');
    await expect(evidence.locator('[data-causal-edge="2026:bsc/parttime-efficiency 2026:bsc/net-margin"]')).toHaveAttribute('data-verdict', 'contradicted');
    await expect(evidence.locator('[data-verdict="supported"]').first()).toBeVisible();
  });

  test('is linked from the period’s navigation', async ({ page }) => {
    await page.goto('/2026-q4/');
    await expect(page.locator('header nav').getByRole('link', { name: '复盘' })).toHaveAttribute('href', PAGES.review);
  });
});

test.describe('a department’s review page', () => {
  test('lists the KRs below 0.3, lowest first, with their owners by name', async ({ page }) => {
    await page.goto(PAGES.reviewGroup);
    const low = page.locator('[data-review="low"] tbody tr');
    await expect(low).toHaveCount(3);
    await expect(low.nth(0).locator('td').first().getByRole('link')).toHaveAttribute('href', '/2026-q4/du-kangjie/#o3-kr2');
    await expect(low.nth(1).locator('td').first().getByRole('link')).toHaveAttribute('href', '/2026-q4/wang-jun/#o2-kr2');
    await expect(low.nth(1).getByRole('link', { name: '王俊' })).toHaveAttribute('href', '/people/wang-jun/');
    await expect(low.nth(2).locator('td').first().getByRole('link')).toHaveAttribute('href', '/2026-q4/du-kangjie/#o3-kr1');
    await expect(low.nth(2).getByRole('link', { name: '杜康杰' })).toHaveAttribute('href', '/people/du-kangjie/');
  });

  test('lists confidence that disagreed with the outcome, and the self-assessed score against the computed, big gaps flagged', async ({ page }) => {
    await page.goto(PAGES.reviewGroup);
    const disagree = page.locator('[data-review="disagree"] tbody tr');
    await expect(disagree).toHaveCount(2);
    await expect(disagree.nth(0)).toHaveAttribute('data-kind', 'over');
    await expect(disagree.nth(0)).toContainText('0.70 2026-11-20'); // confidence of 杜康杰's latest weekly report
    await expect(disagree.nth(0)).toContainText('信心过高');
    const gaps = page.locator('[data-review="gaps"] tbody tr');
    await expect(gaps).toHaveCount(4);
    await expect(gaps.nth(0)).toContainText('+0.45');
    await expect(page.locator('[data-review="gaps"] tbody tr[data-big-gap]')).toHaveCount(2);
    await expect(gaps.nth(3)).not.toHaveAttribute('data-big-gap');
  });

  test('flags a 1.0 as 目标可能过于保守 (the year, 产研与数据部)', async ({ page }) => {
    await page.goto('/2026/review/tech/');
    const rows = page.locator('[data-review="conservative"] tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.locator('td').first().getByRole('link')).toHaveAttribute('href', '/2026/tech/#o2-kr2');
    await expect(rows.getByRole('link', { name: '姚涣' })).toHaveCount(1);
    await expect(page.locator('[data-review="conservative"] h2')).toContainText('目标可能过于保守');
  });
});

test('the review in English', async ({ page }) => {
  await page.goto(en(PAGES.review));
  await expect(page.locator('h1')).toHaveText('2026 Q4 · Review');
  await expect(page.locator(`${HISTOGRAM} [data-sweet-spot] text`)).toHaveText('0.7 basically achieved');
  await expect(page.locator('[data-provisional]')).toContainText('6 weeks before the period ends');
});
