// What a reader sees on the pages that answer "who owns what": the perspective and guard pages, the
// hedge section of a metric page, the department and person pages, and an empty period (asOf 2026-11-20).
import { expect, test } from '@playwright/test';
import { PAGES, en } from './helpers.ts';

test('the perspective heading on the home scorecard opens the perspective page', async ({ page }) => {
  await page.goto(PAGES.home);
  await page.getByRole('heading', { level: 3, name: /^财务/ }).getByRole('link', { name: '财务' }).click();
  await expect(page).toHaveURL(PAGES.perspective);
  await expect(page.getByRole('heading', { level: 1 })).toContainText('财务');
});

test('the perspective page shows its weight, score, metrics, hedges and the departments that carry it', async ({ page }) => {
  await page.goto(PAGES.perspective);
  await expect(page.locator('[data-perspective-weight]')).toHaveText('30%');
  await expect(page.locator('[data-perspective-score]')).toHaveText('0.20');
  const metrics = page.locator('section[aria-labelledby="h-metrics"] tbody tr');
  await expect(metrics).toHaveCount(2);
  await expect(metrics.nth(0)).toContainText('净营收');
  await expect(metrics.nth(0)).toContainText('15%');
  await expect(metrics.nth(0).getByRole('link', { name: '净营收', exact: true })).toHaveAttribute('href', '/2026/bsc/clean-revenue/');
  await expect(page.locator('#hedge-refund-guard')).toContainText('若退费率 > 20%，财务维度得分乘以 0.5');
  await expect(page.locator('#hedge-refund-guard')).toContainText('现在触发');
  const carrier = page.locator('section[aria-labelledby="h-carriers"] li');
  await expect(carrier).toHaveCount(1);
  await expect(carrier.getByRole('link', { name: '市场与增长部', exact: true })).toHaveAttribute('href', '/departments/market/');
  await expect(carrier).toContainText('净营收');
});

test('a metric page links its perspective page', async ({ page }) => {
  await page.goto(PAGES.metric);
  await page.locator('dl.facts').getByRole('link', { name: '客户' }).click();
  await expect(page).toHaveURL('/2026/perspectives/customer/');
});

test('the guard page of 退费率: value with date, the rule in words, why it fires, what it does to 财务', async ({ page }) => {
  await page.goto(PAGES.home);
  await page.locator('#guard-refund-rate').getByRole('link', { name: '退费率' }).click();
  await expect(page).toHaveURL(PAGES.guard);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('退费率');
  await expect(page.locator('[data-guard-value]')).toHaveText('21.5%');
  await expect(page.locator('.score-panel')).toContainText('数据截至 2026-10-31');
  const rule = page.locator('#hedge-refund-guard');
  await expect(rule.locator('.hedge-words')).toHaveText('若退费率 > 20%，财务维度得分乘以 0.5');
  await expect(rule).toContainText('现在触发');
  await expect(rule.locator('.hedge-why')).toHaveText('21.5% > 20%');
  await expect(rule.locator('.hedge-change')).toHaveText('财务 0.40 → 0.20');
  await expect(rule.getByRole('link', { name: '财务' })).toHaveAttribute('href', '/2026/perspectives/finance/');
  await rule.locator('details.how summary').click();
  await expect(rule.locator('details.how')).toContainText('0.40 × 0.5 = 0.20');
  await expect(page.locator('section[aria-labelledby="h-checkins"] table tbody tr')).toHaveCount(2);
});

test('a metric a hedge reads shows the rule and why it does not fire', async ({ page }) => {
  await page.goto('/2026/bsc/blacklist-interception/');
  const rule = page.locator('#hedge-blacklist-guard');
  await expect(rule.locator('.hedge-words')).toHaveText('若大黑用户拦截率 < 80%，净营收得分归零');
  await expect(rule).toContainText('现在不触发');
  await expect(rule.locator('.hedge-why')).toHaveText('90% < 80% 不成立');
});

test('the department page: objectives and KRs with owners, supported metrics, people, aligned personal OKRs, history', async ({ page }) => {
  await page.goto(PAGES.department);
  const current = page.locator('section[aria-labelledby="h-current"]');
  await expect(current.getByRole('heading', { level: 4 })).toHaveCount(2);
  const kr1 = current.locator('tbody tr').first();
  await expect(kr1).toContainText('将“百万元投诉率”作为核心健康指标');
  await expect(kr1.getByRole('link', { name: '杨蓉蓉' })).toBeVisible();
  await expect(kr1.getByRole('link', { name: '百万元投诉率', exact: true })).toHaveAttribute('href', '/2026/bsc/complaint-rate/');
  const supports = page.locator('section[aria-labelledby="h-supports"] li');
  await expect(supports.getByRole('link', { name: '百万元投诉率', exact: true })).toBeVisible();
  await expect(supports.getByRole('link', { name: '净营收', exact: true })).toBeVisible();
  const people = page.locator('section[aria-labelledby="h-members"]');
  await expect(people.locator('li.member')).toHaveCount(2);
  await expect(people.locator('li.member').first()).toContainText('负责 4 个本部门 KR');
  await expect(people.getByRole('link', { name: '杜康杰 2026 Q4 个人 OKR（示例）' })).toHaveAttribute('href', '/2026-q4/du-kangjie/');
  const history = page.locator('table.score-history tbody tr');
  await expect(history).toHaveCount(1);
  await expect(history).toContainText('2026 年度');
  await expect(history).toContainText('0.80');
});

