// Mermaid diagrams (src/components/Diagram.astro) render client-side into every diagram figure, without
// errors, and only pages that have a diagram download Mermaid.
import { expect, test, type Page } from '@playwright/test';
import { DIAGRAM, DIAGRAM_ERROR, DIAGRAM_SVG, PAGES, SETS, en } from './helpers.ts';

const withDiagrams = [
  PAGES.home, en(PAGES.home),
  ...SETS.map((owner) => `/2026/${owner}/`), en(PAGES.set),
  '/2026-q4/du-kangjie/', '/2026-q4/wang-jun/',
  PAGES.alignment, en(PAGES.alignment),
];
const withoutDiagrams = [PAGES.metric, PAGES.person, PAGES.department, PAGES.people, PAGES.departments, PAGES.health, PAGES.search, en(PAGES.person), en(PAGES.health)];

/**
 * Script errors, console errors and failed requests of the page, to assert on and show in messages.
 * The console's "Failed to load resource" carries no URL (and fires for the browser's own /favicon.ico
 * probe), so failed loads are taken from the page's responses instead.
 */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  page.on('requestfailed', (r) => errors.push(`request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return errors;
}

for (const path of withDiagrams) {
  test(`${path}: every diagram renders an SVG, without a Mermaid error`, async ({ page }) => {
    const errors = collectErrors(page);
    await page.goto(path);
    const figures = page.locator(DIAGRAM);
    await expect(figures.first(), 'the page has a diagram figure').toBeAttached();
    const count = await figures.count();
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const where = `diagram ${i + 1} of ${count} on ${path} ("${await figure.locator('figcaption').textContent()}")`;
      await expect(figure.locator('pre.mermaid'), `${where} has its Mermaid source`).toHaveText(/^flowchart /);
      const svg = figure.locator(DIAGRAM_SVG).first();
      await expect(svg, `${where} rendered; ${errors.join('; ')}`).toBeVisible({ timeout: 20_000 });
      await expect(figure.locator(DIAGRAM_ERROR), `${where}: no error shown`).toBeHidden();
      await expect(svg, `${where} is not the Mermaid error drawing`).not.toHaveAttribute('aria-roledescription', 'error');
      await expect(figure.locator('.error-icon, .error-text')).toHaveCount(0);
      await expect(figure.locator('.diagram-canvas')).not.toContainText(/Syntax error|Parse error|正在绘制|Drawing the diagram/i);
      expect(await svg.locator('g.node').count(), `${where}: the SVG has nodes`).toBeGreaterThan(0);
      const box = await svg.boundingBox();
      expect(box !== null && box.width > 50 && box.height > 20, `${where} has a size: ${JSON.stringify(box)}`).toBe(true);
    }
    expect(errors, 'no script error, console error or failed request').toEqual([]);
  });
}

test('the home BSC map links its nodes to the metric pages, in the page language', async ({ page }) => {
  for (const [path, href] of [[PAGES.home, '/2026/bsc/nps/'], [en(PAGES.home), '/en/2026/bsc/nps/']]) {
    await page.goto(path);
    const svg = page.locator(`${DIAGRAM} ${DIAGRAM_SVG}`).first();
    await expect(svg).toBeVisible({ timeout: 20_000 });
    const links = await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')));
    expect(links, `the map on ${path} links to the metric pages`).toContain(href);
  }
});

test('dark mode draws the diagrams too', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(PAGES.set);
  await expect(page.locator(`${DIAGRAM} ${DIAGRAM_SVG}`).first()).toBeVisible({ timeout: 20_000 });
  await expect(page.locator(`${DIAGRAM} ${DIAGRAM_ERROR}`).first()).toBeHidden();
  await context.close();
});

for (const path of withoutDiagrams) {
  test(`${path}: no diagram and no Mermaid download`, async ({ page }) => {
    const loading: Promise<{ url: string; body: string }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      loading.push(response.text().catch(() => '').then((body) => ({ url: response.url(), body })));
    });
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    const scripts = await Promise.all(loading);
    await expect(page.locator(DIAGRAM)).toHaveCount(0);
    const mermaid = scripts.filter((s) => /mermaid|flowDiagram|dagre|cytoscape|elk/i.test(s.url) || s.body.includes('mermaid'));
    expect(mermaid.map((s) => s.url), `scripts loaded: ${scripts.map((s) => s.url).join(', ') || 'none'}`).toEqual([]);
  });
}
