// The search page on the built demo site: Chinese queries over the Pagefind index of KRs, objectives,
// sets, metrics, people and departments; filters; the header search box; the English page.
import { expect, test, type Page } from '@playwright/test';

const results = (page: Page) => page.locator('[data-search-results] > li');
const krResults = (page: Page, label = '关键结果') => results(page).filter({ has: page.locator('.search-meta .tag', { hasText: new RegExp(`^${label}$`) }) });
const count = (page: Page) => page.getByRole('status');
/** The search page's own box (the header has one too). */
const box = (page: Page) => page.getByRole('main').getByRole('searchbox');

/** Wait for the results of the current query, then show them all ("show more" until it goes). */
async function allResults(page: Page) {
  const list = page.locator('[data-search-results]');
  await expect(list).toHaveAttribute('aria-busy', 'false');
  await expect(count(page)).toHaveText(/^\d+ (条结果|results)/);
  const more = page.locator('[data-search-more]');
  while (await more.isVisible()) {
    await more.click();
    await expect(list).toHaveAttribute('aria-busy', 'false');
  }
  const total = Number((await count(page).textContent())!.match(/^(\d+)/)![1]);
  await expect(results(page)).toHaveCount(total);
  return total;
}

async function search(page: Page, q: string) {
  await page.goto('/search/');
  await expect(page.locator('[data-search-filters]')).toBeVisible();
  await box(page).fill(q);
}