test('the department page uses its English name on /en/', async ({ page }) => {
  await page.goto(en(PAGES.department));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Marketing & Growth/);
});

test('the person page: facts, what they own grouped by set with 对齐到, their name not repeated per row', async ({ page }) => {
  await page.goto('/people/du-kangjie/');
  const facts = page.locator('dl.person-facts');
  for (const term of ['职务', '部门', '上级', '直接下属']) await expect(facts.locator('dt', { hasText: term })).toBeVisible();
  const own = page.locator('section.owned-group[data-group="2026-q4:du-kangjie"]');
  await expect(own.getByRole('heading', { level: 3 })).toContainText('本人的 OKR');
  const first = own.locator('tbody tr').first();
  await expect(first.locator('td.aligns').getByRole('link', { name: '大黑用户拦截率' })).toHaveAttribute('href', '/2026/bsc/blacklist-interception/');
  const rows = await own.locator('tbody tr').allInnerTexts();
  expect(rows.length).toBe(6);
  for (const row of rows) expect(row, 'the person is the page; rows do not repeat the name').not.toContain('杜康杰');
  await expect(page.locator('section.owned-group[data-group="2026:bsc"]')).toContainText('百万元投诉率');
});

test('a person who works in department sets sees them grouped, each KR with its co-owners', async ({ page }) => {
  await page.goto(PAGES.person);
  const market = page.locator('section.owned-group[data-group="2026:market"]');
  await expect(market.getByRole('heading', { level: 3 }).getByRole('link')).toHaveText('市场与增长部 2026 OKR');
  await expect(market.locator('tbody tr')).toHaveCount(4);
  await expect(market.locator('tbody tr').first()).toContainText('共同负责：杨蓉蓉、涂涂');
  await expect(market.locator('tbody tr').first().locator('td.aligns')).toContainText('百万元投诉率');
});

test('an empty period says why and links to the periods with content', async ({ page }) => {
  await page.goto(PAGES.quarter);
  const empty = page.locator('section.empty-period');
  await expect(empty.getByRole('heading')).toHaveText('这个周期还没有 OKR');
  await expect(empty).toContainText('content/okrs/2026-q1/ 下没有文件');
  await expect(empty.locator('ul').getByRole('link', { name: '2026 年度' })).toHaveAttribute('href', '/2026/');
  await expect(empty.locator('[data-empty-year]').getByRole('link', { name: '2026 年度' })).toHaveAttribute('href', '/2026/');
  await empty.getByRole('link', { name: '2026 Q4' }).click();
  await expect(page).toHaveURL('/2026-q4/');
});

test('the alignment page: the tree down to the departments, personal OKRs counted and found on the department\'s page', async ({ page }) => {
  await page.goto(PAGES.alignment);
  const tree = page.locator('#tree');
  await expect(tree.locator('a[href^="/2026-q4/"]')).toHaveCount(0);
  const market = page.locator('#groups tr[data-group="market"]');
  await expect(market.locator('td').nth(1)).toHaveText('1');
  const below = tree.locator('li', { has: page.locator('> a[href="/2026/market/#o1-kr1"]') }).locator('> .below');
  await expect(below).toContainText('1 个个人目标对齐到这里');
  await below.getByRole('link', { name: '市场与增长部' }).click();
  await expect(page).toHaveURL('/2026/alignment/market/#i-2026-market-o1');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('市场与增长部 · 对齐');
  const under = page.locator('#s-2026-market-o1');
  await expect(under.getByRole('heading', { level: 2 })).toContainText('对齐到它的个人目标');
  await expect(under.locator('a[href="/2026-q4/du-kangjie/#o2"]')).toHaveCount(1);
  await expect(under.locator('.entry-aligns')).toContainText('市场与增长部 · O1·KR1');
  await page.goto('/2026/alignment/people/');
  await expect(page.locator('#s-elsewhere a[href="/2026-q4/wang-jun/#o1"]')).toHaveCount(1);
});

test('the people directory: departments with their counts, and people by the first letter of their name', async ({ page }) => {
  await page.goto(PAGES.people);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('人员 (10)');
  const market = page.locator('li[data-group="market"]');
  await expect(market).toContainText('2 成员');
  await expect(market.getByRole('link', { name: '市场与增长部' })).toHaveAttribute('href', '/departments/market/#members');
  await expect(page.locator('nav.letters').getByText('A', { exact: true })).not.toHaveAttribute('href');
  await page.locator('nav.letters').getByRole('link', { name: 'Y (2)' }).click();
  await expect(page).toHaveURL(PAGES.peopleLetter);
  const rows = page.locator('table[data-letter="Y"] tbody tr');
  await expect(rows).toHaveCount(2);
  await expect(rows.first().getByRole('link').first()).toHaveText('杨蓉蓉');
  await expect(rows.nth(1)).toContainText('姚涣');
  await expect(page.locator('nav.letters [aria-current="page"]')).toHaveText('Y');
});
