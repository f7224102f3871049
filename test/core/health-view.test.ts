// The health pages at scale: the period's page is a summary by department, the worst first; each department's
// page lists its KRs, unaligned objectives and warnings, in pages of PAGE_SIZE rows, reading only its own sets.
import { describe, expect, it } from 'vitest';
import { healthGroupPages, healthGroupView, healthView, worseFirst, type HealthGroupView } from '../../src/core/views/health-view.ts';
import type { Lookup } from '../../src/core/views/lookup.ts';
import { PAGE_SIZE } from '../../src/core/views/paging.ts';
import { smallLookup } from './small-org.ts';

const look = smallLookup({
  company: ['on-track'],
  departments: [
    // 8 KRs: 2 off track (its own O1·KR1, a member's), 1 due an update, 1 without data; 2 objectives aligned to nothing.
    { id: 'alpha', name: '甲部', members: 3, krs: ['off-track', 'no-data'], memberKrs: (i) => (i === 0 ? ['off-track', 'stale'] : ['on-track']), memberUnaligned: (i) => i === 1, unaligned: true },
    // 4 KRs: 1 at risk (25%, as alpha, but nothing due an update), 1 without a measure.
    { id: 'beta', name: '乙部', members: 2, krs: ['at-risk', 'unscored'] },
    // 2 KRs, 1 off track: the highest share.
    { id: 'gamma', name: '丙部', members: 1, memberKrs: () => ['off-track'] },
  ],
  loose: 2,
});

/** A view of the organisation whose org-wide lists throw when walked: a page that needs them is not bounded by its group. */
function groupOnly(l: Lookup): Lookup {
  const org = Object.create(l.org, {
    sets: { get: () => { throw new Error('walked every set'); } },
    people: { get: () => { throw new Error('walked every person'); } },
  });
  return Object.create(l, { org: { value: org } });
}

describe('the period health page: a summary by department', () => {
  const view = healthView(look, '2026');
  const [year] = view.groups;

  it('has one row per department, the company and the people without a department, the worst first', () => {
    expect(view.groups.map((g) => g.period.id)).toEqual(['2026']);
    // gamma 50% off track; alpha and beta 25%, alpha has a KR due an update; then nothing off track: beta's unscored KR, then the groups' own order.
    expect(year.rows.map((r) => [r.group.id, r.offTrackPercent])).toEqual([['gamma', 50], ['alpha', 25], ['beta', 25], ['company', 0], ['people', 0]]);
    expect(year.rows.map((r) => r.group.kind)).toEqual(['department', 'department', 'department', 'company', 'none']);
    expect(year.rows.map((r) => r.href)).toEqual(['/2026/health/gamma/', '/2026/health/alpha/', '/2026/health/beta/', '/2026/health/company/', '/2026/health/people/']);
  });

  it('counts each department\'s own set and its members\' sets', () => {
    const alpha = year.rows.find((r) => r.group.id === 'alpha')!;
    expect(alpha.counts).toEqual({ keyResults: 8, offTrack: 2, stale: 1, noUpdate: 1, unscored: 0, orphans: 2 });
    expect(alpha.stalePercent).toBe(13);
    expect(year.rows.find((r) => r.group.id === 'beta')!.counts).toMatchObject({ keyResults: 4, offTrack: 1, unscored: 1 });
    expect(year.totals).toEqual({ keyResults: 17, offTrack: 4, stale: 1, noUpdate: 1, unscored: 1, orphans: 2 });
  });

  it('counts warnings per group (the files of its sets, people and department), and lists only those of files of no group', () => {
    const perGroup = Object.fromEntries(year.rows.map((r) => [r.group.id, r.warnings]));
    for (const [group, count] of Object.entries(perGroup)) expect(count, group).toBe(look.groupWarnings.get(group)?.length ?? 0);
    expect(perGroup.alpha).toBeGreaterThan(0);
    expect(view.totalWarnings).toBe(look.warnings.length);
    expect(view.warnings).toEqual([]);
    expect(view.moreWarnings).toBe(0);
  });

  it('orders by share, then the share due an update, then counts, and says so', () => {
    const c = (offTrack: number, keyResults: number, stale = 0) => ({ keyResults, offTrack, stale, noUpdate: 0, unscored: 0, orphans: 0 });
    expect(worseFirst(c(1, 2), c(10, 100))).toBeLessThan(0);
    expect(worseFirst(c(1, 4, 1), c(1, 4))).toBeLessThan(0);
    expect(worseFirst(c(2, 8), c(1, 4))).toBeLessThan(0); // same share: more of them first
    expect(worseFirst(c(0, 0), c(0, 5))).toBe(0);
    expect(view.order.zh).toContain('占比');
  });
});

