// Quarters inside the year: each quarter's contribution on the year's objectives and KRs, the quarters on
// the year's page, and an empty quarter that says so and links to its year.
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../src/content-files.ts';
import { emptyPeriodView } from '../../src/core/views/empty-period.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { QUARTER_ITEMS_SHOWN, quarterContributions, quarterSets } from '../../src/core/views/quarter-view.ts';
import { siteLookup } from '../../src/core/views/lookup.ts';
import { formatScore } from '../../src/core/scoring/explain.ts';
import { baseFiles, loadBase } from './fixture.ts';
import { demoLookup } from './demo.ts';

describe('quarter contributions (demo, asOf 2026-11-20)', () => {
  const look = demoLookup('2026-11-20');

  it('lists on an annual KR the Q4 objective and KR aligned to it, with their scores and how they were computed', () => {
    const [q4, ...rest] = quarterContributions(look, '2026:market/o1/kr1');
    expect(rest).toEqual([]);
    expect(q4.period).toMatchObject({ id: '2026-q4', href: '/2026-q4/' });
    expect(q4.items.map((i) => [i.link.key, i.link.context, i.link.href])).toEqual([['2026-q4:du-kangjie/o2', '杜康杰', '/2026-q4/du-kangjie/#o2']]);
    const card = look.card('2026-q4:du-kangjie/o2')!;
    expect(q4.items[0].score.text).toBe(formatScore(card.score.value!));
    expect(q4.items[0].score.explain.computation).toBe(card.score.explain.computation);
    expect(q4.more).toBeUndefined();
  });

  it('is on the set page’s objectives and KRs, and empty where no quarter aligns or the set is a quarter’s', () => {
    const market = okrSetView(look, look.sets.get('2026:market')!);
    expect(market.objectives[0].keyResults[0].quarters.map((q) => q.period.id)).toEqual(['2026-q4']);
    expect(market.objectives[0].quarters).toEqual([]);
    expect(quarterContributions(look, '2026-q4:du-kangjie/o2')).toEqual([]);
    // 王俊's O2 aligns to tech's KR1: the tech set shows it there.
    const tech = okrSetView(look, look.sets.get('2026:tech')!);
    expect(tech.objectives[0].keyResults[0].quarters[0].items.map((i) => i.link.key)).toEqual(['2026-q4:wang-jun/o2']);
  });

  it('shows every quarter on the year’s page: the empty ones say so', () => {
    const quarters = quarterSets(look, '2026');
    expect(quarters.map((q) => [q.period.id, q.state.zh, q.count, q.empty?.zh])).toEqual([
      ['2026-q1', '已结束', 0, '2026 Q1 没有 OKR。'],
      ['2026-q2', '已结束', 0, '2026 Q2 没有 OKR。'],
      ['2026-q3', '已结束', 0, '2026 Q3 没有 OKR。'],
      ['2026-q4', '进行中', 2, undefined],
    ]);
    expect(quarters[3].sets.map((s) => s.href)).toEqual(['/2026-q4/du-kangjie/', '/2026-q4/wang-jun/']);
    expect(quarterSets(look, '2026-q4')).toEqual([]);
  });

  it('sends an empty quarter to its year', () => {
    expect(emptyPeriodView(look, '2026-q2')!.year).toEqual({ period: expect.objectContaining({ id: '2026', href: '/2026/' }), sets: 5 });
  });
});

describe('quarter contributions are bounded', () => {
  it('lists the first few of a quarter and links the alignment page for the rest', () => {
    const objectives = Array.from({ length: 8 }, (_, i) => `  - id: o${i + 1}\n    title: 季度目标 ${i + 1}\n    alignsTo: [sales/o1]\n    keyResults:\n      - { id: kr1, title: 完成 ${i + 1}, owners: [李四], measure: { type: increase, unit: 个, target: 10 }, due: 2026-03-31, checkins: [{ date: '2026-03-01', value: ${i + 1} }] }\n`).join('');
    const files = baseFiles().map((f) => (f.path === 'okrs/2026-q1/li-si.mdx' ? sourceFile(f.path, Buffer.from(`---\nowner: 李四\nperiod: 2026-q1\nobjectives:\n${objectives}---\n`)) : f));
    const { org, diagnostics } = loadBase(files);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const [q1] = quarterContributions(siteLookup(org!, diagnostics), '2026:sales/o1');
    expect(q1.items.map((i) => [i.link.key, i.score.text])).toEqual(Array.from({ length: QUARTER_ITEMS_SHOWN }, (_, i) => [`2026-q1:li-si/o${i + 1}`, formatScore((i + 1) / 10)]));
    expect(q1.more).toEqual({ count: 8 - QUARTER_ITEMS_SHOWN, href: '/2026-q1/alignment/sales/' });
  });
});
