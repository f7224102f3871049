// Diagrams (src/components/Diagram.astro, drawn at build time by src/integrations/diagrams.ts): every figure
// carries its SVG in the HTML, no page loads Mermaid, and every drawing is readable at 1366 and 390 px:
// it fits its box with its text ≥ 11 px on screen (alignment maps switch to their compact drawing on a
// phone), and no label is cut or spills out of its box.
import { expect, test, type Page } from '@playwright/test';
import { alignmentTree, bscCausalMap, departmentMap, edgeText, setAlignment, type Diagram } from '../../src/core/diagram/index.ts';
import { localize } from '../../src/i18n/lang.ts';
import { demoLookup } from '../core/demo.ts';
import { DIAGRAM, DIAGRAM_SVG, PAGES, SETS, en } from './helpers.ts';

const look = demoLookup(process.env.OKR_AS_OF ?? '2026-11-20');
/** The view model of the drawing shown at a width: the compact one up to 640 px, where the page has one. */
type Model = (compact: boolean) => Diagram;
const zhEn = (path: string, make: (lang: 'zh' | 'en', compact: boolean) => Diagram): [string, Model][] => [
  [path, (compact) => make('zh', compact)],
  [en(path), (compact) => make('en', compact)],
];
const l = (lang: 'zh' | 'en') => (href: string) => localize(href, lang);

/** Every page kind with a diagram, with the view model of the diagram it draws (the page's first). */
const withDiagrams: [string, Model][] = [
  ...zhEn(PAGES.home, (lang) => bscCausalMap(look, '2026', { lang, localize: l(lang) })!),
  ...zhEn(PAGES.set, (lang, compact) => setAlignment(look, '2026:market', { lang, localize: l(lang), compact })!),
  ...SETS.filter((s) => s !== 'market').map((owner): [string, Model] => [`/2026/${owner}/`, (compact) => setAlignment(look, `2026:${owner}`, { localize: l('zh'), compact })!]),
  ['/2026-q4/du-kangjie/', (compact) => setAlignment(look, '2026-q4:du-kangjie', { localize: l('zh'), compact })!],
  ...zhEn(PAGES.alignment, (lang) => alignmentTree(look, '2026', { lang, localize: l(lang) })),
  ...zhEn(PAGES.department, (lang) => departmentMap(look, ['2026:market'], { lang, localize: l(lang) })!),
];
/**
 * The company map has no phone drawing: narrowed, Mermaid's layout lets its department lanes overlap (the
 * departments align to each other, which adds a third column). On a phone it scrolls sideways with its
 * text at ≥ 11 px, and the alignment tree under it is the phone's reading.
 */
const scrollsOnPhone = new Set([PAGES.alignment, en(PAGES.alignment)]);
const withoutDiagrams = [PAGES.metric, PAGES.person, PAGES.people, PAGES.peopleLetter, PAGES.departments, PAGES.health, PAGES.healthGroup, PAGES.alignmentGroup, PAGES.search, en(PAGES.person), en(PAGES.health)];
const VIEWPORTS = [{ width: 1366, height: 900 }, { width: 390, height: 844 }];

/** Script errors, console errors and failed requests of the page. */
function collectErrors(page: Page) {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => { if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(`console: ${m.text()}`); });
  page.on('response', (r) => { if (r.status() >= 400) errors.push(`HTTP ${r.status()}: ${r.url()}`); });
  return errors;
}

/** Scripts the page loads that are (part of) Mermaid. */
function mermaidScripts(page: Page) {
  const loading: Promise<{ url: string; body: string }>[] = [];
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    loading.push(response.text().catch(() => '').then((body) => ({ url: response.url(), body })));
  });
  return async () => (await Promise.all(loading)).filter((s) => /mermaid|flowDiagram|dagre|cytoscape|elk/i.test(s.url) || s.body.includes('mermaid')).map((s) => s.url);
}

const squash = (text: string) => text.replace(/\s+/g, '');