describe('a department\'s health page', () => {
  const view = healthGroupView(look, '2026', 'alpha');
  const keys = (v: HealthGroupView, list: string) => v.groups.flatMap((g) => g.lists.filter((l) => l.key === list).flatMap((l) => l.items.map((r) => r.link.key)));

  it('lists its own KRs and its members\', as the period page used to, and nothing of other departments', () => {
    expect(view.group).toMatchObject({ id: 'alpha', name: '甲部', href: '/departments/alpha/' });
    // Both at 10 of 100: equal scores keep the group's order, the department's own set first.
    expect(keys(view, 'off-track')).toEqual(['2026:alpha/o1/kr1', '2026:alpha-p01/o1/kr1']);
    expect(keys(view, 'stale')).toEqual(['2026:alpha-p01/o1/kr2']);
    expect(keys(view, 'no-update')).toEqual(['2026:alpha/o1/kr2']);
    expect(view.groups[0].lists.map((l) => l.key)).toEqual(['off-track', 'stale', 'no-update']);
    expect(view.groups[0].orphans!.items.map((o) => o.key)).toEqual(['2026:alpha/o2', '2026:alpha-p02/o2']);
    expect(view.warnings!.items.every((w) => w.file === 'departments/alpha.md' || /^okrs\/2026\/alpha(-p\d+)?\.mdx$/.test(w.file))).toBe(true);
    expect(view.warnings!.total).toBe(look.groupWarnings.get('alpha')!.length);
  });

  it('puts 落后 before 有风险, the lowest score first', () => {
    const beta = healthGroupView(look, '2026', 'beta');
    expect(keys(beta, 'off-track')).toEqual(['2026:beta/o1/kr1']);
    expect(keys(beta, 'unscored')).toEqual(['2026:beta/o1/kr2']);
    const mixed = smallLookup({ departments: [{ id: 'd', name: '丁部', members: 3, memberKrs: (i) => [(['at-risk', 'off-track', 'off-track'] as const)[i]] }] });
    const v = healthGroupView(mixed, '2026', 'd');
    expect(v.groups[0].lists[0].items.map((r) => [r.link.key, r.score.status])).toEqual([
      ['2026:d-p02/o1/kr1', 'off-track'], ['2026:d-p03/o1/kr1', 'off-track'], ['2026:d-p01/o1/kr1', 'at-risk'],
    ]);
  });

  it('has an index of every list with its size and where it starts', () => {
    expect(view.index.map((e) => [e.key, e.total, e.href])).toEqual([
      ['off-track', 2, '/2026/health/alpha/#2026-off-track'],
      ['stale', 1, '/2026/health/alpha/#2026-stale'],
      ['no-update', 1, '/2026/health/alpha/#2026-no-update'],
      ['unscored', 0, '/2026/health/alpha/#2026-unscored'],
      ['orphans', 2, '/2026/health/alpha/#2026-orphans'],
      ['warnings', look.groupWarnings.get('alpha')!.length, '/2026/health/alpha/#warnings'],
    ]);
    expect(view.pager).toMatchObject({ page: 1, pages: 1 });
    expect(view.pager.next).toBeUndefined();
  });

  it('has pages for the company\'s set and the people without a department too', () => {
    expect(healthGroupView(look, '2026', 'company').group).toMatchObject({ kind: 'company', name: '示例公司' });
    const none = healthGroupView(look, '2026', 'people');
    expect(none.group.kind).toBe('none');
    expect(none.warnings!.items.map((w) => w.file)).toEqual(expect.arrayContaining(['okrs/2026/loose-p01.mdx']));
  });

  it('reads only its own sets and files, not the organisation\'s', () => {
    expect(healthGroupView(groupOnly(look), '2026', 'alpha')).toEqual(view);
  });
});

