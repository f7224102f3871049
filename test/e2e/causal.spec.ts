// The causal chain tested against the data, as a reader sees it: on the drawn BSC map every cause's
// arrow carries its number and verdict symbol whole (not cut by its label box) in its verdict's colour,
// the legend under the map names every verdict, and a metric page lists its edges with verdicts and points.
import { expect, test } from '@playwright/test';
import { bscCausalMap, edgeText, LINK_STYLES } from '../../src/core/diagram/index.ts';
import { causalEvidence, metricCausalEdges, VERDICT_LABELS } from '../../src/core/views/causal-view.ts';
import { demoLookup } from '../core/demo.ts';
import { DIAGRAM, DIAGRAM_SVG, PAGES, en } from './helpers.ts';

const look = demoLookup(process.env.OKR_AS_OF ?? '2026-11-20');
const squash = (text: string) => text.replace(/\s+/g, '');
const strokeOf = (style: string) => /stroke:(#[0-9a-f]{6})/i.exec(style)![1].toLowerCase();
/** `#2f9e6a` as the browser reports a computed colour. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
  for (const [path, lang] of [[PAGES.home, 'zh'], [en(PAGES.home), 'en']] as const) {
    test(`${path} at ${viewport.width} px: every cause on the drawn map shows its number and verdict whole, in its verdict's colour`, async ({ page }) => {
      await page.setViewportSize(viewport);
      await page.goto(path);
      const map = bscCausalMap(look, '2026', { lang })!;
      const drawn = await page.locator(`${DIAGRAM} ${DIAGRAM_SVG}`).first().evaluate((svg: SVGSVGElement) => {
        const inside = (a: DOMRect, b: DOMRect) => a.left >= b.left - 1 && a.right <= b.right + 1 && a.top >= b.top - 1 && a.bottom <= b.bottom + 1;
        const labels = [...svg.querySelectorAll('g.edgeLabel')].map((g) => {
          const text = g.querySelector('text');
          const box = g.querySelector('rect');
          return { text: g.textContent ?? '', whole: !!text && !!box && inside(text.getBoundingClientRect(), box.getBoundingClientRect()), width: text?.getBoundingClientRect().width ?? 0 };
        });
        const strokes = [...svg.querySelectorAll('path.flowchart-link')].map((p) => ({ id: p.id, stroke: getComputedStyle(p).stroke }));
        return { labels, strokes };
      });
      const expected = map.edges.map((e) => squash(edgeText(e)));
      expect(drawn.labels.map((x) => squash(x.text)).sort()).toEqual([...expected].sort());
      for (const x of drawn.labels) {
        expect(x.whole, `label "${x.text}" inside its box`).toBe(true);
        expect(x.width, `label "${x.text}" drawn`).toBeGreaterThan(10);
      }
      // Each arrow (Mermaid's L_<from>_<to>_n) in the stroke of its verdict.
      for (const e of map.edges) {
        const [from, to] = [e.from, e.to].map((k) => map.nodes.find((n) => n.key === k)!.id);
        const path = drawn.strokes.find((s) => s.id.includes(`L_${from}_${to}_`));
        expect(path?.stroke, `${e.marker} ${from} → ${to}`).toBe(rgb(strokeOf(LINK_STYLES[e.verdict!])));
      }
    });
  }
}

test('the legend under the map gives every edge its verdict word, and explains every symbol', async ({ page }) => {
  await page.goto(PAGES.home);
  const evidence = causalEvidence(look, '2026')!;
  const alt = page.locator(`${DIAGRAM} .diagram-alt`).first();
  const items = alt.locator('ul.edges > li');
  await expect(items).toHaveCount(evidence.edges.length);
  for (const [i, e] of evidence.edges.entries()) {
    const text = squash((await items.nth(i).textContent()) ?? '');
    expect(text).toContain(squash(`${e.marker}${e.symbol}${e.verdictText.zh}`));
    expect(text).toContain(squash(`${e.from.label}→${e.to.label}`));
  }
  const legend = alt.locator('[data-causal-legend]');
  for (const v of evidence.legend) await expect(legend).toContainText(`${v.symbol} ${v.word.zh}`);
  if (evidence.sample) await expect(legend.locator('.tag.sample')).toBeVisible();
});

for (const [path, lang] of [[PAGES.metric, 'zh'], [en('/2026/bsc/nps/'), 'en'], ['/2026/bsc/nps/', 'zh']] as const) {
  test(`${path}: lists the causes into and out of the metric with verdict, statistic and the points used`, async ({ page }) => {
    await page.goto(path);
    const id = path.split('/').filter(Boolean).pop()!;
    const { into, out } = metricCausalEdges(look, '2026', id);
    const edges = [...into, ...out];
    expect(edges.length).toBeGreaterThan(0);
    const items = page.locator('[data-causal-edge]');
    await expect(items).toHaveCount(edges.length);
    for (const e of edges) {
      const item = page.locator(`[data-causal-edge="${e.from.key} ${e.to.key}"]`);
      await expect(item).toHaveAttribute('data-verdict', e.verdict);
      await expect(item.locator('.verdict')).toHaveText(`${VERDICT_LABELS[e.verdict].symbol} ${VERDICT_LABELS[e.verdict].word[lang]}`);
      await expect(item.locator('[data-statistic]')).toHaveText(e.statistic[lang]);
      if (e.sample) await expect(item.locator('.tag.sample').first()).toBeVisible();
      // The points: one row each, driver week and change, outcome week and change.
      await item.locator('details.causal-points summary').click();
      const rows = item.locator('details.causal-points tbody tr');
      await expect(rows).toHaveCount(e.points.length);
      if (e.points.length === 0) await expect(item.locator('details.causal-points')).toContainText(lang === 'zh' ? '还没有两个指标同时变化的周。' : 'No week yet in which both moved.');
      for (const [i, p] of e.points.entries()) {
        await expect(rows.nth(i).locator('td').nth(0)).toHaveText(p.driver.week);
        await expect(rows.nth(i).locator('td').nth(1)).toHaveText(p.driver.text);
        await expect(rows.nth(i).locator('td').nth(2)).toHaveText(p.outcome.week);
        await expect(rows.nth(i).locator('td').nth(3)).toHaveText(p.outcome.text);
      }
    }
  });
}
