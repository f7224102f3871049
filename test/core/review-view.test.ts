// The period review (复盘): the score distribution in bins of 0.1 (0.70 in 0.7–0.8, 1.00 in the last bin),
// 1.0s and scores below 0.3 flagged, objectives that never moved, confidence against the outcome, the
// self-assessed score against the computed progress; by department, in pages, from each group's own sets.
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/core/index.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { siteLookup, type Lookup } from '../../src/core/views/lookup.ts';
import { PAGE_SIZE } from '../../src/core/views/paging.ts';
import { binOf, histogram } from '../../src/core/views/review-histogram.ts';
import { movedIn, reviewGroupPages, reviewGroupView, reviewView } from '../../src/core/views/review-view.ts';
import { smallLookup } from './small-org.ts';

const kr = (id: string, lines: string) => `      - id: ${id}\n        title: 关键结果 ${id}\n        owners: [alpha-p01]\n${lines}`;
const inc = (base = 0) => `        measure: { type: increase, unit: 分, baseline: ${base}, target: 100 }\n`;
const checkins = (...cs: string[]) => `        checkins:\n${cs.map((c) => `          - { ${c} }\n`).join('')}`;
const objective = (id: string, krs: string[]) => `  - id: ${id}\n    title: 目标 ${id}\n    keyResults:\n${krs.join('')}`;
const set = (owner: string, objectives: string[]) => `---\nowner: ${owner}\nperiod: '2026'\nobjectives:\n${objectives.join('')}---\n`;

function files(asOf: string): SourceFile[] {
  return [
    { path: 'settings.yaml', text: `company: 示例公司\nperiods:\n  - { id: '2026', name: 2026 年度, start: 2026-01-01, end: 2026-12-31 }\ncurrentPeriod: '2026'\nasOf: ${asOf}\n` },
    { path: 'departments/alpha.md', text: '---\nid: alpha\nname: 甲部\nleads: [alpha-p01]\n---\n' },
    { path: 'departments/beta.md', text: '---\nid: beta\nname: 乙部\nleads: [beta-p01]\n---\n' },
    { path: 'people/alpha-p01.yaml', text: 'id: alpha-p01\nname: 张一\ndepartment: alpha\n' },
    { path: 'people/beta-p01.yaml', text: 'id: beta-p01\nname: 李二\ndepartment: beta\n' },
    { path: 'okrs/2026/alpha.mdx', text: set('alpha', [
      objective('o1', [
        // Self 0.70 (bin 0.7–0.8) against computed 0.40: a gap of 0.30, flagged.
        kr('kr1', `${inc()}${checkins('date: 2026-03-01, value: 40, confidence: 0.8')}        selfAssessment: { score: 0.7, completion: 4, difficulty: 4, effort: 5, note: 基本达成 }\n`),
        // Self 1.00 (the last bin): 目标可能过于保守; no gap.
        kr('kr2', `${inc()}${checkins('date: 2026-03-01, value: 100')}        selfAssessment: { score: 1 }\n`),
      ]),
      objective('o2', [
        // Reported, but at its baseline: never moved; computed 0.
        kr('kr1', `${inc(50)}${checkins('date: 2026-02-01, value: 50', 'date: 2026-04-01, value: 50')}`),
        kr('kr2', ''),
      ]),
      objective('o3', [
        // Confident (0.9) and self-assessed 0.2: over-confident; self 0.2 against computed 0.8.
        kr('kr1', `${inc()}${checkins('date: 2026-05-01, value: 80, confidence: 0.9')}        selfAssessment: { score: 0.2 }\n`),
        // Doubtful (0.2) and made 0.75 by its due date: under-confident.
        kr('kr2', `        measure: { type: manual }\n        due: 2026-06-30\n${checkins('date: 2026-06-20, progress: 0.75, confidence: 0.2')}`),
        kr('kr3', `${inc()}${checkins('date: 2026-05-01, value: 30')}`),
        kr('kr4', `${inc()}${checkins('date: 2026-05-01, value: 29')}`),
      ]),
    ]) },
    { path: 'okrs/2026/beta.mdx', text: set('beta', [
      // Confident and far behind, not due yet: a disagreement only once the period is over.
      objective('o1', [kr('kr1', `${inc()}${checkins('date: 2026-06-01, value: 10, confidence: 0.9')}`)]),
    ]) },
    { path: 'okrs/2026/beta-p01.mdx', text: set('beta-p01', [
      objective('o1', [kr('kr1', '        selfAssessment: { score: 0.69, completion: 3, sample: true }\n')]),
    ]) },
  ];
}