describe('a department too large for one page', () => {
  // 130 members, each with a KR off track and one due an update: 260 rows; its own O1 aligns to nothing (there is
  // no company set): 1 more; then its warnings.
  const big = smallLookup({ departments: [{ id: 'big', name: '大部门', members: 130, memberKrs: () => ['off-track', 'stale'] }, { id: 'small', name: '小部门', members: 1 }] });
  const first = healthGroupView(big, '2026', 'big');
  const pages = first.pager.pages;
  const all = Array.from({ length: pages }, (_, i) => healthGroupView(big, '2026', 'big', i + 1));
  const rows = (v: HealthGroupView) => v.groups.reduce((n, g) => n + g.lists.reduce((m, l) => m + l.items.length, 0) + (g.orphans?.items.length ?? 0), 0) + (v.warnings?.items.length ?? 0);

  it('cuts its lists into pages of at most PAGE_SIZE rows, every row on exactly one page', () => {
    const total = 260 + 1 + big.groupWarnings.get('big')!.length;
    expect(pages).toBe(Math.ceil(total / PAGE_SIZE));
    for (const v of all) expect(rows(v)).toBeLessThanOrEqual(PAGE_SIZE);
    expect(all.reduce((n, v) => n + rows(v), 0)).toBe(total);
    const offTrack = all.flatMap((v) => v.groups.flatMap((g) => g.lists.filter((l) => l.key === 'off-track').flatMap((l) => l.items.map((r) => r.link.key))));
    expect(offTrack).toHaveLength(130);
    expect(new Set(offTrack).size).toBe(130);
  });

  it('says where it is: the part of each list on the page, the pages around it, prev and next', () => {
    const [p1, p2] = all;
    expect(p1.groups[0].lists.map((l) => [l.key, l.from, l.items.length, l.total])).toEqual([['off-track', 1, 100, 130]]);
    expect(p2.groups[0].lists.map((l) => [l.key, l.from, l.items.length, l.total])).toEqual([['off-track', 101, 30, 130], ['stale', 1, 70, 130]]);
    expect(p2.pager).toMatchObject({ page: 2, pages, prev: '/2026/health/big/', next: '/2026/health/big/page/3/' });
    expect(p2.pager.links.map((k) => k && [k.page, k.current])).toEqual(Array.from({ length: pages }, (_, i) => [i + 1, i === 1]));
    expect(first.index.find((e) => e.key === 'stale')!.href).toBe('/2026/health/big/page/2/#2026-stale');
    expect(first.index.find((e) => e.key === 'warnings')!.href).toMatch(/^\/2026\/health\/big\/page\/\d\/#warnings$/);
  });

  it('lists every page for the routes, in both departments\' sizes, and the summary stays one row per department', () => {
    const routes = healthGroupPages(big).filter((p) => p.period === '2026');
    expect(routes.filter((p) => p.group === 'big').map((p) => p.page)).toEqual(Array.from({ length: pages }, (_, i) => i + 1));
    expect(routes.filter((p) => p.group === 'small').map((p) => p.page)).toEqual([1]);
    expect(healthView(big, '2026').groups[0].rows.map((r) => [r.group.id, r.counts.offTrack])).toEqual([['big', 130], ['small', 0], ['people', 0]].filter(([g]) => g !== 'people' || big.members.has('people')));
  });
});
