// History on every KR and metric (core/chart, HistoryChart.astro): the chart drawn at build time has its
// points, pace line and target, fits its card at desktop and phone width, and its table lists the same
// check-ins newest first; KR rows and metric rows carry sparklines with their trend in words.
import { expect, test, type Locator } from '@playwright/test';
import { history } from '../../src/core/chart/history.ts';
import { demoLookup } from '../core/demo.ts';
import { PAGES, en, open } from './helpers.ts';

const look = demoLookup(process.env.OKR_AS_OF ?? '2026-11-20');
const market = look.sets.get('2026:market')!;
const krs = market.objectives.flatMap((o) => o.keyResults.map((kr) => ({ anchor: `${o.id}-${kr.id}`, kr })));
const start = look.periods.get('2026')!.start;
const charted = krs.find(({ kr }) => history(kr, start, look.org.asOf).points.length > 1)!;
const points = history(charted.kr, start, look.org.asOf).points;
const empty = krs.find(({ kr }) => kr.checkins.length === 0 && kr.measure?.type !== 'milestone')!;

/** The x of every point mark, in the order the path draws them (M then relative m). */
async function markXs(chart: Locator): Promise<number[]> {
  const ds = await chart.locator('path.h-dot').evaluateAll((paths) => paths.map((p) => p.getAttribute('d') ?? ''));
  return ds.flatMap((d) => {
    let x = 0;
    return [...d.matchAll(/([Mm])(-?\d+(?:\.\d+)?)/g)].map((m) => (x = m[1] === 'M' ? Number(m[2]) : x + Number(m[2])));
  }).sort((a, b) => a - b);
}

for (const viewport of [{ width: 1366, height: 900 }, { width: 390, height: 844 }]) {
  test.describe(`at ${viewport.width} px`, () => {
    test.use({ viewport });

    test('a KR with check-ins has its chart: points, pace line and target, inside its card', async ({ page }) => {
      await open(page, PAGES.set);
      const card = page.locator(`#${charted.anchor}`);
      const chart = card.locator('figure[data-history] svg.history-chart');
      await expect(chart).toBeVisible();
      await expect(chart.locator('path.h-pace')).toHaveCount(1);
      await expect(chart.locator('path.h-target')).toHaveCount(1);
      await expect(chart.locator('text', { hasText: /^目标 / })).toHaveCount(1);
      expect(await markXs(chart)).toHaveLength(points.length);
      await expect(chart.locator('title').first()).toContainText('进展走势');
      const [box, cardBox] = [await chart.boundingBox(), await card.boundingBox()];
      expect(box!.width).toBeGreaterThan(200);
      expect(box!.x).toBeGreaterThanOrEqual(cardBox!.x - 0.5);
      expect(box!.x + box!.width).toBeLessThanOrEqual(cardBox!.x + cardBox!.width + 0.5);
      expect(box!.x + box!.width).toBeLessThanOrEqual(viewport.width);
      expect(box!.y + box!.height).toBeLessThanOrEqual(cardBox!.y + cardBox!.height);
    });

    test('no label of a chart is cut at its edges', async ({ page }) => {
      await open(page, PAGES.set);
      const cut = await page.locator('svg.history-chart').evaluateAll((svgs) => svgs.flatMap((svg) => {
        const box = svg.getBoundingClientRect();
        return [...svg.querySelectorAll('text')].filter((t) => {
          const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5;
        }).map((t) => t.textContent);
      }));
      expect(cut).toEqual([]);
    });
  });
}

test('the table under the chart lists the check-ins newest first, the chart draws them oldest to newest', async ({ page }) => {
  await open(page, PAGES.set);
  const figure = page.locator(`#${charted.anchor} figure[data-history]`);
  await figure.locator('summary').click();
  const dates = await figure.locator('table tbody tr td:first-child').allTextContents();
  const upToAsOf = charted.kr.checkins.filter((c) => c.date <= look.org.asOf);
  expect(dates).toEqual(upToAsOf.map((c) => c.date).sort().reverse());
  expect([...dates].reverse().filter((d) => points.some((p) => p.date === d))).toEqual(points.map((p) => p.date));
  const xs = await markXs(figure.locator('svg'));
  expect(xs).toEqual([...xs].sort((a, b) => a - b));
  await expect(figure.locator('table thead')).toContainText('信心指数');
});

test('a KR with no check-ins says 暂无进展记录 instead of an empty chart', async ({ page }) => {
  await open(page, PAGES.set);
  const card = page.locator(`#${empty.anchor}`);
  await expect(card.locator('[data-no-history]')).toHaveText('暂无进展记录');
  await expect(card.locator('svg.history-chart')).toHaveCount(0);
});

test('a metric page has its chart, with pace line and target', async ({ page }) => {
  await open(page, PAGES.metric);
  const chart = page.locator('#h-checkins ~ figure[data-history] svg.history-chart');
  await expect(chart).toBeVisible();
  await expect(chart.locator('path.h-pace')).toHaveCount(1);
  await expect(chart.locator('path.h-target')).toHaveCount(1);
  const metric = look.bsc('2026')!.metrics.find((m) => m.id === 'complaint-rate')!;
  expect(await markXs(chart)).toHaveLength(history(metric, start, look.org.asOf).points.length);
});

test('a guard indicator’s page has the chart of its values', async ({ page }) => {
  await open(page, PAGES.guard);
  const guard = look.bsc('2026')!.guards.find((g) => g.id === 'refund-rate')!;
  const chart = page.locator('figure[data-history] svg.history-chart');
  await expect(chart).toBeVisible();
  expect(await markXs(chart)).toHaveLength(history(guard, start, look.org.asOf).points.length);
});

test('the English chart speaks English', async ({ page }) => {
  await open(page, en(PAGES.set));
  await expect(page.locator(`#${charted.anchor} svg.history-chart title`).first()).toContainText('progress over time');
});

test('the scorecard’s metric rows and a health page’s KR rows carry sparklines with their trend in words', async ({ page }) => {
  await open(page, PAGES.home);
  const spark = page.locator('table svg.sparkline').first();
  await expect(spark).toBeVisible();
  await expect(spark).toHaveAttribute('aria-label', /^\d+ 条记录/);
  const box = await spark.boundingBox();
  expect(box!.width).toBeLessThanOrEqual(81);
  await open(page, PAGES.healthGroup);
  await expect(page.locator('table svg.sparkline').first()).toHaveAttribute('aria-label', /条记录/);
});
