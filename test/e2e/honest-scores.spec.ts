// Numbers a reader can trust, on the demo at asOf 2026-11-20 (npm run test:e2e builds with OKR_AS_OF):
// no data is 未更新, never 0 or 落后; aggregates say how many KRs they rest on; stale KRs say 待更新;
// the home page shows the quarter beside the year; 数据截至 is the newest data.
import { expect, test } from '@playwright/test';
import { PAGES, en } from './helpers.ts';

test.describe('the market set page', () => {
  test('shows its real score with coverage, and no 落后', async ({ page }) => {
    await page.goto(PAGES.set);
    const hero = page.locator('.score-panel');
    await expect(hero.locator('.big-score')).toHaveText('0.80');
    await expect(hero.locator('.status')).toHaveText(/正常/);
    await expect(hero.locator('.coverage')).toHaveText('2/4 个 KR 有数据');
    for (const o of ['o1', 'o2']) await expect(page.locator(`#${o} > header .coverage`)).toHaveText('1/2 个 KR 有数据');
    // Nothing of the set is off track: not the set, an objective nor a KR. (Its alignment map also shows what
    // it aligns to, such as the 财务 perspective, which is 落后 on its own account: that is not this set.)
    const ownText = await page.locator('main').evaluate((main) => {
      const copy = main.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('figure.diagram').forEach((f) => f.remove());
      return copy.textContent ?? '';
    });
    expect(ownText).not.toContain('落后');
    await expect(page.locator('section.objective .status.s-off-track')).toHaveCount(0);
  });

  test('shows a KR without data as 未更新: no score, no bar, no 0', async ({ page }) => {
    await page.goto(PAGES.set);
    const side = page.locator('#o1-kr2 .side');
    await expect(side.locator('.score')).toHaveText('—');
    await expect(side.locator('.status')).toHaveText(/未更新/);
    await expect(side.locator('.bar')).toHaveCount(0);
    await side.locator('details.how summary').click();
    await expect(side.locator('details.how')).toContainText('截至 2026-11-20 还没有填报数值：未更新，不计入上级得分。');
    await page.locator('#o1 > details.how summary').click();
    await expect(page.locator('#o1 > details.how')).toContainText('KR2 还没有数据，未计入。');
  });

  test('marks the KR last updated on 2026-10-31 待更新', async ({ page }) => {
    await page.goto(PAGES.set);
    const side = page.locator('#o1-kr1 .side');
    await expect(side.locator('.status.s-stale')).toHaveText(/待更新/);
    await expect(side.locator('.stale-note')).toHaveText('最近更新 2026-10-31，已 20 天');
    await expect(page.locator('#o1-kr2 .side .s-stale')).toHaveCount(0);
  });

  test('says it in English too', async ({ page }) => {
    await page.goto(en(PAGES.set));
    await expect(page.locator('.score-panel .coverage')).toHaveText('2 of 4 KRs have data');
    await expect(page.locator('#o1-kr2 .side .status')).toHaveText(/No data yet/);
    await expect(page.locator('#o1-kr1 .side .stale-note')).toHaveText('last update 2026-10-31, 20 days ago');
  });
});

test.describe('the home page', () => {
  test('shows the Q4 sets beside the year', async ({ page }) => {
    await page.goto(PAGES.home);
    const now = page.locator('#now-2026-q4');
    await expect(now.getByRole('heading', { level: 2 })).toHaveText('同时进行 · 2026 Q4');
    await expect(now.getByRole('link', { name: '杜康杰' })).toHaveAttribute('href', '/2026-q4/du-kangjie/');
    await expect(now.getByRole('link', { name: '王俊' })).toHaveAttribute('href', '/2026-q4/wang-jun/');
    await expect(now.locator('li').nth(1).locator('.coverage')).toHaveText('6/6 个 KR 有数据') // their weekly reports fill every KR;
    // Beside the company score: on the same row, to its right.
    const score = (await page.locator('.score-panel').boundingBox())!;
    const box = (await now.boundingBox())!;
    expect(box.x).toBeGreaterThan(score.x + score.width - 1);
    expect(box.y).toBeLessThan(score.y + score.height);
    // The year's own sets stay in their section.
    await expect(page.locator('section[aria-labelledby="h-sets"] li.panel')).toHaveCount(5);
    await expect(page.locator('section[aria-labelledby="h-sets"]').getByRole('link', { name: '杜康杰' })).toHaveCount(0);
  });

  test('dates its data by the newest check-in: the weekly reports of 2026-11-20, the day it is computed for', async ({ page }) => {
    await page.goto(PAGES.home);
    await expect(page.locator('.hero [data-data-date]')).toHaveText('数据截至 2026-11-20');
    await expect(page.locator('footer [data-data-date]')).toHaveText('数据截至 2026-11-20');
    await page.goto(en(PAGES.set));
    await expect(page.locator('footer [data-data-date]')).toHaveText('Data as of 2026-11-20');
  });

  test('a quarter page does not list the year beside it', async ({ page }) => {
    await page.goto('/2026-q4/');
    await expect(page.locator('.now-panel')).toHaveCount(0);
  });
});

