// The alignment pages' view models: the period's tree from the BSC and the company's OKRs down to the departments'
// objectives (personal OKRs counted), and each department's page with its people's objectives, in pages.
import { describe, expect, it } from 'vitest';
import { scoreOrganisation } from '../../src/core/index.ts';
import type { TreeNode } from '../../src/core/views/tree.ts';
import { ALIGNMENT_PAGE_SIZE, alignmentGroupPages, alignmentGroupView, alignmentView } from '../../src/core/views/alignment-view.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { caseFiles, loadBase, replaceOnce } from './fixture.ts';
import { smallLookup } from './small-org.ts';

function lookupOf(files: ReturnType<typeof caseFiles>) {
  const { org, diagnostics } = loadBase(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Lookup(org!, scoreOrganisation(org!));
}

/** The tree as indented lines of ref keys, the way a reader scans the nested list; `[objectives+KRs → link]` what it counts instead of showing. */
function outline(nodes: TreeNode[], depth = 0): string[] {
  const below = (n: TreeNode) => (n.below ? ` [${n.below.objectives}+${n.below.keyResults} → ${n.below.links.map((k) => k.href).join(' ')}]` : '');
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.link.key}${n.repeated ? ' ↑' : ''}${below(n)}`, ...outline(n.children, depth + 1)]);
}

describe('alignment view without a BSC, with company OKRs', () => {
  const look = lookupOf(caseFiles('ok-company-okrs-without-bsc'));
  const view = alignmentView(look, '2026');

  it('hangs the tree from the company objectives down to the departments\' objectives, personal OKRs counted on them', () => {
    expect(view.bscPeriod).toBeUndefined();
    expect(outline(view.roots)).toEqual([
      '2026:company/o1',
      '  2026:company/o1/kr1',
      '  2026:company/o1/kr2',
      '  2026:sales/o1 [1+0 → /2026/alignment/sales/#i-2026-sales-o1]',
      '2026:company/o2',
      '  2026:company/o2/kr1',
      // Its KR1 is supported by 李四's O2 only: the KR is left out and 李四's objective counted on the objective.
      '    2026:sales/o2 [1+0 → /2026/alignment/sales/#i-2026-sales-o2]',
      '  2026:company/o2/kr2',
      '  2026:sales/o3 [1+0 → /2026/alignment/sales/#i-2026-sales-o3]',
      '2026:company/o3',
      '  2026:company/o3/kr1',
      '  2026:company/o3/kr2',
    ]);
    expect(view.roots[0].children[2].below).toMatchObject({ objectives: 1, keyResults: 0, text: { zh: '1 个个人目标对齐到这里' }, links: [{ label: '销售部', count: 1 }] });
  });

  it('lists the departments with their objectives and personal objectives, linked to their pages', () => {
    expect(view.groups.map((g) => [g.group.id, g.objectives, g.personal, g.href])).toEqual([['sales', 3, 3, '/2026/alignment/sales/']]);
  });

  it('counts nothing as unaligned when everything aligns upwards, and labels company nodes with its name', () => {
    expect(view.unaligned).toEqual([]);
    expect(view.unalignedByGroup).toEqual([]);
    expect(view.roots[0].link.context).toBe('示例公司');
    expect(view.roots[0].link.href).toBe('/2026/company/#o1');
  });

  it('counts a department\'s objective that aligns to nothing on the summary, and lists it on the department\'s page', () => {
    const files = caseFiles('ok-company-okrs-without-bsc').map((f) =>
      f.path === 'okrs/2026/sales.mdx' ? { ...f, text: replaceOnce(f.text, '    alignsTo: [company/o1]\n', '') } : f);
    const l = lookupOf(files);
    const v = alignmentView(l, '2026');
    expect(v.unaligned).toEqual([]);
    expect(v.unalignedByGroup.map((g) => [g.group.id, g.count, g.href])).toEqual([['sales', 1, '/2026/alignment/sales/#i-unaligned']]);
    expect(outline(v.roots)).not.toContain('  2026:sales/o1');
    const sales = alignmentGroupView(l, '2026', 'sales');
    expect(sales.unaligned!.items.map((e) => outline([e.node]))).toEqual([['2026:sales/o1 [1+0 → /2026/alignment/sales/#s-2026-sales-o1]', '  2026:sales/o1/kr1', '  2026:sales/o1/kr2']]);
  });
});

describe('alignment view with a BSC', () => {
  it('puts company objectives aligned to the BSC under it, and one aligned to nothing among the unaligned', () => {
    const look = lookupOf(caseFiles('warn-company-objective-orphan'));
    const view = alignmentView(look, '2026');
    expect(view.bscPeriod).toBe('2026');
    const lines = outline(view.roots);
    expect(lines).toContain('  2026:company/o1');
    expect(lines).toContain('  2026:company/o2');
    expect(outline(view.unaligned)).toEqual(['2026:company/o3', '  2026:company/o3/kr1', '  2026:company/o3/kr2']);
  });

  it("lists a quarter's unaligned objectives on the quarter's and the year's department page (the year's tree includes its quarters)", () => {
    const files = caseFiles('_base').map((f) =>
      f.path === 'okrs/2026-q1/li-si.mdx' ? { ...f, text: replaceOnce(f.text, '    alignsTo: [sales/o1]\n', '') } : f);
    const look = lookupOf(files);
    const unaligned = (period: string) => alignmentGroupView(look, period, 'sales').unaligned?.items.map((e) => e.node.link.key);
    expect(unaligned('2026-q1')).toEqual(['2026-q1:li-si/o1']);
    expect(unaligned('2026')).toEqual(['2026-q1:li-si/o1']);
    expect(alignmentView(look, '2026').unalignedByGroup.map((g) => [g.group.id, g.count])).toEqual([['sales', 1]]);
  });
});

describe('a department\'s alignment page', () => {
  const look = smallLookup({
    company: ['on-track'],
    departments: [
      // Members 1 and 3 align to the department's O1, member 2 to the company's O1; member 3 also has an objective aligned to nothing.
      { id: 'alpha', name: '甲部', members: 3, memberToCompany: (i) => i === 1, memberUnaligned: (i) => i === 2, krs: ['on-track', 'on-track'] },
      { id: 'beta', name: '乙部', members: 1 },
    ],
    loose: 1,
  });
  const view = alignmentGroupView(look, '2026', 'alpha');

  it('shows the department\'s objectives with their KRs, each counting the personal OKRs under it and linking to them', () => {
    expect(outline(view.objectives)).toEqual([
      '2026:alpha/o1 [2+0 → /2026/alignment/alpha/#s-2026-alpha-o1]',
      '  2026:alpha/o1/kr1',
      '  2026:alpha/o1/kr2',
    ]);
    expect(view.objectives[0].id).toBe('i-2026-alpha-o1');
  });

  it('lists the people\'s objectives under it with their KRs, what they align to, the members\' aligned elsewhere and the unaligned', () => {
    expect(view.lists.map((l) => [l.under.key, l.items.map((e) => outline([e.node]))])).toEqual([
      ['2026:alpha/o1', [['2026:alpha-p01/o1', '  2026:alpha-p01/o1/kr1'], ['2026:alpha-p03/o1', '  2026:alpha-p03/o1/kr1']]],
    ]);
    expect(view.lists[0].items[0].alignsTo.map((a) => a.key)).toEqual(['2026:alpha/o1']);
    expect(view.elsewhere!.items.map((e) => [e.node.link.key, e.alignsTo.map((a) => a.key)])).toEqual([['2026:alpha-p02/o1', ['2026:company/o1']]]);
    expect(view.unaligned!.items.map((e) => e.node.link.key)).toEqual(['2026:alpha-p03/o2']);
    expect(view.index.map((e) => [e.key, e.total, e.href])).toEqual([
      ['2026:alpha/o1', 2, '/2026/alignment/alpha/#s-2026-alpha-o1'],
      ['elsewhere', 1, '/2026/alignment/alpha/#s-elsewhere'],
      ['unaligned', 1, '/2026/alignment/alpha/#s-unaligned'],
    ]);
  });

  it('on the period page: the company\'s objective counts the people aligned to it directly, linked to their departments\' pages', () => {
    const summary = alignmentView(look, '2026');
    const company = summary.roots.find((n) => n.link.key === '2026:company/o1')!;
    expect(company.below).toMatchObject({ objectives: 2, keyResults: 0 });
    expect(company.below!.links.map((k) => [k.label, k.count, k.href])).toEqual([
      ['甲部', 1, '/2026/alignment/alpha/#i-elsewhere'],
      ['未归属部门的人员', 1, '/2026/alignment/people/#i-elsewhere'],
    ]);
    expect(outline(summary.roots).filter((l) => l.includes('-p0'))).toEqual([]);
    expect(summary.unalignedByGroup.map((g) => [g.group.id, g.count])).toEqual([['alpha', 1]]);
    expect(summary.groups.map((g) => [g.group.id, g.objectives, g.personal])).toEqual([['alpha', 1, 3], ['beta', 1, 1], ['people', 0, 1]]);
  });

  it('reads only its own sets and what supports them, not the organisation\'s', () => {
    const org = Object.create(look.org, { sets: { get: () => { throw new Error('walked every set'); } }, people: { get: () => { throw new Error('walked every person'); } } });
    expect(alignmentGroupView(Object.create(look, { org: { value: org } }), '2026', 'alpha')).toEqual(view);
  });
});

describe('a department too large for one alignment page', () => {
  const look = smallLookup({ departments: [{ id: 'big', name: '大部门', members: 120, memberUnaligned: (i) => i < 10 }] });
  const first = alignmentGroupView(look, '2026', 'big');
  const all = Array.from({ length: first.pager.pages }, (_, i) => alignmentGroupView(look, '2026', 'big', i + 1));
  const entries = (v: typeof first) => [...v.lists.flatMap((l) => l.items), ...(v.elsewhere?.items ?? []), ...(v.unaligned?.items ?? [])];

  it('cuts the people\'s objectives into pages of ALIGNMENT_PAGE_SIZE, each person\'s objective on exactly one page', () => {
    // 120 under the department's O1, 10 unaligned, and its own O1 unaligned (there is no company set): 131.
    expect(first.pager.pages).toBe(Math.ceil(131 / ALIGNMENT_PAGE_SIZE));
    for (const v of all) expect(entries(v).length).toBeLessThanOrEqual(ALIGNMENT_PAGE_SIZE);
    const keys = all.flatMap((v) => entries(v).map((e) => e.node.link.key));
    expect(keys).toHaveLength(131);
    expect(new Set(keys).size).toBe(131);
  });

  it('shows the department\'s objectives on every page, linked to where their people start', () => {
    for (const v of all) expect(v.objectives.map((o) => o.link.key)).toEqual(['2026:big/o1']);
    expect(first.objectives[0].below).toMatchObject({ objectives: 120, links: [{ href: '/2026/alignment/big/#s-2026-big-o1' }] });
    expect(first.index.find((e) => e.key === 'unaligned')!.href).toBe(`/2026/alignment/big/page/${Math.ceil(121 / ALIGNMENT_PAGE_SIZE)}/#s-unaligned`);
    expect(all[1].lists[0]).toMatchObject({ from: ALIGNMENT_PAGE_SIZE + 1, total: 120 });
    expect(all[1].pager).toMatchObject({ prev: '/2026/alignment/big/', next: '/2026/alignment/big/page/3/' });
  });

  it('lists every page for the routes', () => {
    expect(alignmentGroupPages(look).filter((p) => p.period === '2026' && p.group === 'big').map((p) => p.page)).toEqual(all.map((_, i) => i + 1));
  });
});
