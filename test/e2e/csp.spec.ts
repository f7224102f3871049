// The Content-Security-Policy is the second line behind the check and the sanitiser: if a script or an
// event handler ever reached a page, Chromium must refuse to run it. And the site's own features (the
// diagrams, search) must work under it, with no violation reported.
import { expect, test, type Page } from '@playwright/test';
import { PAGES } from './helpers.ts';

/** Every CSP violation the page reports, from the moment it starts loading. */
async function watchViolations(page: Page): Promise<string[]> {
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  return violations;
}

test('a script that reached a page would not run: inline handlers, inline scripts and foreign scripts are refused', async ({ page }) => {
  await page.goto(PAGES.department);
  const outcome = await page.evaluate(async () => {
    const w = window as unknown as Record<string, unknown>;
    const violated: string[] = [];
    document.addEventListener('securitypolicyviolation', (e) => violated.push(e.violatedDirective));
    document.body.insertAdjacentHTML('beforeend', '<img src="/no-such-image.png" onerror="window.__handler = 1">');
    const inline = document.createElement('script');
    inline.textContent = 'window.__inline = 1';
    document.body.append(inline);
    const foreign = document.createElement('script');
    foreign.src = 'https://evil.example/x.js';
    document.body.append(foreign);
    const frame = document.createElement('iframe');
    frame.src = 'https://evil.example/';
    document.body.append(frame);
    await new Promise((r) => setTimeout(r, 500));
    return { handler: w.__handler, inline: w.__inline, violated };
  });
  expect(outcome.handler).toBeUndefined();
  expect(outcome.inline).toBeUndefined();
  expect(new Set(outcome.violated)).toEqual(new Set(['script-src-attr', 'script-src-elem', 'frame-src']));
});

test('the diagrams draw and search answers under the policy, with no violation', async ({ page }) => {
  const violations = await watchViolations(page);
  await page.goto(PAGES.home);
  await expect(page.locator('.diagram-canvas svg').first()).toBeVisible();
  await page.goto(`${PAGES.search}?q=${encodeURIComponent('投诉')}`);
  await expect(page.locator('[data-search-results] > li').first()).toBeVisible();
  expect(violations).toEqual([]);
});