function lookAt(asOf: string): Lookup {
  const { org, diagnostics } = loadOrganisation(files(asOf), { today: asOf, asOf });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!org || errors.length) throw new Error(errors.map((d) => `${d.file}:${d.line} ${d.message.en}`).join('\n'));
  return siteLookup(org, diagnostics);
}

/** The organisation's lists throw when walked (and the period's sets): a page that needs them is not bounded by its groups. */
function bounded(l: Lookup): Lookup {
  const org = Object.create(l.org, {
    sets: { get: () => { throw new Error('walked every set'); } },
    people: { get: () => { throw new Error('walked every person'); } },
  });
  const periodSets = { get: () => { throw new Error('walked the period’s sets'); } };
  return Object.create(l, { org: { value: org }, periodSets: { value: periodSets } });
}

const mid = lookAt('2026-06-30');
const ended = lookAt('2027-01-15');

describe('the score distribution', () => {
  it('puts each score in its bin of 0.1 by its printed value: 0.70 in 0.7–0.8, 1.00 and 0.9 in the last', () => {
    expect([0, 0.099, 0.1, 0.29, 0.3, 0.695, 0.69, 0.7, 0.79, 0.9, 1].map(binOf)).toEqual([0, 1, 1, 2, 3, 7, 6, 7, 7, 9, 9]);
  });

  it('counts the self-assessed score where given, else the computed one, and says how many of each', () => {
    const view = reviewView(ended, '2026');
    // alpha: 1.0 (self) → 9; 0.7 (self) → 7; 0 → 0; 0.2 (self) → 2; 0.75 → 7; 0.3 → 3; 0.29 → 2. beta: 0.1 → 1; 0.69 (self) → 6.
    expect(view.histogram.bars.map((b) => b.count)).toEqual([1, 1, 2, 1, 0, 0, 1, 2, 0, 1]);
    expect(view.totals).toMatchObject({ keyResults: 10, self: 4, computed: 5, none: 1 });
    expect(view.histogram.total).toBe(9);
  });

  it('draws bars to scale from the axis, labels the counts, and marks 0.7 with a line and text', () => {
    const h = histogram([1, 1, 2, 1, 0, 0, 1, 2, 0, 1]);
    const [one, , two] = h.bars;
    expect(two.y + two.height).toBe(h.axisY);
    expect(two.height).toBeCloseTo(one.height * 2, 0);
    expect(h.bars[4].height).toBe(0);
    expect(h.bars.map((b) => b.range)).toContain('0.7–0.8');
    expect(h.bars.filter((b) => b.sweet).map((b) => b.range)).toEqual(['0.7–0.8']);
    // The 0.7 line is at the left edge of the 0.7 bin, the seventh tick.
    expect(h.sweet.x).toBe(h.ticks[7].x);
    expect(h.ticks[7].label).toBe('0.7');
    expect(h.sweet.label.zh).toContain('0.7');
    expect(h.description.en).toContain('0.7–0.8: 2');
  });
});

describe('the self-assessment', () => {
  it('shows its factors beside the score in 如何计算, and a sample self-assessment marks the score and the page 示例', () => {
    const card = ended.card('2026:alpha/o1/kr1')!;
    expect(card.score.value).toBe(0.7);
    expect(card.score.explain.inputs.map((i) => [i.label.zh, i.value])).toEqual([['按度量计算的进度', '0.40'], ['完成程度（1–5）', '4'], ['困难程度（1–5）', '4'], ['努力程度（1–5）', '5']]);
    expect([card.sample, ended.card('2026:beta-p01/o1/kr1')!.sample]).toEqual([false, true]);
    expect([reviewGroupView(ended, '2026', 'alpha').sample, reviewGroupView(ended, '2026', 'beta').sample, reviewView(ended, '2026').sample]).toEqual([false, true, true]);
  });
});

