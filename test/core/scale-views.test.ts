// Pages that used to grow with the organisation, bounded: the people directory (by department, and A–Z by
// pinyin in pages), a department's member list in pages, the period home's personal sets counted by
// department, a set page's supporters and a metric's personal supporters counted, the company map ≤ 40 nodes,
// and a person's page found from their side.
import { describe, expect, it } from 'vitest';
import { alignmentTree, setAlignment } from '../../src/core/diagram/index.ts';
import { MAX_NODES } from '../../src/core/diagram/graph.ts';
import { dashboardView, NOW_SHOWN, PERSONAL_SHOWN } from '../../src/core/views/dashboard.ts';
import { ALIGNED_SHOWN, departmentPages, departmentView } from '../../src/core/views/department-view.ts';
import { departmentDirectory, letterSlug, MEMBERS_SHOWN, NONE_SHOWN, peopleDirectory, peopleLetterPages, peopleLetterView } from '../../src/core/views/directory-view.ts';
import type { Lookup } from '../../src/core/views/lookup.ts';
import { metricView } from '../../src/core/views/metric-view.ts';
import { okrSetView, SUPPORTERS_SHOWN } from '../../src/core/views/okr-set-view.ts';
import { PAGE_SIZE, pager, paginateLists } from '../../src/core/views/paging.ts';
import { personView } from '../../src/core/views/person-view.ts';
import { nameInitial } from '../../src/core/views/search-pinyin.ts';
import { demoLookup } from './demo.ts';
import { personId, smallLookup } from './small-org.ts';

const look = smallLookup({
  company: ['on-track'],
  departments: [
    { id: 'alpha', name: '甲部', members: 130 },
    { id: 'beta', name: '乙部', members: 3 },
  ],
  loose: 2,
});

/** The organisation's lists throw when walked: a page that needs them is not bounded by what it shows. */
function bounded(l: Lookup): Lookup {
  const org = Object.create(l.org, {
    sets: { get: () => { throw new Error('walked every set'); } },
    people: { get: () => { throw new Error('walked every person'); } },
  });
  return Object.create(l, { org: { value: org } });
}

describe('paging', () => {
  it('cuts lists read one after another into pages of a size, and says where each starts', () => {
    const lists = [{ key: 'a', items: [1, 2, 3] }, { key: 'b', items: [] }, { key: 'c', items: [4, 5, 6, 7, 8] }];
    expect(paginateLists(lists, 1, 3)).toEqual({
      pages: 3,
      parts: [{ key: 'a', items: [1, 2, 3], total: 3, from: 1 }],
      starts: [{ key: 'a', total: 3, page: 1 }, { key: 'b', total: 0, page: 2 }, { key: 'c', total: 5, page: 2 }],
    });
    expect(paginateLists(lists, 3, 3).parts).toEqual([{ key: 'c', items: [7, 8], total: 5, from: 4 }]);
    expect(paginateLists([{ key: 'a', items: [] }], 1, 3)).toMatchObject({ pages: 1, parts: [] });
  });

  it('links the first and last pages and two either side, with gaps, prev and next', () => {
    const p = pager(6, 12, (n) => `/x/${n}/`);
    expect(p.links.map((k) => (k ? k.page : '…'))).toEqual([1, '…', 4, 5, 6, 7, 8, '…', 12]);
    expect([p.prev, p.next, p.links.find((k) => k?.current)?.page]).toEqual(['/x/5/', '/x/7/', 6]);
    expect(pager(1, 1, String)).toMatchObject({ links: [{ page: 1, current: true }] });
  });
});

