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

// "Who owns this?": the first result of each query in issue 8, and for a person what follows them.
const first = (page: Page) => results(page).first();
const tagOf = (item: ReturnType<typeof results>) => item.locator('.search-meta .tag');

/** The first n results as "type: title", once the query's results are in. */
async function top(page: Page, n: number) {
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(count(page)).toHaveText(/^\d+ (条结果|results)/);
  const items = await results(page).all();
  return Promise.all(items.slice(0, n).map(async (li) => `${await tagOf(li).textContent()}: ${await li.locator('h2').textContent()}`));
}

/** What 马长久 owns, in weight order: his BSC metrics (15, 15, 10), the four department sets he leads, then his KRs. */
const MA_OWNS = ['BSC 指标: 净营收', 'BSC 指标: 净利润率', 'BSC 指标: 服务满意度 (NPS)', 'OKR 集: 教研与产品部 2026 OKR', 'OKR 集: 市场与增长部 2026 OKR', 'OKR 集: 销售与转化部 2026 OKR', 'OKR 集: 服务与交付部 2026 OKR'];

for (const q of ['马长久', 'machangjiu', 'mcj', 'ma changjiu', 'MaChangJiu']) {
  test(`${q} puts 马长久 first, then what he owns by weight`, async ({ page }) => {
    await search(page, q);
    await allResults(page);
    const shown = await top(page, 1 + MA_OWNS.length);
    expect(shown).toEqual(['人员: 马长久', ...MA_OWNS]);
    await expect(first(page).getByRole('link')).toHaveAttribute('href', '/people/ma-changjiu/');
    await expect(first(page).locator('.search-meta')).toContainText('负责的部门：教研与产品部、市场与增长部、销售与转化部、服务与交付部');
    // Then the KRs he owns (all of equal weight in the demo, so in content order), each naming him.
    for (let i = 1 + MA_OWNS.length; i < 1 + MA_OWNS.length + 16; i++) {
      await expect(tagOf(results(page).nth(i))).toHaveText('关键结果');
      await expect(results(page).nth(i).locator('.search-meta')).toContainText(/负责人：[^协]*马长久/);
    }
  });
}

for (const q of ['杜康杰', 'dukangjie', 'DKJ']) {
  test(`${q} puts 杜康杰 first, not 产研与数据部, then his metrics, his set and his KRs`, async ({ page }) => {
    await search(page, q);
    const shown = await top(page, 5);
    expect(shown).toEqual(['人员: 杜康杰', 'BSC 指标: 百万元投诉率', 'BSC 指标: 大黑用户拦截率', 'OKR 集: 杜康杰 2026 Q4 个人 OKR（示例）', expect.stringMatching(/^关键结果: O1·KR1 /)]);
    await expect(first(page).getByRole('link')).toHaveAttribute('href', '/people/du-kangjie/');
  });
}

test('an alias finds the person with their title and department: Aaron is 姚涣', async ({ page }) => {
  await search(page, 'Aaron');
  expect(await top(page, 3)).toEqual(['人员: 姚涣', 'BSC 指标: 兼职人效', 'BSC 指标: AI Agent 实际上岗率']);
  const facts = first(page).locator('.search-meta');
  await expect(facts).toContainText('职务：产研与数据部负责人');
  await expect(facts).toContainText('部门：产研与数据部');
  // A person is told by these facts, not by a snippet of names and pinyin.
  await expect(first(page).locator('.search-excerpt')).toHaveCount(0);
});

for (const q of ['退费率', '退费']) {
  test(`${q} finds the 退费率 guard first, then the hedge rule it fires`, async ({ page }) => {
    await search(page, q);
    expect((await top(page, 2))).toEqual(['底线指标: 退费率', '对冲规则: 退费率 > 20% → 财务 × 0.5']);
    await expect(first(page).getByRole('link')).toHaveAttribute('href', '/2026/bsc/refund-rate/');
    const hedge = results(page).nth(1);
    await expect(hedge.getByRole('link')).toHaveAttribute('href', '/2026/bsc/refund-rate/#hedge-refund-guard');
    await expect(hedge.locator('.search-excerpt')).toContainText('财务维度得分乘以 0.5 系数');
  });
}

test('a hedge rule is found by its note, and a perspective by its name', async ({ page }) => {
  await search(page, '定时炸弹');
  expect(await top(page, 1)).toEqual(['对冲规则: 大黑用户拦截率 < 80% → 净营收 → 0']);
  await expect(first(page).getByRole('link')).toHaveAttribute('href', '/2026/bsc/blacklist-interception/#hedge-blacklist-guard');
  await search(page, '学习与成长');
  expect(await top(page, 1)).toEqual(['BSC 维度: 学习与成长']);
  await expect(first(page).getByRole('link')).toHaveAttribute('href', '/2026/perspectives/learning/');
});

test('a KR phrase in quotes finds that KR, and only records with the phrase', async ({ page }) => {
  const title = '启动并跑通“结业后3个月轻陪伴计划”，将结业学员3个月内活跃留存率提升至40%。';
  await search(page, `"${title}"`);
  expect(await top(page, 5)).toEqual([`关键结果: O1·KR1 ${title}`]);
  await expect(first(page).getByRole('link')).toHaveAttribute('href', '/2026/service/#o1-kr1');

  // 投诉率 as a phrase, not 投诉 … 率 anywhere: fewer results, and each snippet marks the phrase itself.
  await search(page, '「投诉率」');
  const n = await allResults(page);
  expect(n).toBeGreaterThanOrEqual(3);
  for (const r of await results(page).all()) await expect(r.locator('.search-excerpt mark').first()).toHaveText('投诉率');
  await box(page).fill('投诉率');
  expect(await allResults(page)).toBeGreaterThan(n);
});

test('snippets start at a word, never on punctuation', async ({ page }) => {
  for (const q of ['退费', '投诉率', '马长久', '轻陪伴']) {
    await search(page, q);
    await allResults(page);
    const starts = await page.locator('.search-excerpt').evaluateAll((ps) => ps.map((p) => p.textContent ?? ''));
    expect(starts.length).toBeGreaterThan(0);
    for (const s of starts) expect(s, q).not.toMatch(/^[\s，。、；：！？·,.;:!?)）」』”’%]/);
  }
});

test('the English page puts the person first too, with department names in English', async ({ page }) => {
  await page.goto('/en/search/?q=mcj');
  await expect(first(page).getByRole('link')).toHaveAttribute('href', '/en/people/ma-changjiu/');
  await expect(first(page).locator('.search-meta')).toContainText('Departments led: Curriculum & Product, Marketing & Growth, Sales & Conversion, Service & Delivery');
  await expect(tagOf(results(page).nth(1))).toHaveText('BSC metric');
});
