// A full-page screenshot of every page kind, for a person to look at: test-results/screenshots/<name>.png.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { PAGES, PAGE_KINDS, en, open, pngSize, screenshotPath } from './helpers.ts';

async function shoot(page: Page, name: string, path: string) {
  await open(page, path);
  const file = screenshotPath(name);
  await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
  expect(existsSync(file), file).toBe(true);
  const png = readFileSync(file);
  expect(png.length, `${file} is more than a blank page`).toBeGreaterThan(10_000);
  const size = pngSize(png);
  // Wider than the viewport when the page scrolls sideways: the phone-width tests below report that.
  expect(size.width).toBeGreaterThanOrEqual(page.viewportSize()!.width);
  expect(size.height, 'full page, not just the viewport').toBeGreaterThanOrEqual(page.viewportSize()!.height);
  return size;
}

const kinds: [string, string][] = [...PAGE_KINDS, ['period', PAGES.quarter], ['en-set', en(PAGES.set)]];

for (const [name, path] of kinds) {
  test(`screenshot: ${name} (${path})`, async ({ page }) => {
    await shoot(page, name, path);
  });
}

test.describe('at phone width (390px)', () => {
  test.use({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });

  test('screenshot: phone-home and phone-set', async ({ page }) => {
    await shoot(page, 'phone-home', PAGES.home);
    await shoot(page, 'phone-set', PAGES.set);
  });

  for (const [name, path] of kinds) {
    test(`${name} does not scroll sideways`, async ({ page }) => {
      await open(page, path);
      const overflow = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > width + 1 && !el.closest('.table-scroll, .sr-only, .skip, figure'))
          .filter((el) => getComputedStyle(el).position !== 'absolute' || el.closest('.period-switch'))
          .slice(0, 5)
          .map((el) => `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}.${[...el.classList].join('.')} right=${Math.round(el.getBoundingClientRect().right)}`);
        return { scrollWidth: document.documentElement.scrollWidth, width, wide };
      });
      expect(overflow.scrollWidth, `page wider than the screen; too wide: ${overflow.wide.join(', ')}`).toBeLessThanOrEqual(overflow.width);
    });
  }
});

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });

  test('screenshot: dark-home and dark-set', async ({ page }) => {
    await shoot(page, 'dark-home', PAGES.home);
    await shoot(page, 'dark-set', PAGES.set);
    const background = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(background, 'the dark theme applies').not.toBe('rgb(251, 251, 250)');
  });
});

test('screenshot: print-set (print media)', async ({ page }) => {
  await page.emulateMedia({ media: 'print' });
  await shoot(page, 'print-set', PAGES.set);
  await expect(page.locator('.site-header nav')).toBeHidden();
  await expect(page.locator('article.kr').first()).toBeVisible();
});
