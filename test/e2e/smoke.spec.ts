import { expect, test } from '@playwright/test';

test('the home page shows the company BSC in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('2026年喜播教育业务OKR');
});
