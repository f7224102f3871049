// The public view of the organisation (src/core/public-view.ts): what is removed, what is counted,
// which diagnostics stay, and what the scores and pages built on it say. One change to the base per case.
import { describe, expect, it } from 'vitest';
import type { Organisation } from '../../src/core/model.ts';
import { publicView } from '../../src/core/public-view.ts';
import { alignmentGroupView, alignmentView } from '../../src/core/views/alignment-view.ts';
import { setSummary } from '../../src/core/views/dashboard.ts';
import { healthGroupView, healthView } from '../../src/core/views/health-view.ts';
import { siteLookup } from '../../src/core/views/lookup.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { personView } from '../../src/core/views/person-view.ts';
import { searchRecords } from '../../src/core/views/search-records.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const SALES = 'okrs/2026/sales.mdx';
const LI_SI = 'okrs/2026-q1/li-si.mdx';

function load(files = baseFiles()) {
  const { org, diagnostics } = loadBase(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { org: org!, diagnostics };
}

/** sales/o1/kr2 private; sales/o3 private; li-si's quarter set private as a whole. */
function privateFiles() {
  let files = withFile(baseFiles(), SALES, (t) => replaceOnce(t, '        owners: [李四]\n        measure:\n          type: milestone', '        owners: [李四]\n        visibility: private\n        measure:\n          type: milestone'));
  files = withFile(files, SALES, (t) => replaceOnce(t, '    alignsTo: [bsc/finance]\n', '    alignsTo: [bsc/finance]\n    visibility: private\n'));
  return withFile(files, LI_SI, (t) => replaceOnce(t, 'period: 2026-q1\n', 'period: 2026-q1\nvisibility: private\n'));
}

const keysOf = (org: Organisation) => org.sets.flatMap((s) => [s.key, ...s.objectives.flatMap((o) => [o.key, ...o.keyResults.map((kr) => kr.key)])]);

describe('visibility as it applies', () => {
  it('is public by default, and private reaches down from a set or an objective', () => {
    const { org } = load(privateFiles());
    const sales = org.sets.find((s) => s.key === '2026:sales')!;
    expect(sales.visibility).toBe('public');
    expect(sales.objectives.map((o) => [o.id, o.visibility, o.keyResults.map((kr) => kr.visibility)])).toEqual([
      ['o1', 'public', ['public', 'private']],
      ['o2', 'public', ['public', 'public']],
      ['o3', 'private', ['private', 'private']],
    ]);
    const liSi = org.sets.find((s) => s.key === '2026-q1:li-si')!;
    expect(liSi.objectives.flatMap((o) => [o.visibility, ...o.keyResults.map((kr) => kr.visibility)]).every((v) => v === 'private')).toBe(true);
  });
});

describe('the public view', () => {
  const { org, diagnostics } = load(privateFiles());
  const view = publicView(org, diagnostics);

  it('removes every private set, objective and KR, and keeps the rest as it was', () => {
    expect(keysOf(view.org)).toEqual([
      '2026:sales', '2026:sales/o1', '2026:sales/o1/kr1', '2026:sales/o2', '2026:sales/o2/kr1', '2026:sales/o2/kr2',
    ]);
    expect(view.org.bscs).toBe(org.bscs);
    expect(view.org.people).toBe(org.people);
    expect(keysOf(org)).toHaveLength(2 + 6 + 12);
  });

  it('counts what it left out once, at its top: a private objective is one item, not one plus its KRs', () => {
    const sales = view.org.sets[0];
    expect(sales.withheld).toEqual({ items: 2, alignsTo: 0 });
    expect(sales.objectives.map((o) => o.withheld)).toEqual([{ items: 1, alignsTo: 0 }, undefined]);
    expect(view.withheld).toBe(3); // sales/o1/kr2, sales/o3, the li-si set
  });

  it('drops every link to or from a private item, in both directions', () => {
    expect(org.relations.supportedBy('2026:sales/o1')).toContain('2026-q1:li-si/o1');
    expect(view.org.relations.supportedBy('2026:sales/o1')).toEqual([]);
    expect(org.relations.alignsTo('2026:sales/o3')).toEqual(['2026:bsc/finance']);
    expect(view.org.relations.supportedBy('2026:bsc/finance')).toEqual([]);
    const hidden = new Set(keysOf(org).filter((k) => !keysOf(view.org).includes(k)));
    expect([...view.org.relations.pairs()].filter(([a, b]) => hidden.has(a) || hidden.has(b))).toEqual([]);
    expect([...view.org.relations.pairs()]).toContainEqual(['2026:sales/o1', '2026:bsc/nps']);
  });

  it('leaves the full organisation untouched', () => {
    expect(keysOf(org)).toContain('2026:sales/o3/kr1');
    expect(org.sets.find((s) => s.key === '2026:sales')!.withheld).toBeUndefined();
  });
});

describe('public scores', () => {
  const { org, diagnostics } = load(privateFiles());
  const look = siteLookup(org, diagnostics);
  const full = siteLookup(org, diagnostics, { includePrivate: true });

  it('are rollups over public items only, and say how many items they leave out', () => {
    // sales/o1: kr1 (8.5 of 12 → 5: 0.5) without the private milestone kr2 (0.5).
    const o1 = look.card('2026:sales/o1')!;
    expect(o1.score.explain.computation).toBe('(0.50) ÷ 1 = 0.50');
    expect(o1.coverage).toEqual({ measured: 1, total: 1, of: 'kr' });
    expect(o1.withheld).toBe(1);
    expect(o1.score.explain.notes.at(-1)).toEqual({ zh: '不含 1 项非公开内容：只按公开的目标与 KR 计算。', en: 'Excludes 1 non-public item: only the public objectives and KRs count.' });
    expect(full.card('2026:sales/o1')!.score.explain.computation).toBe('(0.50 + 0.50) ÷ 2 = 0.50');
    expect(full.card('2026:sales/o1')!.withheld).toBe(0);
    const set = look.card('2026:sales')!;
    expect(set.score.explain.inputs.map((i) => i.label.zh)).toEqual(['O1', 'O2']);
    expect(set.withheld).toBe(2);
    expect(full.card('2026:sales')!.score.explain.inputs.map((i) => i.label.zh)).toEqual(['O1', 'O2', 'O3']);
  });

  it('show "不含 N 项非公开内容" beside the score, on the set page and in set lists', () => {
    const page = okrSetView(look, look.sets.get('2026:sales')!);
    expect(page.score.withheld).toEqual({ count: 2, text: { zh: '不含 2 项非公开内容', en: 'excludes 2 non-public items' } });
    expect(page.objectives.map((o) => o.score.withheld?.text.zh)).toEqual(['不含 1 项非公开内容', undefined]);
    expect(page.objectives[0].keyResults.map((kr) => kr.id)).toEqual(['kr1']);
    expect(page.objectives[0].keyResults[0].score.withheld).toBeUndefined();
    const summary = setSummary(look, look.sets.get('2026:sales')!);
    expect([summary.objectives, summary.keyResults, summary.score.withheld?.count]).toEqual([2, 3, 2]);
    expect(okrSetView(full, full.sets.get('2026:sales')!).score.withheld).toBeUndefined();
  });

  it('leave private items out of people, health and search', () => {
    const shown = (v: ReturnType<typeof personView>) => v.periods.flatMap((p) => p.groups.filter((g) => g.kind !== 'bsc').flatMap((g) => [...(g.own ? [g.key] : []), ...g.items.map((r) => r.link.key)]));
    expect(shown(personView(look, 'li-si'))).toEqual([]);
    expect(shown(personView(full, 'li-si'))).toEqual(
      ['2026:sales/o1/kr2', '2026:sales/o3/kr1', '2026-q1:li-si'],
    );
    const health = healthView(look, '2026');
    const listed = health.groups[0].rows.flatMap((r) => healthGroupView(look, '2026', r.group.id).groups.flatMap((g) => g.lists.flatMap((l) => l.items.map((i) => i.link.key))));
    expect(listed).toContain('2026:sales/o1/kr1');
    expect(listed.filter((k) => k.includes('sales/o3') || k.includes('li-si') || k === '2026:sales/o1/kr2')).toEqual([]);
    const hiddenUrl = /^\/2026-q1\/li-si\/|^\/2026\/sales\/#(o3|o1-kr2)/;
    expect(searchRecords(look).map((r) => r.url).filter((u) => hiddenUrl.test(u))).toEqual([]);
    expect(searchRecords(full).map((r) => r.url).filter((u) => hiddenUrl.test(u))).toHaveLength(10 + 3 + 1); // li-si: set, 3 objectives, 6 KRs; sales/o3 and its 2 KRs; sales/o1/kr2
  });
});

describe('a public item aligned to a private one', () => {
  // li-si/o2 aligns to sales/o2/kr1; make that KR private.
  const files = withFile(baseFiles(), SALES, (t) => replaceOnce(t, '        owners: [王五]\n        measure: { type: increase', '        owners: [王五]\n        visibility: private\n        measure: { type: increase'));
  const { org, diagnostics } = load(files);
  const look = siteLookup(org, diagnostics);

  it('says it aligns to a non-public item, without naming it', () => {
    const liSi = okrSetView(look, look.sets.get('2026-q1:li-si')!);
    const o2 = liSi.objectives.find((o) => o.id === 'o2')!;
    expect(o2.alignsTo).toEqual([]);
    expect(o2.alignsToWithheld).toEqual({ zh: '1 项非公开内容', en: '1 non-public item' });
    expect(liSi.objectives.find((o) => o.id === 'o1')!.alignsToWithheld).toBeUndefined();
  });

  it('is listed on its department\'s alignment page as aligned elsewhere, saying so, instead of being called unaligned', () => {
    const sales = alignmentGroupView(look, '2026', 'sales');
    const entry = sales.elsewhere?.items.find((e) => e.node.link.key === '2026-q1:li-si/o2');
    expect(entry?.node.alignsToWithheld?.zh).toBe('1 项非公开内容');
    expect(entry?.alignsTo).toEqual([]);
    expect((sales.unaligned?.items ?? []).map((e) => e.node.link.key)).not.toContain('2026-q1:li-si/o2');
    expect(alignmentView(look, '2026').unalignedByGroup.filter((g) => g.group.id === 'sales')).toEqual([]);
  });
});

describe('diagnostics in the public view', () => {
  it('drop those inside a private item, even on the same line as a public one, and keep the rest', () => {
    // Two KRs without a due date, written on one line: only the public one's warning stays.
    const files = withFile(baseFiles(), LI_SI, (t) => replaceOnce(t,
      '    keyResults:\n      - { id: kr1, title: 新人培训 20 人, measure: { type: increase, unit: 人, target: 20 }, due: 2026-03-31 }\n      - { id: kr2, title: 培训满意度 90 分, measure: { type: at-least, unit: 分, target: 90 }, due: 2026-03-31 }\n',
      '    keyResults: [{ id: kr1, title: 新人培训 20 人, visibility: private, measure: { type: increase, unit: 人, target: 20 } }, { id: kr2, title: 培训满意度 90 分, measure: { type: at-least, unit: 分, target: 90 } }]\n'));
    const { org, diagnostics } = load(files);
    const krOf = (d: { message: { en: string } }) => d.message.en.match(/li-si\/o2\/kr\d/)?.[0];
    expect(diagnostics.filter((d) => d.rule === 'kr-no-due').map((d) => [d.line, krOf(d)])).toEqual([[14, 'li-si/o2/kr1'], [14, 'li-si/o2/kr2']]);
    expect(publicView(org, diagnostics).diagnostics.filter((d) => d.rule === 'kr-no-due').map(krOf)).toEqual(['li-si/o2/kr2']);
  });

  it('keep those about public items beside private ones', () => {
    // sales/o3 is private; the due dates of sales/o2/kr2 and sales/o3/kr1 are gone.
    let files = withFile(baseFiles(), SALES, (t) => replaceOnce(t, '    alignsTo: [bsc/finance]\n', '    alignsTo: [bsc/finance]\n    visibility: private\n'));
    files = withFile(files, SALES, (t) => replaceOnce(replaceOnce(t,
      "        measure: { type: increase, unit: 万元, baseline: 20, target: +50% }\n        due: 2026-12-31\n", "        measure: { type: increase, unit: 万元, baseline: 20, target: +50% }\n"),
      "        measure: { type: at-least, unit: '%', target: 30 }\n        due: 2026-12-31\n", "        measure: { type: at-least, unit: '%', target: 30 }\n"));
    const { org, diagnostics } = load(files);
    const krOf = (d: { message: { en: string } }) => d.message.en.match(/sales\/o\d\/kr\d/)?.[0];
    expect(diagnostics.filter((d) => d.rule === 'kr-no-due').map(krOf)).toEqual(['sales/o2/kr2', 'sales/o3/kr1']);
    expect(publicView(org, diagnostics).diagnostics.map(krOf)).toEqual(['sales/o2/kr2']);
  });

  it("drop every diagnostic of a private set's file, and child counts of items with private children", () => {
    let files = withFile(baseFiles(), LI_SI, (t) => replaceOnce(t, 'period: 2026-q1\n', 'period: 2026-q1\nvisibility: private\n').replace(/, due: 2026-03-31 \}/g, ' }'));
    // sales/o1 gets a third, private KR: with lint.keyResultsPerObjective [2, 2], kr-count fires on sales/o1 only.
    files = withFile(files, 'settings.yaml', (t) => `${t}lint:\n  keyResultsPerObjective: [2, 2]\n`);
    files = withFile(files, SALES, (t) => replaceOnce(t, '  - id: o2\n', '      - { id: kr3, title: 私密 KR, visibility: private, measure: { type: increase, unit: 个, target: 3 }, due: 2026-12-31 }\n  - id: o2\n'));
    const { org, diagnostics } = load(files);
    expect(diagnostics.filter((d) => d.file === LI_SI).length).toBeGreaterThan(0);
    expect(diagnostics.filter((d) => d.rule === 'kr-count').map((d) => d.message.en.match(/sales\/o\d/)?.[0])).toEqual(['sales/o1']);
    const shown = publicView(org, diagnostics).diagnostics;
    expect(shown.filter((d) => d.file === LI_SI)).toEqual([]);
    expect(shown.filter((d) => d.rule === 'kr-count')).toEqual([]);
  });
});