/** What the first drawing of the page measures in the browser. */
async function measure(page: Page) {
  return page.locator(`${DIAGRAM} ${DIAGRAM_SVG}`).first().evaluate((svg: SVGSVGElement) => {
    const canvas = svg.closest('.diagram-canvas') as HTMLElement;
    const box = svg.getBoundingClientRect();
    const scale = box.width / svg.viewBox.baseVal.width;
    // Text as SVG text or as HTML inside foreignObject (Mermaid's HTML labels): each element's font size, scaled.
    const fontPx = [...svg.querySelectorAll('text, foreignObject span, foreignObject p')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;
    const spills: string[] = [];
    for (const node of svg.querySelectorAll('g.node')) {
      const shape = node.querySelector('rect.label-container, rect.basic, path, polygon');
      const label = node.querySelector('g.label');
      if (shape && label && !inside(label.getBoundingClientRect(), shape.getBoundingClientRect())) spills.push(`node "${label.textContent}"`);
    }
    for (const cluster of svg.querySelectorAll('g.cluster')) {
      const rect = cluster.querySelector('rect');
      const label = cluster.querySelector('.cluster-label');
      if (rect && label && !inside(label.getBoundingClientRect(), rect.getBoundingClientRect())) spills.push(`lane "${label.textContent}"`);
    }
    // A lane's or set's title sits above its boxes, never over one.
    const overlaps: string[] = [];
    const shapes = [...svg.querySelectorAll('g.node')].map((n) => ({ text: n.textContent ?? '', box: (n.querySelector('rect, path, polygon') ?? n).getBoundingClientRect() }));
    const cross = (a: DOMRect, b: DOMRect) => a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1;
    for (const label of svg.querySelectorAll('g.cluster .cluster-label')) {
      const box = label.getBoundingClientRect();
      for (const s of shapes) if (cross(box, s.box)) overlaps.push(`"${label.textContent}" over "${s.text}"`);
    }
    const style = getComputedStyle(canvas);
    const content = canvas.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
    return {
      width: box.width, container: content, scrolls: canvas.scrollWidth > canvas.clientWidth + 1, smallestText: fontPx.length ? Math.min(...fontPx) : 0,
      nodes: [...svg.querySelectorAll('g.node')].map((g) => ({ id: g.id, text: g.textContent ?? '' })),
      edgeLabels: [...svg.querySelectorAll('g.edgeLabel')].map((g) => g.textContent ?? '').filter((t) => t.trim()),
      clusters: [...svg.querySelectorAll('g.cluster')].map((g) => g.querySelector('.cluster-label')?.textContent ?? ''),
      spills, overlaps,
    };
  });
}

for (const viewport of VIEWPORTS) {
  test.describe(`at ${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });
    for (const [path, model] of withDiagrams) {
      test(`${path}: the diagram fits its box without scrolling, its text ≥ 11 px, and every label is whole`, async ({ page }) => {
        await page.goto(path);
        const m = await measure(page);
        const where = `${path} at ${viewport.width} px: SVG ${Math.round(m.width)} px in a ${Math.round(m.container)} px box, smallest text ${m.smallestText.toFixed(1)} px`;
        if (!(viewport.width <= 640 && scrollsOnPhone.has(path))) {
          expect(m.width, `${where}: fits`).toBeLessThanOrEqual(m.container + 1);
          expect(m.scrolls, `${where}: no sideways scrolling`).toBe(false);
        }
        expect(m.smallestText, `${where}: legible`).toBeGreaterThanOrEqual(11);
        expect(m.spills, `${where}: labels that spill out of their box`).toEqual([]);
        expect(m.overlaps, `${where}: titles drawn over a box`).toEqual([]);
        const d = model(viewport.width <= 640);
        expect(m.nodes, `${where}: one box per node of the view model`).toHaveLength(d.nodes.length);
        for (const n of d.nodes) {
          const drawn = m.nodes.find((x) => x.id.includes(`-${n.id}-`));
          expect(drawn?.text && squash(drawn.text), `${where}: node ${n.key}`).toContain(squash(n.label));
          expect(squash(drawn!.text), `${where}: node ${n.key} shows score and status`).toContain(squash(n.score));
        }
        for (const g of d.groups) {
          const title = g.score === undefined ? g.label : `${g.label} · ${g.score}`;
          expect(m.clusters.map(squash), `${where}: lane or set "${g.label}"`).toContain(squash(title));
        }
        // What each edge says: its marker, and a cause's verdict symbol after it (`①✓`).
        const markers = d.edges.flatMap((e) => (e.marker ? [squash(edgeText(e))] : []));
        expect(m.edgeLabels.map(squash).sort(), `${where}: edge markers`).toEqual(markers.sort());
        // The legend (text version) has every numbered edge's whole why, after its marker.
        const legend = squash((await page.locator(`${DIAGRAM} .diagram-alt`).first().textContent()) ?? '');
        for (const e of d.edges) if (e.marker && e.label) expect(legend, `${where}: legend of ${e.marker}`).toContain(squash(`${e.marker}`));
        for (const e of d.edges) if (e.label) expect(legend, `${where}: the why of ${e.from} → ${e.to}`).toContain(squash(e.label));
      });
    }
  });
}

for (const [path] of withDiagrams) {
  test(`${path}: every diagram is in the HTML, drawn without JavaScript and without Mermaid`, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const mermaid = mermaidScripts(page);
    await page.goto(path);
    const figures = page.locator(DIAGRAM);
    const count = await figures.count();
    expect(count, 'the page has a diagram figure').toBeGreaterThan(0);
    for (let i = 0; i < count; i++) {
      const figure = figures.nth(i);
      const where = `diagram ${i + 1} of ${count} on ${path} ("${await figure.locator('figcaption').textContent()}")`;
      await expect(figure.locator('pre.mermaid'), `${where}: once drawn, its Mermaid source is not left in the page`).toHaveCount(0);
      const svg = figure.locator(DIAGRAM_SVG);
      await expect(svg, `${where} is drawn, once on screen`).toHaveCount(1);
      await expect(svg).toBeVisible();
      await expect(svg, `${where} is not the Mermaid error drawing`).not.toHaveAttribute('aria-roledescription', 'error');
      expect(await svg.locator('g.node').count(), `${where}: the SVG has nodes`).toBeGreaterThan(0);
      expect(await svg.locator('script, foreignObject, [onclick], [onload]').count(), `${where}: nothing in it can run`).toBe(0);
    }
    expect(await mermaid(), 'no Mermaid script').toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });
}

test('the home BSC map: lanes bottom-up in causal order, nodes linked to the metric pages, the legend open', async ({ page }) => {
  for (const [path, href] of [[PAGES.home, '/2026/bsc/nps/'], [en(PAGES.home), '/en/2026/bsc/nps/']]) {
    await page.goto(path);
    const svg = page.locator(`${DIAGRAM} ${DIAGRAM_SVG}`).first();
    const links = await svg.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? a.getAttribute('xlink:href')));
    expect(links, `the map on ${path} links to the metric pages`).toContain(href);
    // Bottom-up: each lane sits above the lane whose metrics drive it (learning lowest, finance highest).
    const lanes = await svg.locator('g.cluster').evaluateAll((gs) => gs.map((g) => ({ label: (g.querySelector('.cluster-label')?.textContent ?? '').replace(/\s+/g, ''), top: g.getBoundingClientRect().top })));
    const order = bscCausalMap(look, '2026', { lang: path === PAGES.home ? 'zh' : 'en' })!.groups.map((g) => g.label.replace(/\s+/g, ''));
    expect(lanes.map((x) => x.label.replace(/·.*$/, '')).sort(), 'one lane per perspective').toEqual([...order].sort());
    const tops = order.map((name) => lanes.find((x) => x.label.startsWith(name))!.top);
    for (let i = 1; i < tops.length; i++) expect(tops[i], `${order[i]} above ${order[i - 1]} on ${path}`).toBeLessThan(tops[i - 1]);
    await expect(page.locator(`${DIAGRAM} .diagram-alt`).first()).toHaveAttribute('open', '');
  }
});

test('dark mode: the drawing takes the page colours', async ({ browser }) => {
  const context = await browser.newContext({ colorScheme: 'dark' });
  const page = await context.newPage();
  await page.goto(PAGES.set);
  const svg = page.locator(`${DIAGRAM} ${DIAGRAM_SVG}`).first();
  const [panel, cluster] = await svg.evaluate((el) => [
    getComputedStyle(document.documentElement).getPropertyValue('--bg').trim(),
    getComputedStyle(el.querySelector('g.cluster rect')!).fill,
  ]);
  const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
  expect(cluster, 'a lane is filled with the dark page background').toBe(rgb(panel));
  await context.close();
});

for (const path of withoutDiagrams) {
  test(`${path}: no diagram and no Mermaid download`, async ({ page }) => {
    const mermaid = mermaidScripts(page);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    await expect(page.locator(DIAGRAM)).toHaveCount(0);
    expect(await mermaid()).toEqual([]);
  });
}
