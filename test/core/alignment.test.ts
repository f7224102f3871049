import { describe, expect, it } from 'vitest';
import { findCycles } from '../../src/core/graph.ts';
import { Relations } from '../../src/core/relations.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const SALES = 'okrs/2026/sales.mdx';
const QUARTER = 'okrs/2026-q1/li-si.mdx';
const load = (path: string, from: string, to: string) => loadBase(withFile(baseFiles(), path, (t) => replaceOnce(t, from, to)));

describe('Relations', () => {
  it('supportedBy is the inverse of alignsTo', () => {
    const r = new Relations();
    r.relate('a', 'x');
    r.relate('b', 'x');
    r.relate('a', 'y');
    expect(r.alignsTo('a')).toEqual(['x', 'y']);
    expect(r.supportedBy('x')).toEqual(['a', 'b']);
    expect(r.supportedBy('y')).toEqual(['a']);
    expect(r.alignsTo('x')).toEqual([]);
    expect(r.supportedBy('a')).toEqual([]);
    expect([...r.pairs()]).toEqual([['a', 'x'], ['a', 'y'], ['b', 'x']]);
  });

  it('relates a pair once', () => {
    const r = new Relations();
    r.relate('a', 'x');
    r.relate('a', 'x');
    expect(r.alignsTo('a')).toEqual(['x']);
    expect(r.supportedBy('x')).toEqual(['a']);
  });
});

describe('alignment in the base content', () => {
  const { org } = loadBase();
  const rel = org!.relations;

  it('resolves every written ref to a key with its period', () => {
    expect([...rel.pairs()].sort()).toEqual([
      ['2026-q1:li-si/o1', '2026:sales/o1'],
      ['2026-q1:li-si/o2', '2026:sales/o2/kr1'],
      ['2026-q1:li-si/o3', '2026:sales/o3'],
      ['2026:sales/o1', '2026:bsc/nps'],
      ['2026:sales/o2', '2026:bsc/revenue'],
      ['2026:sales/o3', '2026:bsc/finance'],
    ]);
  });

  it('a quarter set aligns to its year, with or without the period prefix', () => {
    expect(rel.alignsTo('2026-q1:li-si/o1')).toEqual(['2026:sales/o1']);
    expect(rel.alignsTo('2026-q1:li-si/o3')).toEqual(['2026:sales/o3']);
    expect(rel.supportedBy('2026:sales/o1')).toEqual(['2026-q1:li-si/o1']);
    expect(rel.supportedBy('2026:sales/o2/kr1')).toEqual(['2026-q1:li-si/o2']);
  });

  it('every alignsTo pair is found from the other side', () => {
    for (const [from, to] of rel.pairs()) expect(rel.supportedBy(to)).toContain(from);
  });

  it('a BSC metric and perspective know what supports them', () => {
    expect(rel.supportedBy('2026:bsc/nps')).toEqual(['2026:sales/o1']);
    expect(rel.supportedBy('2026:bsc/finance')).toEqual(['2026:sales/o3']);
  });
});

