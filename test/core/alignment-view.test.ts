// The alignment page's view model: the tree from the BSC and the company's OKRs down to people, and
// the objectives that align to nothing above them, with and without a BSC.
import { describe, expect, it } from 'vitest';
import { scoreOrganisation } from '../../src/core/index.ts';
import type { TreeNode } from '../../src/core/views/tree.ts';
import { alignmentView, orphans } from '../../src/core/views/alignment-view.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { caseFiles, loadBase, replaceOnce } from './fixture.ts';

function lookupOf(files: ReturnType<typeof caseFiles>) {
  const { org, diagnostics } = loadBase(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Lookup(org!, scoreOrganisation(org!));
}

/** The tree as indented lines of ref keys, the way a reader scans the nested list. */
function outline(nodes: TreeNode[], depth = 0): string[] {
  return nodes.flatMap((n) => [`${'  '.repeat(depth)}${n.link.key}${n.repeated ? ' ↑' : ''}`, ...outline(n.children, depth + 1)]);
}

describe('alignment view without a BSC, with company OKRs', () => {
  const look = lookupOf(caseFiles('ok-company-okrs-without-bsc'));
  const view = alignmentView(look, '2026');

  it('hangs the tree from the company objectives, departments and people below them', () => {
    expect(view.bscPeriod).toBeUndefined();
    expect(outline(view.roots)).toEqual([
      '2026:company/o1',
      '  2026:company/o1/kr1',
      '  2026:company/o1/kr2',
      '  2026:sales/o1',
      '    2026:sales/o1/kr1',
      '    2026:sales/o1/kr2',
      '    2026-q1:li-si/o1',
      '      2026-q1:li-si/o1/kr1',
      '      2026-q1:li-si/o1/kr2',
      '2026:company/o2',
      '  2026:company/o2/kr1',
      '    2026:sales/o2',
      '      2026:sales/o2/kr1',
      '        2026-q1:li-si/o2',
      '          2026-q1:li-si/o2/kr1',
      '          2026-q1:li-si/o2/kr2',
      '      2026:sales/o2/kr2',
      '  2026:company/o2/kr2',
      '  2026:sales/o3',
      '    2026:sales/o3/kr1',
      '    2026:sales/o3/kr2',
      '    2026-q1:li-si/o3',
      '      2026-q1:li-si/o3/kr1',
      '      2026-q1:li-si/o3/kr2',
      '2026:company/o3',
      '  2026:company/o3/kr1',
      '  2026:company/o3/kr2',
    ]);
  });

  it('counts nothing as unaligned when everything aligns upwards, and labels company nodes with its name', () => {
    expect(view.unaligned).toEqual([]);
    expect(view.orphans).toEqual([]);
    expect(view.roots[0].link.context).toBe('示例公司');
    expect(view.roots[0].link.href).toBe('/2026/company/#o1');
  });

  it('lists an objective that aligns to nothing above it, with what supports it', () => {
    const files = caseFiles('ok-company-okrs-without-bsc').map((f) =>
      f.path === 'okrs/2026/sales.mdx' ? { ...f, text: replaceOnce(f.text, '    alignsTo: [company/o1]\n', '') } : f);
    const v = alignmentView(lookupOf(files), '2026');
    expect(outline(v.unaligned)).toEqual(['2026:sales/o1', '  2026:sales/o1/kr1', '  2026:sales/o1/kr2', '  2026-q1:li-si/o1', '    2026-q1:li-si/o1/kr1', '    2026-q1:li-si/o1/kr2']);
    expect(v.orphans.map((o) => o.key)).toEqual(['2026:sales/o1']);
    expect(outline(v.roots)).not.toContain('  2026:sales/o1');
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
    expect(orphans(look, '2026').map((o) => o.key)).toEqual(['2026:company/o3']);
  });

  it("lists a quarter's own unaligned objectives on the quarter, not on the year", () => {
    const files = caseFiles('_base').map((f) =>
      f.path === 'okrs/2026-q1/li-si.mdx' ? { ...f, text: replaceOnce(f.text, '    alignsTo: [sales/o1]\n', '') } : f);
    const look = lookupOf(files);
    expect(orphans(look, '2026-q1').map((o) => o.key)).toEqual(['2026-q1:li-si/o1']);
    expect(orphans(look, '2026')).toEqual([]);
    expect(outline(alignmentView(look, '2026').unaligned)[0]).toBe('2026-q1:li-si/o1');
  });
});