test.describe('the health page of the current period', () => {
  test('is a summary by department for the year and Q4, each row linked to the department\'s page', async ({ page }) => {
    await page.goto(PAGES.health);
    await expect(page.getByRole('heading', { level: 2, name: '2026 年度' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: '2026 Q4' })).toBeVisible();
    const market = page.locator('#period-2026 tr[data-group="market"]');
    await expect(market.locator('[data-count="stale"]')).toHaveText('1 (25%)'); // only O1·KR1: the weekly reports keep the others current
    await expect(market.locator('[data-count="no-update"]')).toHaveText('2');
    // Q4's sets are 杜康杰's and 王俊's, who have no department: their row comes first, 6 of 12 KRs off track.
    const quarter = page.locator('#period-2026-q4 tbody tr').first();
    await expect(quarter).toHaveAttribute('data-group', 'people');
    await expect(quarter.locator('[data-count="off-track"]')).toHaveText('6 (50%)');
    await market.getByRole('link', { name: '市场与增长部' }).click();
    await expect(page).toHaveURL('/2026/health/market/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('市场与增长部 · 健康度');
  });

  test('a department\'s page lists its stale KRs of each period, with the rule', async ({ page }) => {
    await page.goto(PAGES.healthGroup);
    const yearStale = page.locator('#period-2026 [data-health="stale"]');
    await expect(yearStale.getByRole('heading', { level: 3 })).toContainText('待更新的关键结果');
    const row = yearStale.locator('tr', { has: page.locator('a[href="/2026/market/#o1-kr1"]') });
    await expect(row).toHaveCount(1);
    await expect(row).toContainText('最近更新 2026-10-31，已 20 天');
    const staleIndex = page.locator('tr[data-index="stale"] td');
    await expect(staleIndex).toHaveText(['1', '0']); // 2026 年度, 2026 Q4
    await expect(staleIndex.first().getByRole('link')).toHaveAttribute('href', '/2026/health/market/#2026-stale');
    await page.goto('/2026/health/people/');
    await expect(page.locator('#period-2026-q4 [data-health="stale"] a[href="/2026-q4/du-kangjie/#o1-kr2"]')).toHaveCount(1);
  });

  test('lists KRs without data under 未更新, not under 落后', async ({ page }) => {
    await page.goto(PAGES.healthGroup);
    await expect(page.locator('#period-2026 [data-health="no-update"] a[href="/2026/market/#o1-kr2"]')).toHaveCount(1);
    await expect(page.locator('#period-2026 [data-health="off-track"] a[href="/2026/market/#o1-kr2"]')).toHaveCount(0);
    await page.goto('/2026/health/people/');
    // 王俊's O2·KR2 has data from his weekly reports now: it is judged (落后), no longer 未更新.
    await expect(page.locator('#period-2026-q4 [data-health="no-update"] a[href="/2026-q4/wang-jun/#o2-kr2"]')).toHaveCount(0);
    await expect(page.locator('#period-2026-q4 [data-health="off-track"] a[href="/2026-q4/wang-jun/#o2-kr2"]')).toHaveCount(1);
  });

  test('a department\'s page lists the warnings about its files, the summary only those of files of no department', async ({ page }) => {
    await page.goto(PAGES.healthGroup);
    await expect(page.locator('#warnings li[data-rule="objective-count"]')).toHaveCount(1);
    await page.goto(PAGES.health);
    await expect(page.locator('#period-2026 tr[data-group="market"] [data-count="warnings"]')).toHaveText('2');
    await expect(page.locator('#warnings li[data-rule="objective-count"]')).toHaveCount(0);
  });

  test('a past quarter lists only itself', async ({ page }) => {
    await page.goto('/2026-q1/health/');
    await expect(page.locator('section.health-period')).toHaveCount(1);
    await page.goto('/2026-q1/health/sales/');
    await expect(page.locator('table.health-index thead th')).toHaveText(['清单', '2026 Q1']);
    await expect(page.locator('[data-index]')).toHaveCount(6);
  });
});

test('the search status filter has 待更新, and it finds the stale KR', async ({ page }) => {
  await page.goto('/search/?status=stale&type=kr');
  const list = page.locator('[data-search-results]');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  const status = page.getByRole('combobox', { name: '状态', exact: true });
  await expect(status).toHaveValue('stale');
  await expect(status.locator('option:checked')).toHaveText(/待更新/);
  const kr = page.locator('[data-search-results] > li').filter({ hasText: '将“百万元投诉率”作为核心健康指标' });
  await expect(kr).toHaveCount(1);
  await expect(kr.locator('.status.s-stale')).toContainText('待更新（最近更新 2026-10-31，已 20 天）');
  await expect(page.locator('[data-search-results] > li').filter({ hasText: '在首购UE模型净利率' })).toHaveCount(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the set page shows coverage, 未更新 and 待更新', async ({ page }) => {
    await page.goto(PAGES.set);
    await expect(page.locator('.score-panel .coverage')).toHaveText('2/4 个 KR 有数据');
    await expect(page.locator('#o1-kr2 .side .status')).toHaveText(/未更新/);
    await expect(page.locator('#o1-kr1 .side .stale-note')).toBeVisible();
  });
});
