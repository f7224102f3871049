// The search page as a reader meets it, in headless Chromium: what opening /search/?q=… downloads until
// the first results show, and how long a second query typed into the box takes to answer.
import { chromium } from 'playwright-core';
import { CHROMIUM, chromiumAvailable } from '../../src/integrations/mermaid-svg.ts';
import { serveStatic } from '../serve.ts';

export interface SearchProbe {
  /** Bytes of every response from opening the page with a query until its results are listed. */
  firstQueryKB: number;
  /** Of those, what Pagefind fetched (its script, wasm, index chunks, filters, fragments). */
  pagefindKB: number;
  /** A query typed into the box until its results are listed, less the page's 200 ms debounce; median of three. */
  queryMs: number;
}

export async function probeSearch(out: string, port: number, queries: [string, ...string[]]): Promise<SearchProbe | undefined> {
  if (!chromiumAvailable()) return undefined;
  const server = await serveStatic(out, port);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    const bytes: { url: string; size: number }[] = [];
    page.on('response', async (response) => {
      const body = await response.body().catch(() => Buffer.alloc(0));
      bytes.push({ url: response.url(), size: body.length });
    });
    const results = page.locator('[data-search-results] > li');
    await page.goto(`http://localhost:${port}/search/?q=${encodeURIComponent(queries[0])}`);
    await results.first().waitFor({ timeout: 60_000 });
    await page.waitForLoadState('networkidle');
    const sum = (rows: typeof bytes) => rows.reduce((n, r) => n + r.size, 0) / 1024;
    const firstQueryKB = sum(bytes);
    const pagefindKB = sum(bytes.filter((r) => r.url.includes('/pagefind/')));
    const times: number[] = [];
    for (const q of [1, 2, 3].map((i) => queries[i % queries.length])) times.push(await page.evaluate(timeQuery, q));
    times.sort((a, b) => a - b);
    return { firstQueryKB, pagefindKB, queryMs: times[Math.floor(times.length / 2)] };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs in the page: types `q` and resolves when the result list stops being busy, in ms after the debounce. */
function timeQuery(q: string): Promise<number> {
  const DEBOUNCE_MS = 200;
  const list = document.querySelector('[data-search-results]')!;
  const input = document.querySelector<HTMLInputElement>('[data-search-input]')!;
  return new Promise((done) => {
    const t0 = performance.now();
    const watch = new MutationObserver(() => {
      if (list.getAttribute('aria-busy') !== 'false') return;
      watch.disconnect();
      done(Math.max(0, performance.now() - t0 - DEBOUNCE_MS));
    });
    watch.observe(list, { attributes: true, attributeFilter: ['aria-busy'] });
    input.value = q;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}
