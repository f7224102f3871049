// Weekly-report pages on the demo (asOf 2026-11-20, week 2026-11-16 – 22), checked against the report files
// themselves (content/reports/<period>/<owner>/<date>.md): a set's reports newest first, the 本周 page's
// reported / not reported, an ask under the person asked, the Atom feeds served as XML that parses.
import { expect, test, type Page } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PAGES, en } from './helpers.ts';

const CONTENT = join(import.meta.dirname, '..', '..', 'content');
const WEEK = { start: '2026-11-16', end: '2026-11-22' };

/** The dates of an owner's reports in a period, from the file names. */
function reportDates(period: string, owner: string): string[] {
  const dir = join(CONTENT, 'reports', period, owner);
  return existsSync(dir) ? readdirSync(dir).filter((f) => /^\d{4}-\d{2}-\d{2}\.mdx?$/.test(f)).map((f) => f.slice(0, 10)) : [];
}

/** The owners with a reports folder in a period. */
function reporters(period: string): string[] {
  const dir = join(CONTENT, 'reports', period);
  return existsSync(dir) ? readdirSync(dir).filter((o) => !o.includes('.')) : [];
}

function setOwners(period: string): string[] {
  return readdirSync(join(CONTENT, 'okrs', period)).map((f) => readFileSync(join(CONTENT, 'okrs', period, f), 'utf8').match(/^owner:\s*(\S+)/m)![1]);
}

const people = readdirSync(join(CONTENT, 'people')).map((f) => {
  const text = readFileSync(join(CONTENT, 'people', f), 'utf8');
  return { id: text.match(/^id:\s*(\S+)/m)![1], name: text.match(/^name:\s*(\S+)/m)![1] };
});

/** A report of this week that @mentions someone under 风险同步和资源支持: its owner and the person asked. */
function anAsk(): { owner: string; date: string; person: { id: string; name: string } } | undefined {
  for (const owner of reporters('2026')) {
    for (const date of reportDates('2026', owner).filter((d) => d >= WEEK.start && d <= WEEK.end)) {
      const text = readFileSync(join(CONTENT, 'reports', '2026', owner, `${date}.md`), 'utf8');
      const risks = text.split(/^##\s*风险同步和资源支持\s*$/m)[1]?.split(/^##\s/m)[0] ?? '';
      const person = people.find((p) => risks.includes(`@${p.name}`));
      if (person) return { owner, date, person };
    }
  }
  return undefined;
}

async function parseFeed(page: Page, path: string) {
  const res = await page.request.get(path);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/xml/);
  const text = await res.text();
  return page.evaluate((xml) => {
    const doc = new DOMParser().parseFromString(xml, 'application/xml');
    const ns = 'http://www.w3.org/2005/Atom';
    return {
      error: doc.getElementsByTagName('parsererror').length > 0,
      root: doc.documentElement.namespaceURI === ns ? doc.documentElement.localName : doc.documentElement.nodeName,
      title: doc.getElementsByTagNameNS(ns, 'title')[0]?.textContent,
      entries: [...doc.getElementsByTagNameNS(ns, 'entry')].map((e) => ({
        id: e.getElementsByTagNameNS(ns, 'id')[0]?.textContent,
        href: e.getElementsByTagNameNS(ns, 'link')[0]?.getAttribute('href'),
        author: e.getElementsByTagNameNS(ns, 'name')[0]?.textContent,
        type: e.getElementsByTagNameNS(ns, 'content')[0]?.getAttribute('type'),
        html: e.getElementsByTagNameNS(ns, 'content')[0]?.textContent ?? '',
      })),
    };
  }, text);
}

test.describe("a set's weekly reports", () => {
  const dates = reportDates('2026', 'market').sort().reverse();

  test('lists them all newest first, each at its own anchor', async ({ page }) => {
    expect(dates.length, 'the demo has weekly reports of market').toBeGreaterThan(20);
    await page.goto(PAGES.reports);
    const shown = await page.locator('[data-reports] article[data-report]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-report'), e.id]));
    expect(shown).toEqual(dates.map((d) => [d, d]));
    await expect(page.locator('h1')).toContainText(`(${dates.length})`);
    await expect(page.locator(`article[data-report="${dates[0]}"] h2 a`)).toHaveAttribute('href', `/2026/market/reports/#${dates[0]}`);
  });

  test('are linked from the set page: the latest and all of them', async ({ page }) => {
    await page.goto(PAGES.set);
    const line = page.locator('[data-set-reports]');
    await expect(line.getByRole('link', { name: '全部周报' })).toHaveAttribute('href', '/2026/market/reports/');
    await expect(line.getByRole('link', { name: dates[0] })).toHaveAttribute('href', `/2026/market/reports/#${dates[0]}`);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]')).toHaveAttribute('href', '/2026/market/reports/feed.xml');
  });

  test('a report shows its values with confidence and its three sections, @mentions linked', async ({ page }) => {
    await page.goto(`/2026/market/reports/#${dates[0]}`);
    const report = page.locator(`article[data-report="${dates[0]}"]`);
    await expect(report).toBeInViewport();
    await expect(report.locator('h2')).toContainText(dates[0]);
    await expect(report.locator('[data-section]')).toHaveCount(3);
    await expect(report.locator('[data-section="risks"] h3')).toHaveText('风险同步和资源支持');
    await expect(report.locator('.report-values td[data-confidence]').first()).toHaveText(/^\d+%$/);
    const mention = page.locator('[data-section] a.mention').first();
    await expect(mention).toHaveAttribute('href', /^\/people\/[a-z0-9-]+\/$/);
    await expect(page.locator('script')).toHaveCount(await page.locator('script[src]').count());
  });
});