describe('the flags', () => {
  const alpha = reviewGroupView(ended, '2026', 'alpha');
  const ids = (rows: { link: { key: string } }[] | undefined) => (rows ?? []).map((r) => r.link.key.split(':')[1]);

  it('flags 1.0s as too safe and scores below 0.3 as too ambitious or blocked (0.30 is not), with owners by name', () => {
    expect(ids(alpha.conservative?.items)).toEqual(['alpha/o1/kr2']);
    expect(ids(alpha.low?.items)).toEqual(['alpha/o2/kr1', 'alpha/o3/kr1', 'alpha/o3/kr4']);
    expect(alpha.low!.items[0].owners.map((o) => o.name)).toEqual(['张一']);
    expect(alpha.low!.items[0].link.href).toBe('/2026/alpha/#o2-kr1');
  });

  it('lists objectives none of whose KRs moved: reported at the baseline, or not measured', () => {
    expect(alpha.stuck!.items.map((o) => o.key)).toEqual(['2026:alpha/o2']);
  });

  it('flags confidence that disagreed with the outcome, both ways', () => {
    expect(alpha.disagree!.items.map((d) => [d.link.key.split(':')[1], d.kind, d.confidence, d.outcome])).toEqual([
      ['alpha/o3/kr1', 'over', '0.90', '0.20'],
      ['alpha/o3/kr2', 'under', '0.20', '0.75'],
    ]);
  });

  it('sets the self-assessed score against the computed progress, the biggest gap first, and flags gaps of 0.3 or more', () => {
    expect(alpha.gaps!.items.map((g) => [g.link.key.split(':')[1], g.self, g.computed, g.gap, g.big])).toEqual([
      ['alpha/o3/kr1', '0.20', '0.80', '-0.60', true],
      ['alpha/o1/kr1', '0.70', '0.40', '+0.30', true],
      ['alpha/o1/kr2', '1.00', '1.00', '0.00', false],
    ]);
    const beta = reviewGroupView(ended, '2026', 'beta');
    expect(beta.gaps!.items.map((g) => [g.self, g.computed, g.gap, g.big])).toEqual([['0.69', null, null, false]]);
  });
});

describe('before the period ends', () => {
  const view = reviewView(mid, '2026');

  it('says the review is provisional, as of when and how many weeks are left, and still shows the distribution', () => {
    expect(view.provisional).toEqual({ asOf: '2026-06-30', end: '2026-12-31', weeksLeft: 27 });
    expect(view.histogram.total).toBe(9);
    expect(reviewView(ended, '2026').provisional).toBeUndefined();
  });

  it('sets confidence against an outcome only where there is one: self-assessed or due', () => {
    const beta = (l: Lookup) => reviewView(l, '2026').rows.find((r) => r.group.id === 'beta')!.counts.disagree;
    expect([beta(mid), beta(ended)]).toEqual([0, 1]);
  });

  it('counts as moved only what changed in the period up to asOf', () => {
    const krOf = (l: Lookup, key: string) => (l.nodes.get(key) as { item: Parameters<typeof movedIn>[0] }).item;
    expect(movedIn(krOf(mid, '2026:alpha/o1/kr1'), '2026-01-01', '2026-06-30')).toBe(true);
    expect(movedIn(krOf(mid, '2026:alpha/o1/kr1'), '2026-01-01', '2026-02-28')).toBe(false);
    expect(movedIn(krOf(mid, '2026:alpha/o2/kr1'), '2026-01-01', '2026-06-30')).toBe(false);
  });
});

describe('by department, bounded', () => {
  it('has a row per department with its counts, linked to its page', () => {
    const view = reviewView(ended, '2026');
    expect(view.rows.map((r) => [r.group.id, r.href])).toEqual([['alpha', '/2026/review/alpha/'], ['beta', '/2026/review/beta/']]);
    expect(view.rows[0].counts).toEqual({ keyResults: 8, self: 3, computed: 4, none: 1, conservative: 1, low: 3, stuck: 1, disagree: 2, gaps: 3, bigGaps: 2 });
  });

  it('computes each group once per build: the summary reads the groups’ reviews, not the sets again', () => {
    const look = lookAt('2027-01-15');
    const first = reviewView(look, '2026');
    const walkless = Object.create(look, { groupSets: { value: { get: () => { throw new Error('walked the sets again'); }, has: () => false } } });
    expect(reviewView(walkless, '2026').histogram).toEqual(first.histogram);
  });

  it('a group’s page reads only its group’s sets, in pages of PAGE_SIZE rows', () => {
    const big = smallLookup({ departments: [{ id: 'alpha', name: '甲部', members: 130, memberKrs: () => ['off-track'] }, { id: 'beta', name: '乙部', members: 1 }] });
    const safe = bounded(big);
    const one = reviewGroupView(safe, '2026', 'alpha');
    const two = reviewGroupView(safe, '2026', 'alpha', 2);
    expect(one.counts.low).toBe(130);
    expect([one.low!.items.length, two.low!.items.length, two.low!.from]).toEqual([PAGE_SIZE, 30, 101]);
    expect([one.pager.pages, one.pager.next]).toEqual([2, '/2026/review/alpha/page/2/']);
    expect(one.index.find((e) => e.key === 'low')).toEqual({ key: 'low', total: 130, href: '/2026/review/alpha/#low' });
    expect(reviewGroupPages(big).filter((p) => p.period === '2026' && p.group === 'alpha').map((p) => p.page)).toEqual([1, 2]);
    expect(reviewView(safe, '2026').rows.map((r) => r.counts.low)).toEqual([130, 0]);
  });
});
