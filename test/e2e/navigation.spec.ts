// How a reader moves through the portal: cards, permalinks, owners, the period switcher, the language
// switch, and reading with JavaScript turned off.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { PAGES, en } from './helpers.ts';

/** Whether the element is the document's :target. */
const isTarget = (locator: Locator) => locator.evaluate((el) => el.matches(':target'));

async function expectHighlightedTarget(page: Page, id: string) {
  const kr = page.locator(`[id="${id}"]`);
  expect(await isTarget(kr), `#${id} is the :target`).toBe(true);
  await expect(kr).toBeInViewport();
  const style = await kr.evaluate((el) => {
    const s = getComputedStyle(el);
    return { background: s.backgroundColor, outline: s.outlineStyle };
  });
  expect(style.background, 'the targeted KR has a highlight background').not.toMatch(/^(transparent|rgba\(0, 0, 0, 0\))$/);
  expect(style.outline, 'the targeted KR is outlined').not.toBe('none');
}

test('the home page shows the company BSC in Chinese', async ({ page }) => {
  await page.goto(PAGES.home);
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2026年喜播教育业务OKR');
  // Scorecard: every perspective, metric rows linking to metric pages, hedge rules, set cards.
  for (const perspective of ['财务', '客户', '内部运营', '学习与成长']) {
    await expect(page.getByRole('heading', { level: 3, name: new RegExp(`^${perspective}`) })).toBeVisible();
  }
  await expect(page.locator('#metric-nps').getByRole('link', { name: '服务满意度 (NPS)' })).toHaveAttribute('href', '/2026/bsc/nps/');
  await expect(page.locator('#hedge-refund-guard')).toContainText('已触发');
  await expect(page.locator('section[aria-labelledby="h-sets"] li.panel')).toHaveCount(5);
});

