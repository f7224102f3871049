// The site header is one line from 1024 px on, in both languages (the English "中文" link used to wrap at 1366).
import { expect, test } from '@playwright/test';

for (const width of [1024, 1366]) {
  for (const path of ['/2026/market/', '/en/2026/market/', '/en/people/ma-changjiu/']) {
    test(`the header of ${path} is one line at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 800 });
      await page.goto(path);
      const boxes = await page.locator('.site-header .wrap > *').evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ top: r.top, bottom: r.bottom })));
      expect(boxes.length).toBe(5);
      const top = Math.max(...boxes.map((b) => b.top));
      const bottom = Math.min(...boxes.map((b) => b.bottom));
      expect(top, 'every item of the header shares one line').toBeLessThan(bottom);
      expect(await page.locator('.site-header').evaluate((h) => h.getBoundingClientRect().height)).toBeLessThan(60);
    });
  }
}