describe('the people directory', () => {
  const view = peopleDirectory(look);

  it('lists the departments with their member counts and leads, not the people', () => {
    expect(view.total).toBe(135);
    expect(view.departments.map((d) => [d.group.name, d.count, d.leads.map((p) => p.id), d.href])).toEqual([
      ['甲部', 130, [personId('alpha', 0)], '/departments/alpha/#members'],
      ['乙部', 3, [personId('beta', 0)], '/departments/beta/#members'],
    ]);
    expect(view.departments.map((d) => d.members.length)).toEqual([MEMBERS_SHOWN, 3]);
    expect(view.departments[0].members[0].id).toBe(personId('alpha', 0));
    expect(view.none).toMatchObject({ count: 2, more: 0 });
    expect(view.none!.people.map((p) => p.id)).toEqual([personId('loose', 0), personId('loose', 1)]);
    expect(departmentDirectory(look).map((d) => d.members)).toEqual([130, 3]);
  });

  it('files people by the first letter of their surname in pinyin, each letter linked when someone is under it', () => {
    expect(['马长久', '单雄信', '曾国藩', 'émile', '3M'].map(nameInitial)).toEqual(['M', 'S', 'Z', 'E', '#']);
    const counts = Object.fromEntries(view.letters.filter((x) => x.count > 0).map((x) => [x.letter, x.count]));
    // The small org's surnames: 张 李 王 赵 陈 刘 杨 黄, in turn.
    expect(Object.keys(counts).sort()).toEqual(['C', 'H', 'L', 'W', 'Y', 'Z']);
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(135);
    expect(view.letters.find((x) => x.letter === 'A')).toEqual({ letter: 'A', count: 0, current: false });
    expect(view.letters.find((x) => x.letter === 'Z')!.href).toBe('/people/a-z/z/');
    expect(view.letters.map((x) => x.letter).at(-1)).toBe('#');
    expect(letterSlug('#')).toBe('other');
  });

  it('lists a letter\'s people by pinyin, in pages of PAGE_SIZE', () => {
    // 张 and 赵 are both Z: 34 people. A letter with more than PAGE_SIZE needs a bigger org.
    const z = peopleLetterView(look, 'z');
    expect(z.people.total).toBe(view.letters.find((x) => x.letter === 'Z')!.count);
    expect(z.people.items.every((p) => /^[张赵]/.test(p.name))).toBe(true);
    const names = z.people.items.map((p) => p.name);
    expect(names.slice(0, 2).every((n) => n.startsWith('张'))).toBe(true); // zhang before zhao
    expect(z.people.items[0]).toMatchObject({ title: '工程师', department: { name: '甲部', href: '/departments/alpha/' } });
    expect(z.letters.find((x) => x.letter === 'Z')!.current).toBe(true);

    const many = smallLookup({ departments: [{ id: 'd', name: '丁部', members: 1 }], loose: 0 });
    expect(peopleLetterPages(many)).toHaveLength(1);
    const crowd = smallLookup({ departments: Array.from({ length: 9 }, (_, i) => ({ id: `d${i}`, name: `部${i}`, members: 100 })) });
    const pages = peopleLetterPages(crowd).filter((p) => p.letter === 'z');
    const total = crowd.peopleByLetter().get('Z')!.length;
    expect(pages.map((p) => p.page)).toEqual(Array.from({ length: Math.ceil(total / PAGE_SIZE) }, (_, i) => i + 1));
    const last = peopleLetterView(crowd, 'z', pages.length);
    expect(last.people.items.length).toBe(total - (pages.length - 1) * PAGE_SIZE);
    expect(last.pager).toMatchObject({ page: pages.length, prev: `/people/a-z/z/page/${pages.length - 1}/` });
    const seen = pages.flatMap((p) => peopleLetterView(crowd, 'z', p.page).people.items.map((x) => x.id));
    expect(new Set(seen).size).toBe(total);
  });

  it('shows the first NONE_SHOWN people without a department, and counts the rest', () => {
    const lots = smallLookup({ departments: [], loose: NONE_SHOWN + 7 });
    expect(peopleDirectory(lots).none).toMatchObject({ count: NONE_SHOWN + 7, more: 7 });
    expect(peopleDirectory(lots).none!.people).toHaveLength(NONE_SHOWN);
  });
});

describe('a department page with more members than fit on one', () => {
  const first = departmentView(look, 'alpha');

  it('lists PAGE_SIZE members a page, the rest on /page/n/', () => {
    expect([first.memberCount, first.members.length, first.membersFrom]).toEqual([130, PAGE_SIZE, 1]);
    expect(first.pager).toMatchObject({ page: 1, pages: 2, next: '/departments/alpha/page/2/' });
    const second = departmentView(look, 'alpha', 2);
    expect([second.members.length, second.membersFrom]).toEqual([30, 101]);
    expect(second.members.map((m) => m.id)).toEqual(look.members.get('alpha')!.slice(100).map((p) => p.id));
    expect(departmentPages(look)).toEqual([{ id: 'alpha', page: 1 }, { id: 'alpha', page: 2 }, { id: 'beta', page: 1 }]);
    expect(departmentView(look, 'beta').pager.pages).toBe(1);
  });

  it('lists the first ALIGNED_SHOWN personal sets aligned to it and links to its alignment page for the rest', () => {
    expect(first.alignedPersonal).toHaveLength(ALIGNED_SHOWN);
    expect(first.alignedMore).toBe(130 - ALIGNED_SHOWN);
    expect(first.alignmentHref).toBe('/2026/alignment/alpha/');
  });

  it('reads its members, not everyone', () => {
    expect(departmentView(bounded(look), 'alpha', 2)).toEqual(departmentView(look, 'alpha', 2));
  });
});

describe('the period home', () => {
  const view = dashboardView(look, '2026');

  it('shows the company\'s and the departments\' sets, and the personal sets counted by department', () => {
    expect(view.sets.map((s) => s.key)).toEqual(['2026:company', '2026:alpha', '2026:beta']);
    expect(view.personal.map((p) => [p.group.id, p.count, p.first.length, p.href])).toEqual([
      ['alpha', 130, PERSONAL_SHOWN, '/2026/alignment/alpha/'],
      ['beta', 3, 3, '/2026/alignment/beta/'],
      ['people', 2, 2, '/2026/alignment/people/'],
    ]);
    expect(view.personal[0].first.map((s) => s.key)).toEqual(Array.from({ length: PERSONAL_SHOWN }, (_, i) => `2026:${personId('alpha', i)}`));
  });

  it('lists the first NOW_SHOWN sets of the quarter beside the year, and counts the rest', () => {
    const demo = demoLookup('2026-11-20');
    const now = dashboardView(demo, '2026').alsoNow;
    expect(now.map((g) => [g.period.id, g.sets.map((s) => s.key), g.more])).toEqual([['2026-q4', ['2026-q4:du-kangjie', '2026-q4:wang-jun'], 0]]);
    expect(NOW_SHOWN).toBeGreaterThan(2);
  });
});

