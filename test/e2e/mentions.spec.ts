// @提及 as a reader meets them: a mention of a person is a link to their page, in the page's language;
// one that names no one (a role such as @投放主管) is marked text that says so, never a link.
import { expect, test } from '@playwright/test';
import { PAGES, en } from './helpers.ts';

test('a mention in a department body links to the person; an unknown one is marked, not a link', async ({ page }) => {
  await page.goto(PAGES.department);
  const prose = page.locator('.prose');
  const person = prose.getByRole('link', { name: '@杨蓉蓉', exact: true });
  await expect(person).toHaveAttribute('href', '/people/yang-rongrong/');
  const unknown = prose.locator('.mention-unknown', { hasText: '@投放主管' });
  await expect(unknown).toHaveCount(1);
  await expect(unknown).toHaveAttribute('title', '未找到此人');
  await expect(unknown).toContainText('未找到此人');
  expect(await unknown.evaluate((el) => el.closest('a'))).toBeNull();
  await expect(prose.getByRole('link', { name: /投放主管/ })).toHaveCount(0);
  await person.click();
  await expect(page).toHaveURL('/people/yang-rongrong/');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('杨蓉蓉');
});

test('the English page links mentions to the English person page and labels unknown ones in English', async ({ page }) => {
  await page.goto(en(PAGES.department));
  await expect(page.locator('.prose').getByRole('link', { name: '@涂涂', exact: true })).toHaveAttribute('href', '/en/people/tu-tu/');
  await expect(page.locator('.prose .mention-unknown')).toHaveAttribute('title', 'no such person');
});

test('a mention in a check-in field links to the person on the OKR set page, without JavaScript', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/2026-q4/du-kangjie/');
  // The 2026-11-13 check-in names @李萍 in its next step; the weekly report of 2026-11-20 is newer, so it sits in the KR's history.
  const kr = page.locator('#o1-kr1');
  await kr.locator('details.how summary', { hasText: '进展记录' }).click();
  const row = kr.locator('table.history-table tbody tr', { hasText: '2026-11-13' });
  await expect(row.getByRole('link', { name: '@李萍', exact: true })).toHaveAttribute('href', '/people/li-ping/');
  await expect(row).toContainText('与 @李萍 核对被拦截用户回访记录');
  await context.close();
});
