// The hostile site (test/hostile/build-site.ts: the base content plus every accepted hostile case of
// the corpus, each on a page of its own), served on E2E_PORT + 1. Every HTML page of it, in real
// Chromium with JavaScript on (so Mermaid draws its diagrams from the hostile titles): no dialog
// ever opens, no script but the site's own, no event-handler attribute, no javascript:/data:/vbscript:
// address, no frame, object or embed, no request to another host; and each case's marker text is on
// its page, as text (escaped, not dropped).
import { expect, test, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { diagramsSettled } from './helpers.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const DIST = join(ROOT, 'test', '.output', 'hostile-dist');
const PORT = Number(process.env.E2E_PORT ?? 4330) + 1;
const BASE = `http://localhost:${PORT}`;
const markers: { name: string; page: string; text: string }[] = JSON.parse(readFileSync(join(ROOT, 'test', '.output', 'hostile-site.json'), 'utf8'));

function htmlPages(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = join(dir, e.name);
    if (e.isDirectory()) return htmlPages(full);
    return e.name.endsWith('.html') ? [`/${relative(DIST, full).split(sep).join('/')}`.replace(/index\.html$/, '')] : [];
  });
}
const PAGES = htmlPages(DIST).sort();

test('the hostile site has every page kind and a page for every site case', () => {
  expect(PAGES.length).toBeGreaterThan(100);
  for (const m of markers) expect(PAGES, m.name).toContain(m.page);
});

/** What the page holds that could run or load something, after its own scripts ran. */
async function inert(page: Page) {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const s of document.querySelectorAll('script')) {
      const src = s.getAttribute('src') ?? '';
      if (!/^\/(_astro|pagefind)\//.test(src) && !(src === '' && s.textContent?.trim() === '')) found.push(`script ${src || s.textContent?.slice(0, 80)}`);
    }
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`<${el.localName} ${a.name}>`);
        if (/^(href|src|action|formaction|xlink:href|srcdoc|data)$/i.test(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value.replace(/[\u0000-\u001f]/g, ''))) {
          found.push(`<${el.localName} ${a.name}="${a.value.slice(0, 60)}">`);
        }
      }
    }
    for (const el of document.querySelectorAll('iframe, object, embed, frame, frameset')) found.push(`<${el.localName}>`);
    return found;
  });
}

for (const path of PAGES) {
  test(`inert: ${path}`, async ({ page }) => {
    const dialogs: string[] = [];
    const foreign: string[] = [];
    page.on('dialog', (d) => { dialogs.push(`${d.type()}: ${d.message()}`); void d.dismiss(); });
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (url.protocol !== 'data:' && url.hostname !== 'localhost') foreign.push(r.url());
    });
    await page.goto(`${BASE}${path}`);
    await page.waitForLoadState('networkidle');
    await diagramsSettled(page);
    expect(await inert(page)).toEqual([]);
    for (const m of markers.filter((x) => x.page === path || `/en${x.page}` === path)) {
      await expect(page.getByText(m.text, { exact: false }).filter({ visible: true }).first(), `${m.name}: "${m.text}" is shown as text`).toBeVisible();
    }
    expect(dialogs).toEqual([]);
    expect(foreign).toEqual([]);
  });
}
