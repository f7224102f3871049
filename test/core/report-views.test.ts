// The weekly-report pages' view models against hand-built reports: a set's list newest first, each report an
// anchor on it, the 本周 summary and group pages (who reported, who did not, asks by the person
// asked, confidence drops at the threshold), and that none of them walks the organisation.
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/core/load/index.ts';
import type { Checkin } from '../../src/core/schemas/checkin.ts';
import type { WeeklyReport } from '../../src/core/model.ts';
import { Lookup, siteLookup } from '../../src/core/views/lookup.ts';
import { personReports, setReportsLink, setReportsRoutes, setReportsView } from '../../src/core/views/report-view.ts';
import { CONFIDENCE_DROP, weekGroupPages, weekGroupView, weekOf, weekView } from '../../src/core/views/week-view.ts';
import { isoWeek, isoWeekMonday as weekStart } from '../../src/core/week.ts';
import { caseFiles } from './fixture.ts';
import { report } from './hand-reports.ts';
import { personId, smallLookup } from './small-org.ts';

const base = smallLookup({ departments: [{ id: 'alpha', name: '甲部', members: 3 }, { id: 'beta', name: '乙部', members: 2 }] });
const [a1, a2, a3] = [0, 1, 2].map((i) => personId('alpha', i));
const b1 = personId('beta', 0);

function withReports(reports: WeeklyReport[]): Lookup {
  return new Lookup({ ...base.org, reports }, base.scores, base.warnings);
}

/** The organisation's lists throw when walked: a page that needs them is not bounded by what it shows. */
function bounded(l: Lookup): Lookup {
  const org = Object.create(l.org, {
    sets: { get: () => { throw new Error('walked every set'); } },
    people: { get: () => { throw new Error('walked every person'); } },
    reports: { get: () => { throw new Error('walked every report'); } },
  });
  return Object.create(l, { org: { value: org } });
}

const kr = (owner: string) => `2026:${owner}/o1/kr1`;
const c = (confidence: number, value = 50): Checkin => ({ date: '2026-06-30', value, confidence });