test('a metric row on the home page opens the metric page', async ({ page }) => {
  await page.goto(PAGES.home);
  await page.locator('#metric-complaint-rate').getByRole('link', { name: '百万元投诉率' }).click();
  await expect(page).toHaveURL('/2026/bsc/complaint-rate/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('百万元投诉率');
});

test('home → department set → KR permalink → KR owner → back to the KR', async ({ page }) => {
  await page.goto(PAGES.home);
  await page.locator('section[aria-labelledby="h-sets"]').getByRole('link', { name: '市场与增长部' }).click();
  await expect(page).toHaveURL('/2026/market/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('市场与增长部 2026 OKR');

  // The KR's own "#" anchor: the URL becomes the permalink, the KR is the :target, in view and highlighted.
  const kr = page.locator('#o2-kr2');
  await kr.getByRole('link', { name: '永久链接 KR2' }).click();
  await expect(page).toHaveURL('/2026/market/#o2-kr2');
  await expectHighlightedTarget(page, 'o2-kr2');
  await expect(kr.getByRole('heading', { level: 3 })).toContainText('《市场机会洞察报告》');

  // Its owner's page lists that KR, linking back to the permalink.
  await kr.locator('.meta').getByRole('link', { name: '杨蓉蓉' }).click();
  await expect(page).toHaveURL('/people/yang-rongrong/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('杨蓉蓉');
  const row = page.locator('tr', { has: page.locator('a[href="/2026/market/#o2-kr2"]') });
  await expect(row).toHaveCount(1);
  // Grouped by set: the group's heading names where the KR lives, the row need not.
  await expect(page.locator('section.owned-group', { has: row }).getByRole('heading', { level: 3 })).toContainText('市场与增长部 2026 OKR');

  // Browser back returns to the set page, at the KR.
  await page.goBack();
  await expect(page).toHaveURL('/2026/market/#o2-kr2');
  await expect(kr).toBeInViewport();
  expect(await isTarget(kr)).toBe(true);
});

test('a KR permalink opened directly scrolls to the highlighted KR', async ({ page }) => {
  await page.goto('/2026/market/#o2-kr1');
  await expectHighlightedTarget(page, 'o2-kr1');
  await expect(page.locator('#o1-kr1')).not.toBeInViewport();
});

test.describe('the period switcher', () => {
  test('opens and goes to 2026 Q1', async ({ page }) => {
    await page.goto(PAGES.home);
    const switcher = page.locator('details.period-switch');
    await expect(switcher.getByRole('link', { name: /2026 Q1/ })).toBeHidden();
    await switcher.locator('summary').click();
    await expect(switcher).toHaveAttribute('open', '');
    await expect(switcher.getByRole('link', { name: /2026 年度/ })).toHaveAttribute('aria-current', 'page');
    await switcher.getByRole('link', { name: '2026 Q1' }).click();
    await expect(page).toHaveURL('/2026-q1/');
    await expect(page.locator('details.period-switch summary')).toHaveText('2026 Q1');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('2026 Q1');
  });

  for (const [owner, period] of [['market', '2026'], ['du-kangjie', '2026-q4']]) {
    test(`on /${period}/${owner}/ it links ${owner}'s set in the other periods where it exists, else that period's home`, async ({ page, request }) => {
      await page.goto(`/${period}/${owner}/`);
      const links = page.locator('details.period-switch a');
      await expect(links).toHaveCount(5);
      for (const other of ['2026', '2026-q1', '2026-q2', '2026-q3', '2026-q4']) {
        const samePage = `/${other}/${owner}/`;
        const exists = other === period || (await request.get(samePage)).ok();
        const link = page.locator('details.period-switch a', { hasText: new RegExp(`^${other === '2026' ? '2026 年度' : other.replace('2026-q', '2026 Q')}`) });
        await expect(link).toHaveAttribute('href', exists ? samePage : `/${other}/`);
        if (other === period) await expect(link).toHaveAttribute('aria-current', 'page');
      }
    });
  }

  test('keeps the page kind: alignment → alignment of the chosen period', async ({ page }) => {
    await page.goto(PAGES.alignment);
    await page.locator('details.period-switch summary').click();
    await page.locator('details.period-switch').getByRole('link', { name: '2026 Q3' }).click();
    await expect(page).toHaveURL('/2026-q3/alignment/');
    await expect(page.getByRole('heading', { level: 1 })).toContainText('2026 Q3');
  });
});

test.describe('the language switch', () => {
  test('goes from a set page to its English copy and back', async ({ page }) => {
    await page.goto(PAGES.set);
    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(en(PAGES.set));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');

    // UI words in English, content as written (Chinese).
    const main = page.locator('main');
    await expect(main.getByText('Score', { exact: false }).first()).toBeVisible();
    await expect(page.locator('#o1-kr1 .meta')).toContainText('Owners: ');
    await expect(page.locator('#o1 h2')).toContainText('【提升获客质量，保障财务健康线】');
    await expect(page.locator('#o1-kr1 h3')).toContainText('百万元投诉率');
    await expect(page.locator('nav[aria-label="Main"]')).toContainText('Alignment');
    await expect(page.locator('a.lang-switch')).toHaveText('中文');

    // Links on English pages stay in English.
    await expect(page.locator('#o1-kr1 .meta a').first()).toHaveAttribute('href', '/en/people/ma-changjiu/');
    await expect(page.locator('#o1-kr1 a.anchor')).toHaveAttribute('href', '/en/2026/market/#o1-kr1');

    await page.locator('a.lang-switch').click();
    await expect(page).toHaveURL(PAGES.set);
    await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    await expect(page.locator('#o1-kr1 .meta')).toContainText('负责人：');
  });

  test('the English home page names its set cards and metrics in English, and links them in English', async ({ page }) => {
    await page.goto(en(PAGES.home));
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.locator('#metric-nps').getByRole('link', { name: 'Service Satisfaction (NPS)' })).toHaveAttribute('href', '/en/2026/bsc/nps/');
    await expect(page.locator('#metric-nps')).toContainText('服务满意度 (NPS)');
    await expect(page.locator('section[aria-labelledby="h-sets"]').getByRole('link', { name: 'Marketing & Growth', exact: true })).toHaveAttribute('href', '/en/2026/market/');
    await expect(page.locator('main .crumbs').first()).toContainText('FY 2026');
    await page.locator('details.period-switch summary').click();
    await page.locator('details.period-switch').getByRole('link', { name: '2026 Q2' }).click();
    await expect(page).toHaveURL('/en/2026-q2/');
  });
});

test('the header search box submits a GET query to the search page', async ({ page }) => {
  await page.goto(PAGES.set);
  await page.locator('header input[name="q"]').fill('投诉');
  await page.locator('header input[name="q"]').press('Enter');
  await expect(page).toHaveURL(/\/search\/\?q=%E6%8A%95%E8%AF%89$/);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('a set page shows every objective, key result, score, owner and computation', async ({ page }) => {
    await page.goto(PAGES.set);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('市场与增长部 2026 OKR');
    await expect(page.locator('main .big-score').first()).toHaveText(/^\d\.\d+$/);
    await expect(page.locator('section.objective')).toHaveCount(2);
    await expect(page.locator('#o1 h2')).toContainText('【提升获客质量，保障财务健康线】');
    await expect(page.locator('#o2 h2')).toContainText('【探索新增长曲线，为新品类孵化奠基】');
    const krs = page.locator('article.kr');
    await expect(krs).toHaveCount(4);
    for (const [id, title] of [['o1-kr1', '百万元投诉率'], ['o1-kr2', '净利率≥0%'], ['o2-kr1', '2个新品类'], ['o2-kr2', '《市场机会洞察报告》']]) {
      const kr = page.locator(`#${id}`);
      await expect(kr.locator('h3')).toContainText(title);
      await expect(kr.locator('.side .score')).toHaveText(/\d\.\d+|—/);
      await expect(kr.locator('.meta')).toContainText('马长久');
    }
    await expect(page.locator('#o2-kr2 .steps li')).toHaveCount(4);

    // "如何计算" is a native <details>: it opens without scripts.
    const how = page.locator('#o1-kr1 .side details.how');
    await how.locator('summary').click();
    await expect(how.locator('.calc')).toHaveText('(1300 − 1190) ÷ (1300 − 1170) = 0.85');

    // So do the permalinks and the period switcher.
    await page.locator('#o1-kr2 a.anchor').click();
    await expect(page).toHaveURL('/2026/market/#o1-kr2');
    await expect(page.locator('#o1-kr2')).toBeInViewport();
    await page.locator('details.period-switch summary').click();
    await expect(page.locator('details.period-switch').getByRole('link', { name: '2026 Q4' })).toBeVisible();
  });

  test('the home page shows the scorecard and hedge rules', async ({ page }) => {
    await page.goto(PAGES.home);
    await expect(page.locator('section.perspective')).toHaveCount(4);
    await expect(page.locator('section.perspective tbody tr')).toHaveCount(8);
    await expect(page.locator('#hedge-refund-guard')).toContainText('退费率 > 20%');
  });
});
