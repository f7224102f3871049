// Accessibility: axe-core on every main page kind (no serious or critical violation), and the keyboard.
import { expect, test } from '@playwright/test';
import { PAGES, PAGE_KINDS, axeViolations, en, formatViolations, open } from './helpers.ts';

const pages: [string, string][] = [
  ...PAGE_KINDS,
  ['quarter', PAGES.quarter],
  ['en home', en(PAGES.home)],
  ['en set', en(PAGES.set)],
];

// axe is injected as an inline script, which the site's Content-Security-Policy refuses (csp.spec.ts).
test.use({ bypassCSP: true });

for (const [name, path] of pages) {
  test(`axe: ${name} (${path}) has no serious or critical violation`, async ({ page }) => {
    await open(page, path);
    const violations = await axeViolations(page);
    expect(violations, `axe on ${path}:\n${formatViolations(violations)}`).toEqual([]);
  });
}

test.describe('dark mode', () => {
  test.use({ colorScheme: 'dark' });
  for (const [name, path] of [['home', PAGES.home], ['set', PAGES.set]]) {
    test(`axe: ${name} (${path}) in dark mode has no serious or critical violation`, async ({ page }) => {
      await open(page, path);
      const violations = await axeViolations(page);
      expect(violations, `axe on ${path} (dark):\n${formatViolations(violations)}`).toEqual([]);
    });
  }
});

test.describe('keyboard', () => {
  for (const path of [PAGES.home, PAGES.set, en(PAGES.set)]) {
    test(`the first Tab on ${path} reaches the skip link, visibly focused, and it jumps to the content`, async ({ page }) => {
      await page.goto(path);
      await page.keyboard.press('Tab');
      const skip = page.locator('a.skip');
      await expect(skip).toBeFocused();
      await expect(skip).toHaveAttribute('href', '#main');
      await expect(skip).toBeInViewport();
      const style = await skip.evaluate((el) => {
        const s = getComputedStyle(el);
        return { outlineStyle: s.outlineStyle, outlineWidth: parseFloat(s.outlineWidth) };
      });
      expect(style.outlineStyle, 'focus outline').not.toBe('none');
      expect(style.outlineWidth, 'focus outline width').toBeGreaterThan(0);

      await page.keyboard.press('Enter');
      await expect(page).toHaveURL(/#main$/);
      await expect(page.locator('main#main')).toBeInViewport();
    });
  }

  test('Tab after the skip link walks the header with a visible focus ring on every stop', async ({ page }) => {
    await page.goto(PAGES.set);
    const stops: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const s = getComputedStyle(el);
        const visible = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
        // Text inputs show focus by their caret and border; links, summaries and buttons need the ring.
        return { name: `${el.tagName.toLowerCase()}${el.className ? `.${el.className}` : ''} "${(el.textContent ?? '').trim().slice(0, 20)}"`, tag: el.tagName, visible };
      });
      if (!focused) break;
      if (focused.tag !== 'INPUT') expect(focused.visible, `focus ring on ${focused.name}`).toBe(true);
      stops.push(focused.name);
    }
    expect(stops.length).toBeGreaterThan(5);
    expect(stops.some((s) => s.startsWith('summary')), `the period switcher is reachable: ${stops.join(' → ')}`).toBe(true);
    expect(stops.some((s) => s.startsWith('a.lang-switch')), `the language switch is reachable: ${stops.join(' → ')}`).toBe(true);
  });

  test('the period switcher opens with Enter and its links are reachable by Tab', async ({ page }) => {
    await page.goto(PAGES.set);
    await page.locator('details.period-switch summary').focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('details.period-switch')).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(page.locator('details.period-switch a').first()).toBeFocused();
  });
});