describe('weeks', () => {
  it('puts a date in its ISO week, starting on Monday', () => {
    expect(weekStart('2026-06-30')).toBe('2026-06-29');
    expect(weekStart('2026-06-28')).toBe('2026-06-22');
    expect(isoWeek('2026-03-06')).toEqual({ year: 2026, week: 10 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
  });

  it('shows the week of asOf, within the period', () => {
    expect(weekOf(base, '2026')).toMatchObject({ start: '2026-06-29', end: '2026-07-05', label: { zh: '2026 年第 27 周', en: '2026 W27' } });
    expect(weekOf(base, '2026-q1').start).toBe(weekStart('2026-03-31'));
  });
});

describe("a set's reports", () => {
  // A year of weekly reports: the page holds them all, bounded by the weeks of the period.
  const dates = Array.from({ length: 52 }, (_, i) => new Date(Date.UTC(2026, 0, 2 + 7 * i)).toISOString().slice(0, 10));
  // Written out of order: the list sorts them.
  const look = withReports([...dates].reverse().slice(3).concat(dates.slice(-3).reverse()).map((d) => report(a1, d, { values: [[kr(a1), c(0.7, 40)]] })));

  it('lists them all newest first, each with its week, author, values and confidence, at its own anchor', () => {
    const v = setReportsView(bounded(look), '2026', a1);
    expect(v.total).toBe(dates.length);
    expect(v.entries.map((e) => e.date)).toEqual([...dates].reverse());
    const first = v.entries[0];
    expect(first.author?.name).toBe(base.people.get(a1)!.name);
    expect(first.values[0]).toMatchObject({ value: '40 分', confidence: 70, link: { label: 'O1·KR1 关键结果 kr1' } });
    expect(first.href).toBe(`/2026/${a1}/reports/#${dates.at(-1)}`);
    expect(v.setHref).toBe(`/2026/${a1}/`);
  });

  it('gives the set page the latest report and the count', () => {
    expect(setReportsLink(bounded(look), '2026', a1)).toMatchObject({ total: dates.length, latest: { date: dates.at(-1), href: `/2026/${a1}/reports/#${dates.at(-1)}` }, href: `/2026/${a1}/reports/` });
    expect(setReportsLink(look, '2026', a2)).toMatchObject({ total: 0 });
    expect(setReportsLink(look, '2026', a2).latest).toBeUndefined();
  });

  it('has one reports page per set (one for a set without reports), none per report', () => {
    const routes = setReportsRoutes(look);
    expect(routes.filter((p) => p.owner === a1)).toEqual([{ period: '2026', owner: a1 }]);
    expect(routes.filter((p) => p.owner === a2)).toEqual([{ period: '2026', owner: a2 }]);
    expect(routes.length).toBe(look.sets.size);
  });
});

describe('本周周报', () => {
  const look = withReports([
    // alpha: a1 and the department report this week, a2 reported last week only, a3 never.
    report(a1, '2026-06-26', { values: [[kr(a1), c(0.8)]] }),
    report(a1, '2026-06-30', { values: [[kr(a1), c(0.6)]], asks: [b1, a2], risks: '需要 @乙 支持' }),
    report('alpha', '2026-06-19', { values: [[kr('alpha'), c(0.9)]] }),
    report('alpha', '2026-07-01', { values: [[kr('alpha'), c(0.75)]], asks: [b1] }),
    report(a2, '2026-06-24', { values: [[kr(a2), c(0.9)]] }),
    // beta: b1 this week, confidence down by just under the threshold.
    report(b1, '2026-06-23', { values: [[kr(b1), c(0.5)]] }),
    report(b1, '2026-06-29', { values: [[kr(b1), c(0.31)]], asks: [a1] }),
  ]);

  it('counts by department who reported, who did not, asks and drops', () => {
    const v = weekView(look, '2026');
    expect(v.rows.map((r) => [r.group.id, r.counts])).toEqual([
      ['alpha', { owners: 4, reported: 2, missing: 2, asks: 3, drops: 1 }],
      ['beta', { owners: 3, reported: 1, missing: 2, asks: 1, drops: 0 }],
    ]);
    expect(v.totals).toMatchObject({ owners: 7, reported: 3 });
    expect(v.rows[0].href).toBe('/2026/week/alpha/');
  });

  it("lists a department's owners who reported and who did not, with their latest report", () => {
    const v = weekGroupView(bounded(look), '2026', 'alpha');
    expect(v.reported!.items.map((o) => [o.owner.id, o.report?.date])).toEqual([['alpha', '2026-07-01'], [a1, '2026-06-30']]);
    expect(v.missing!.items.map((o) => [o.owner.id, o.report?.date])).toEqual([[a2, '2026-06-24'], [a3, undefined]]);
    expect(v.missing!.items[0].owner.name).toBe(base.people.get(a2)!.name);
  });

  it('groups the asks by the person asked', () => {
    const v = weekGroupView(look, '2026', 'alpha');
    const by = Object.fromEntries(v.asks!.byPerson.map((g) => [g.person.id, g.asks.map((a) => a.from.id).sort()]));
    expect(by).toEqual({ [b1]: ['alpha', a1].sort(), [a2]: [a1] });
    expect(v.asks!.byPerson.find((g) => g.person.id === b1)!.person.name).toBe(base.people.get(b1)!.name);
    expect(v.asks!.items.find((a) => a.from.id === a1)!.href).toBe(`/2026/${a1}/reports/#report-2026-06-30-risks`);
  });

  it(`flags a confidence drop of ${CONFIDENCE_DROP} or more against the owner's previous report, not less`, () => {
    const drops = weekGroupView(look, '2026', 'alpha').drops!.items;
    expect(drops.map((d) => [d.owner.id, d.from, d.to, d.previous.date])).toEqual([[a1, 80, 60, '2026-06-26']]);
    expect(drops[0].item.label).toBe('O1·KR1 关键结果 kr1');
    // 0.5 → 0.31 is 19 points: not a drop. 0.9 → 0.75 neither.
    expect(weekGroupView(look, '2026', 'beta').drops).toBeUndefined();
  });

  it('cuts a big department into pages of bounded rows', () => {
    const big = smallLookup({ departments: [{ id: 'alpha', name: '甲部', members: 150 }] });
    const l = new Lookup({ ...big.org, reports: [report(personId('alpha', 0), '2026-06-30', { asks: [personId('alpha', 1)] })] }, big.scores);
    const pages = weekGroupPages(l).filter((p) => p.period === '2026');
    expect(pages.map((p) => p.page)).toEqual([1, 2]);
    const one = weekGroupView(bounded(l), '2026', 'alpha');
    expect(one.missing!.items).toHaveLength(100);
    expect(one.counts).toMatchObject({ owners: 151, reported: 1, missing: 150, asks: 1 });
    const two = weekGroupView(bounded(l), '2026', 'alpha', 2);
    expect([two.missing!.from, two.missing!.items.length, two.reported!.items.length, two.asks!.items.length]).toEqual([101, 50, 1, 1]);
    expect(one.index.find((i) => i.key === 'asks')!.href).toBe('/2026/week/alpha/page/2/#asks');
  });
});

describe('reports as the loader makes them', () => {
  const { org, diagnostics } = loadOrganisation(caseFiles('ok-weekly-report'), { today: '2026-06-21', asOf: '2026-06-21' });
  const look = siteLookup(org!, diagnostics);

  it("show a department's report with its values, confidence and whom it asks, by name", () => {
    const v = setReportsView(look, '2026', 'sales');
    expect(v.entries.map((e) => e.date)).toEqual(['2026-06-19']);
    const e = v.entries[0];
    expect(e.author?.id).toBe('zhang-san');
    expect(e.sections).toEqual(['progress', 'risks', 'next']);
    expect(e.asks.map((p) => p.id)).toEqual(['wang-wu']);
    expect(e.values.map((x) => [x.key, x.value, x.confidence])).toEqual([
      ['2026:sales/o1/kr1', '8.1%', 70], ['2026:sales/o3/kr2', '50%', 60], ['2026:sales/o2/kr1', undefined, 40], ['2026:bsc/nps', '80 分', undefined],
    ]);
  });

  it("put it in the week of asOf, its ask under the person asked", () => {
    const v = weekGroupView(look, '2026', 'sales');
    expect(v.week.start).toBe('2026-06-15');
    expect(v.reported!.items.map((o) => o.owner.id)).toContain('sales');
    expect(v.asks!.byPerson.map((g) => [g.person.id, g.asks.map((a) => a.from.id)])).toEqual([['wang-wu', ['sales']]]);
  });
});

describe("a person's reports", () => {
  it('say per period the latest and how many, from their own reports only', () => {
    const look = withReports([report(a1, '2026-06-19'), report(a1, '2026-06-26'), report(a2, '2026-06-26')]);
    expect(personReports(bounded(look), a1).map((x) => [x.period.id, x.total, x.latest?.date, x.href])).toEqual([['2026', 2, '2026-06-26', `/2026/${a1}/reports/`]]);
    expect(personReports(look, a3)).toEqual([]);
  });
});