test('马长久 lists the KRs he owns, with his name in each', async ({ page }) => {
  await search(page, '马长久');
  await allResults(page);
  const krs = krResults(page);
  // He co-owns the KRs of the four departments he leads (4 each in the demo).
  expect(await krs.count()).toBeGreaterThanOrEqual(16);
  for (const kr of await krs.all()) await expect(kr.locator('.search-meta')).toContainText('马长久');
  await expect(krs.filter({ hasText: '启动并跑通“结业后3个月轻陪伴计划”' })).toHaveCount(1);
  await expect(krs.filter({ hasText: '将“百万元投诉率”作为核心健康指标' })).toHaveCount(1);
  // His person page and the BSC metrics he answers for are found too.
  await expect(results(page).getByRole('link', { name: '马长久', exact: true })).toHaveAttribute('href', '/people/ma-changjiu/');
  await expect(results(page).getByRole('link', { name: '净营收', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\/search\/\?q=%E9%A9%AC%E9%95%BF%E4%B9%85$/);
});

test('投诉率 finds the 百万元投诉率 metric and the KRs about complaints, with owners, set, status and score', async ({ page }) => {
  await search(page, '投诉率');
  const total = await allResults(page);
  // Results with the words together (投诉率, not 投诉…率) come first.
  const together = await results(page).filter({ hasText: '投诉率' }).count();
  expect(together).toBeGreaterThan(3);
  for (let i = 0; i < together; i++) await expect(results(page).nth(i)).toContainText('投诉率');
  expect(total).toBeGreaterThanOrEqual(together);
  const metric = results(page).filter({ has: page.getByRole('link', { name: '百万元投诉率', exact: true }) });
  await expect(metric).toHaveCount(1);
  await expect(metric.getByRole('link')).toHaveAttribute('href', '/2026/bsc/complaint-rate/');
  await expect(metric.locator('.search-meta')).toContainText('BSC 指标');
  await expect(metric.locator('.search-meta')).toContainText('杜康杰');
  await expect(metric.locator('mark').first()).toBeVisible();

  const market = krResults(page).filter({ hasText: '将“百万元投诉率”作为核心健康指标' });
  await expect(market.getByRole('link')).toHaveAttribute('href', '/2026/market/#o1-kr1');
  const facts = market.locator('.search-meta');
  await expect(facts).toContainText('负责人：马长久、杨蓉蓉、涂涂');
  await expect(facts).toContainText('市场与增长部 · 2026 年度');
  await expect(facts.locator('.status').first()).toHaveClass(/\bs-(done|on-track|at-risk|off-track|no-data|unscored)\b/);
  await expect(facts.locator('.status.s-stale')).toContainText('待更新');
  await expect(facts).toContainText(/得分 (\d\.\d+|\d|—)/);

  const tech = krResults(page).filter({ hasText: '外部投诉率降低30%' });
  await expect(tech.locator('.search-meta')).toContainText('负责人：姚涣');
  await expect(tech.locator('.search-meta')).toContainText('协作人：谢媛、佀曼曼');
  await expect(krResults(page).filter({ hasText: '所服务用户的百万元投诉率' })).toHaveCount(1);
});

test('Aaron finds 姚涣: his page and the KRs he owns', async ({ page }) => {
  await search(page, 'Aaron');
  await allResults(page);
  await expect(results(page).getByRole('link', { name: '姚涣', exact: true })).toHaveAttribute('href', '/people/yao-huan/');
  const krs = krResults(page);
  expect(await krs.count()).toBeGreaterThanOrEqual(3);
  for (const kr of await krs.all()) await expect(kr.locator('.search-meta')).toContainText('姚涣');
});

test('a filter narrows the results and is kept in the URL', async ({ page }) => {
  await search(page, '投诉率');
  const all = await allResults(page);
  const type = page.getByRole('combobox', { name: '类型', exact: true });
  await expect(type.locator('option', { hasText: /^关键结果 \(\d+\)$/ })).toHaveCount(1);
  await type.selectOption('kr');
  await expect(page).toHaveURL(/[?&]type=kr\b/);
  const krs = await allResults(page);
  expect(krs).toBeLessThan(all);
  expect(krs).toBeGreaterThan(0);
  await expect(krResults(page)).toHaveCount(krs);

  await page.getByRole('combobox', { name: '部门', exact: true }).selectOption('产研与数据部');
  await expect(page).toHaveURL(/department=/);
  const tech = await allResults(page);
  expect(tech).toBeLessThan(krs);
  for (const r of await results(page).all()) await expect(r.locator('.search-meta')).toContainText('产研与数据部');

  // The link reproduces the search.
  await page.reload();
  await expect(box(page)).toHaveValue('投诉率');
  await expect(page.getByRole('combobox', { name: '类型', exact: true })).toHaveValue('kr');
  expect(await allResults(page)).toBe(tech);

  await page.getByRole('button', { name: '清除筛选' }).click();
  expect(await allResults(page)).toBe(all);
});

test('a filter alone lists everything it matches', async ({ page }) => {
  await page.goto('/search/?type=department');
  expect(await allResults(page)).toBe(5);
  await expect(results(page).first().locator('.tag')).toHaveText('部门');
});

test('the header search box on the home page lands on the search page with results', async ({ page }) => {
  await page.goto('/');
  await page.locator('#site-q').fill('马长久');
  await page.locator('#site-q').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E9%A9%AC%E9%95%BF%E4%B9%85$/);
  await expect(box(page)).toHaveValue('马长久');
  await expect(krResults(page).first()).toContainText('马长久');
});

test('results update as you type, and the keyboard reaches every control', async ({ page }) => {
  await page.goto('/search/');
  await expect(page.locator('[data-search-filters]')).toBeVisible();
  await box(page).focus();
  await page.keyboard.type('大黑用户拦截率');
  await expect(results(page).getByRole('link', { name: '大黑用户拦截率', exact: true })).toBeVisible();
  await expect(page).toHaveURL(/\?q=/);
  await page.keyboard.press('Tab'); // the search button
  await page.keyboard.press('Tab'); // the type filter
  await expect(page.getByRole('combobox', { name: '类型', exact: true })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(box(page)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=/);
  await expect(results(page).first()).toBeVisible();
});

test('the English search page speaks English and links to /en/ pages', async ({ page }) => {
  await page.goto('/en/search/?q=投诉率');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(box(page)).toHaveValue('投诉率');
  await allResults(page);
  const links = results(page).locator('h2 a');
  expect(await links.count()).toBeGreaterThan(3);
  for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\//);
  const kr = krResults(page, 'Key result').filter({ hasText: '将“百万元投诉率”作为核心健康指标' });
  await expect(kr.locator('.search-meta')).toContainText('Owners: 马长久, 杨蓉蓉, 涂涂');
  await expect(page.getByRole('combobox', { name: 'Type', exact: true }).locator('option', { hasText: /^Key result \(\d+\)$/ })).toHaveCount(1);
  await kr.getByRole('link').click();
  await expect(page).toHaveURL(/\/en\/2026\/market\/#o1-kr1$/);
  await expect(page.locator('#o1-kr1')).toBeVisible();
});