describe('a department set page', () => {
  it('lists the first SUPPORTERS_SHOWN objectives aligned to an objective, and links the rest to the department\'s alignment page', () => {
    const o1 = okrSetView(look, look.sets.get('2026:alpha')!).objectives[0];
    expect(o1.supportedBy).toHaveLength(SUPPORTERS_SHOWN);
    expect(o1.supportedByMore).toEqual({ count: 130 - SUPPORTERS_SHOWN, href: '/2026/alignment/alpha/#i-2026-alpha-o1' });
    expect(okrSetView(look, look.sets.get('2026:beta')!).objectives[0].supportedByMore).toBeUndefined();
    // The company's O1: the two departments' O1 and the two people without a department.
    const company = okrSetView(look, look.sets.get('2026:company')!).objectives[0];
    expect(company.supportedBy.map((l) => l.key)).toEqual(['2026:alpha/o1', '2026:beta/o1', `2026:${personId('loose', 0)}/o1`, `2026:${personId('loose', 1)}/o1`]);
  });
});

describe('a BSC metric page', () => {
  it('shows the departments\' OKRs that support it and counts the personal ones, linked to the departments\' alignment pages', () => {
    const demo = demoLookup('2026-11-20');
    const view = metricView(demo, '2026', 'complaint-rate');
    expect(view.supporters.map((n) => n.link.key)).toEqual(['2026:market/o1/kr1', '2026:sales/o1/kr1', '2026:sales/o1/kr2', '2026:tech/o2/kr1']);
    expect(JSON.stringify(view.supporters)).not.toMatch(/du-kangjie|wang-jun/);
    // 杜康杰's O2 aligns to 市场与增长部 O1·KR1: counted there, listed on 市场与增长部's alignment page.
    expect(view.supporters[0].below).toMatchObject({ objectives: 1, links: [{ label: '市场与增长部', href: '/2026/alignment/market/#i-2026-market-o1', count: 1 }] });
    expect(view.below).toBeUndefined();
    // 杜康杰's O1 aligns to the metric itself: counted on the page, linked to where people without a department are.
    expect(metricView(demo, '2026', 'blacklist-interception').below).toMatchObject({
      objectives: 1, keyResults: 0, links: [{ label: '未归属部门的人员', href: '/2026/alignment/people/#i-elsewhere', count: 1 }],
    });
  });
});

describe('the company map', () => {
  it('stays within MAX_NODES however many departments there are, and says how many it left out', () => {
    const wide = smallLookup({ company: ['on-track'], departments: Array.from({ length: 30 }, (_, i) => ({ id: `d${i}`, name: `部${i}`, members: 2, unaligned: true })) });
    const tree = alignmentTree(wide, '2026');
    expect(tree.nodes.length).toBeLessThanOrEqual(MAX_NODES);
    expect(tree.note?.zh).toContain('60 份个人 OKR');
    expect(tree.note?.zh).toMatch(/另有 \d+ 份部门 OKR 未画出/);
  });
});

describe('a department set\'s map', () => {
  it('draws no empty box for the supporting sets it leaves out, so it does not grow with the department', () => {
    // Both more than the map can draw (40 nodes): the same map, whatever the department's size.
    const sizes = [60, 200].map((members) => {
      const l = smallLookup({ departments: [{ id: 'd', name: '丁部', members, krs: ['on-track', 'on-track', 'on-track'] }] });
      const map = setAlignment(l, '2026:d')!;
      expect(map.nodes.length).toBeLessThanOrEqual(MAX_NODES);
      for (const g of map.groups) expect(map.nodes.some((n) => n.group === g.key) || map.groups.some((c) => c.parent === g.key), g.key).toBe(true);
      return [map.groups.length, map.code.length];
    });
    expect(sizes[1][0]).toBe(sizes[0][0]);
    expect(Math.abs(sizes[1][1] - sizes[0][1]) / sizes[0][1]).toBeLessThan(0.02); // only the names and the count left out differ
  });
});

describe('a person\'s page', () => {
  it('finds their sets and KRs from their side, without walking the organisation', () => {
    const demo = demoLookup('2026-11-20');
    for (const id of ['ma-changjiu', 'du-kangjie', 'yang-rongrong']) expect(personView(bounded(demo), id), id).toEqual(personView(demo, id));
    const lead = personView(look, personId('alpha', 0));
    expect(lead.periods[0].groups.map((g) => [g.key, g.own, g.items.length])).toEqual([
      [`2026:${personId('alpha', 0)}`, true, 1], ['2026:company', false, 1], ['2026:alpha', false, 1],
    ]);
  });
});
