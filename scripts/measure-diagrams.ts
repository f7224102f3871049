// Measures the diagram pages of a served site in Chromium: per page, the SVG's width against its box at
// 1366 and 390 px, the gzip size of the JavaScript the page loads, and the time until every diagram is drawn.
//   node scripts/measure-diagrams.ts http://localhost:4510 / /2026/alignment/ /2026/market/
import { chromium } from '@playwright/test';
import { gzipSync } from 'node:zlib';

const [base = 'http://localhost:4321', ...paths] = process.argv.slice(2);
const pages = paths.length ? paths : ['/', '/2026/alignment/', '/2026/market/', '/2026-q4/du-kangjie/'];
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
for (const path of pages) {
  for (const [width, height] of [[1366, 900], [390, 844]]) {
    const page = await browser.newPage({ viewport: { width, height } });
    const scripts: Promise<number>[] = [];
    let html = 0;
    page.on('response', (r) => {
      const type = r.request().resourceType();
      if (type === 'script') scripts.push(r.body().then((b) => gzipSync(b).length, () => 0));
      if (type === 'document') r.body().then((b) => { html = gzipSync(b).length; }, () => {});
    });
    const start = Date.now();
    await page.goto(base + path);
    await page.waitForFunction(() => [...document.querySelectorAll('figure[data-diagram]')].every((f) => f.querySelector('.diagram-canvas svg')), null, { timeout: 30_000 });
    const drawn = Date.now() - start;
    await page.waitForLoadState('networkidle');
    const js = (await Promise.all(scripts)).reduce((a, b) => a + b, 0);
    const sizes = await page.$$eval('figure[data-diagram] .diagram-canvas', (cs) => cs.map((c) => {
      const svg = c.querySelector('svg')!.getBoundingClientRect();
      return `${Math.round(svg.width)}×${Math.round(svg.height)} in ${Math.round(c.clientWidth)}`;
    }));
    const fonts = await page.$$eval('figure[data-diagram] .diagram-canvas svg', (svgs) => svgs.map((svg) => {
      // Font size × the drawing's scale on screen, for SVG text and for HTML labels in foreignObject alike.
      const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
      const sizes = [...svg.querySelectorAll('text, foreignObject span, foreignObject p')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
      return sizes.length ? Math.min(...sizes).toFixed(1) : '?';
    }));
    await page.locator('figure[data-diagram]').first().screenshot({ path: `test-results/measure${path.replace(/\//g, '_')}${width}.png` });
    console.log(`${path} @${width}: diagrams ${sizes.join(', ')} (smallest text ${fonts.join(', ')} px on screen); HTML ${(html / 1024).toFixed(1)} KB gzip, JS ${(js / 1024).toFixed(1)} KB gzip; drawn after ${drawn} ms`);
    await page.close();
  }
}
await browser.close();
