// The demo has one private KR (content/okrs/2026-q4/wang-jun.mdx, wang-jun/o1/kr3). The public site,
// which `npm run test:e2e` builds, has no trace of it, and every score that leaves it out says so.
import { expect, test } from '@playwright/test';
import { en, open } from './helpers.ts';

const SET = '/2026-q4/wang-jun/';

test('a public set page says "不含 1 项非公开内容" where its scores leave the private KR out', async ({ page }) => {
  await open(page, SET);
  await expect(page.locator('.score-panel .withheld')).toHaveText('不含 1 项非公开内容');
  await expect(page.locator('#o1 > header .withheld')).toHaveText('不含 1 项非公开内容');
  await expect(page.locator('#o2 > header .withheld')).toHaveCount(0);
  await expect(page.locator('#o1 article.kr')).toHaveCount(2);
  await expect(page.locator('#o1-kr3')).toHaveCount(0);
  await page.locator('#o1 > details.how summary').click();
  await expect(page.locator('#o1 > details.how')).toContainText('不含 1 项非公开内容：只按公开的目标与 KR 计算。');
  // Not in the text, nor in the Mermaid source the diagram is drawn from.
  expect(await page.content()).not.toContain('联合实验室');
});

test('says it in English, and beside the set on the home and person pages', async ({ page }) => {
  await open(page, en(SET));
  await expect(page.locator('#o1 > header .withheld')).toHaveText('excludes 1 non-public item');
  await open(page, '/');
  const now = page.locator('#now-2026-q4 li').filter({ has: page.locator(`a[href="${SET}"]`) });
  await expect(now.locator('.withheld')).toHaveText('不含 1 项非公开内容');
  await open(page, '/people/wang-jun/');
  const own = page.locator('.panel').filter({ has: page.locator(`a[href="${SET}"]`) });
  await expect(own.locator('.withheld')).toHaveText('不含 1 项非公开内容');
  expect(await page.content()).not.toContain('联合实验室');
});

test('search does not find the private KR', async ({ page }) => {
  await page.goto(`/search/?q=${encodeURIComponent('"联合实验室"')}`);
  await expect(page.locator('[data-search-results]')).toHaveAttribute('aria-busy', 'false');
  await expect(page.getByRole('status')).toHaveText(/^(0 条结果|没有)/);
  await expect(page.locator('[data-search-results] > li').filter({ hasText: '联合实验室' })).toHaveCount(0);
});