test.describe('本周周报', () => {
  test('the 2026 Q4 page lists who reported this week and who did not', async ({ page }) => {
    const owners = setOwners('2026-q4');
    const reported = owners.filter((o) => reportDates('2026-q4', o).some((d) => d >= WEEK.start && d <= WEEK.end));
    await page.goto('/2026-q4/week/people/');
    const ids = (list: string) => page.locator(`[data-week-list="${list}"] li[data-owner]`).evaluateAll((els) => els.map((e) => e.getAttribute('data-owner')).sort());
    expect(await ids('reported')).toEqual(reported.sort());
    expect(await ids('missing')).toEqual(owners.filter((o) => !reported.includes(o)).sort());
    // Names, not ids.
    const name = people.find((p) => p.id === owners[0])!.name;
    await expect(page.locator('main')).toContainText(name);
  });

  test('the period page counts by department, linked to each department', async ({ page }) => {
    await page.goto(PAGES.week);
    await expect(page.locator('h1')).toContainText('本周周报');
    const row = page.locator('[data-week-groups] tr[data-group="market"]');
    const reported = reportDates('2026', 'market').some((d) => d >= WEEK.start && d <= WEEK.end);
    await expect(row.locator('[data-count="reported"]')).toHaveText(reported ? '1' : '0');
    await expect(row.locator('[data-count="missing"]')).toHaveText(reported ? '0' : '1');
    await expect(row.getByRole('link')).toHaveAttribute('href', '/2026/week/market/');
  });

  test('an ask for support is listed under the person asked, from the owner who asks', async ({ page }) => {
    const ask = anAsk();
    expect(ask, 'a demo report of this week asks someone for support').toBeDefined();
    await page.goto(`/2026/week/${ask!.owner}/`);
    const group = page.locator(`[data-week-list="asks"] [data-asked="${ask!.person.id}"]`);
    await expect(group.locator('h3')).toContainText(ask!.person.name);
    await expect(group.locator(`[data-ask-from="${ask!.owner}"]`)).toHaveCount(1);
    await expect(group.locator(`[data-ask-from="${ask!.owner}"] a.mention`).first()).toHaveAttribute('href', `/people/${ask!.person.id}/`);
  });

  test('exists in English', async ({ page }) => {
    await page.goto(en(PAGES.week));
    await expect(page.locator('h1')).toContainText('This week’s reports');
    await expect(page.locator('head link[type="application/atom+xml"]')).toHaveAttribute('href', '/en/2026/reports/feed.xml');
  });
});

test.describe('Atom feeds', () => {
  test("a set's feed is served as XML, parses as Atom, newest first", async ({ page }) => {
    await page.goto(PAGES.reports);
    const href = await page.locator('head link[rel="alternate"][type="application/atom+xml"]').getAttribute('href');
    expect(href).toBe('/2026/market/reports/feed.xml');
    const feed = await parseFeed(page, href!);
    expect(feed).toMatchObject({ error: false, root: 'feed' });
    const dates = reportDates('2026', 'market').sort().reverse().slice(0, 20);
    expect(feed.entries.map((e) => e.href)).toEqual(dates.map((d) => `/2026/market/reports/#${d}`));
    for (const e of feed.entries) expect(e).toMatchObject({ type: 'html', id: expect.stringMatching(/^tag:/), author: expect.any(String) });
    expect(feed.entries[0].html).toContain('<h2>本周进展</h2>');
  });

  test("the organisation's feed holds at most 50 entries, in both languages", async ({ page }) => {
    await page.goto('/');
    for (const path of ['/2026/reports/feed.xml', '/en/2026/reports/feed.xml']) {
      const feed = await parseFeed(page, path);
      expect(feed.error).toBe(false);
      expect(feed.entries.length).toBeLessThanOrEqual(50);
      const all = reporters('2026').flatMap((o) => reportDates('2026', o));
      expect(feed.entries.length).toBe(Math.min(50, all.length));
    }
  });
});