describe('alignment errors', () => {
  it('a year set may not align to a quarter', () => {
    const { org, diagnostics } = load(SALES, 'alignsTo: [bsc/nps]', 'alignsTo: [li-si/o1]');
    const errors = diagnostics.filter((d) => d.rule === 'cross-period');
    expect(errors.map((d) => [d.file, d.line, d.message.en])).toEqual([[
      SALES, 8,
      '"li-si/o1" points at 2026-q1:li-si/o1 in 2026-q1, but 2026 may only align within itself or an enclosing period (2026). Align to an enclosing period\'s objective, or move this OKR to 2026-q1.',
    ]]);
    expect(org!.relations.alignsTo('2026:sales/o1')).toEqual([]);
  });

  it('a year set may not align to a quarter even with the period written', () => {
    const { diagnostics } = load(SALES, 'alignsTo: [bsc/nps]', "alignsTo: ['2026-q1:li-si/o1']");
    expect(diagnostics.filter((d) => d.rule === 'cross-period').map((d) => d.message.en)).toEqual([
      '"2026-q1:li-si/o1" points at 2026-q1:li-si/o1 in 2026-q1, but 2026 may only align within itself or an enclosing period (2026). Align to an enclosing period\'s objective, or move this OKR to 2026-q1.',
    ]);
  });

  it('an unknown ref suggests the nearest one', () => {
    const { diagnostics } = load(SALES, 'alignsTo: [bsc/revenue]', 'alignsTo: [bsc/revnue]');
    const errors = diagnostics.filter((d) => d.rule === 'unknown-ref');
    expect(errors.map((d) => d.message)).toEqual([{
      zh: '"bsc/revnue" 指向的 BSC 指标或维度不存在（在周期 2026 中查找）。你是不是想写 bsc/revenue？',
      en: '"bsc/revnue" points at a BSC metric or perspective that does not exist (looked in 2026). Did you mean bsc/revenue?',
    }]);
  });

  it('a typo in a prefixed ref from a quarter set suggests the year objective', () => {
    const { diagnostics } = load(QUARTER, "alignsTo: ['2026:sales/o3']", "alignsTo: ['2026:sales/o4']");
    expect(diagnostics.filter((d) => d.rule === 'unknown-ref').map((d) => d.message.en)).toEqual([
      '"2026:sales/o4" points at an objective that does not exist (looked in 2026). Did you mean 2026:sales/o1, 2026:sales/o2, 2026:sales/o3?',
    ]);
  });

  // Candidates are compared without their period prefix, so the year's objectives are near misses too.
  it('a typo in an unprefixed ref from a quarter set still suggests the year objective', () => {
    const { diagnostics } = load(QUARTER, "alignsTo: ['2026:sales/o3']", 'alignsTo: [sales/o4]');
    const [error] = diagnostics.filter((d) => d.rule === 'unknown-ref');
    expect(error.message.en).toMatch(/^"sales\/o4" points at an objective that does not exist \(looked in 2026-q1, 2026\)\. Did you mean (2026:)?sales\/o1/);
  });

  it('an unknown period prefix is reported as an unknown period', () => {
    const { diagnostics } = load(QUARTER, "alignsTo: ['2026:sales/o3']", "alignsTo: ['2025:sales/o3']");
    expect(diagnostics.filter((d) => d.file === QUARTER && d.severity === 'error').map((d) => d.rule)).toEqual(['unknown-period']);
  });

  it('an objective aligned to its own KR makes a cycle', () => {
    const { diagnostics } = load(SALES, 'alignsTo: [bsc/nps]', 'alignsTo: [sales/o1/kr1]');
    const errors = diagnostics.filter((d) => d.rule === 'alignment-cycle');
    expect(errors.map((d) => [d.file, d.line, d.message.en])).toEqual([[
      SALES, 8,
      'The objective sales/o1 cannot align to its own KR sales/o1/kr1: the KR already supports it. Align to a parent objective or a BSC metric instead.',
    ]]);
  });

  it('a KR aligned to its own objective is redundant, not a cycle', () => {
    const { diagnostics } = load(SALES, '        title: 违规率降至 5% 以下\n', '        title: 违规率降至 5% 以下\n        alignsTo: [sales/o1]\n');
    expect(diagnostics.map((d) => d.rule)).toEqual(['alignment-redundant']);
  });
});

describe('findCycles', () => {
  const graph = (edges: Record<string, string[]>) => (node: string) => edges[node] ?? [];

  it('finds none in an acyclic graph', () => {
    expect(findCycles(['a', 'b', 'c'], graph({ a: ['b', 'c'], b: ['c'] }))).toEqual([]);
  });

  it('reports a cycle as the path back to where it was entered', () => {
    expect(findCycles(['a', 'b', 'c'], graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual([['a', 'b', 'c', 'a']]);
  });

  it('reports a cycle once, whichever node the search starts from', () => {
    expect(findCycles(['b', 'a', 'c'], graph({ a: ['b'], b: ['c'], c: ['a'] }))).toEqual([['b', 'c', 'a', 'b']]);
  });

  it('finds a self-loop', () => {
    expect(findCycles(['a'], graph({ a: ['a'] }))).toEqual([['a', 'a']]);
  });

  it('finds a cycle reachable from an entry node outside it', () => {
    expect(findCycles(['x'], graph({ x: ['a'], a: ['b'], b: ['a'] }))).toEqual([['a', 'b', 'a']]);
  });

  it('finds separate cycles', () => {
    expect(findCycles(['a', 'c'], graph({ a: ['b'], b: ['a'], c: ['d'], d: ['c'] }))).toEqual([['a', 'b', 'a'], ['c', 'd', 'c']]);
  });

  it('does not mistake a diamond for a cycle', () => {
    expect(findCycles(['a'], graph({ a: ['b', 'c'], b: ['d'], c: ['d'] }))).toEqual([]);
  });
});
