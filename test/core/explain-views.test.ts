// "如何计算" as pages print it: every input named as readers know it and linked to its page, hedge notes
// in words, one score precision.
import { describe, expect, it } from 'vitest';
import { dashboardView } from '../../src/core/views/dashboard.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { demoLookup } from './demo.ts';

const look = demoLookup('2026-11-20');
const REF = /\b\d{4}(?:-q\d)?:|\bbsc\/|\/o\d|\/kr\d|refund-guard/;

describe('如何计算 on the market set page', () => {
  const view = okrSetView(look, look.sets.get('2026:market')!);

  it('names the objectives of the set score O1, O2 and links them to their anchors', () => {
    expect(view.score.explain.inputs.map((i) => [i.label.zh, i.value, i.href])).toEqual([
      ['O1', '0.85', '/2026/market/#o1'],
      ['O2', '0.75', '/2026/market/#o2'],
    ]);
  });

  it('names the KRs of an objective KR1, KR2, linked, and says which have no data', () => {
    const o1 = view.objectives[0].score.explain;
    expect(o1.inputs.map((i) => [i.label.en, i.href])).toEqual([['KR1', '/2026/market/#o1-kr1'], ['KR2', '/2026/market/#o1-kr2']]);
    expect(o1.notes.map((n) => n.zh)).toEqual(['KR2 还没有数据，未计入。']);
  });

  it('keeps dates and baseline labels as the source of a KR input, unlinked', () => {
    const kr1 = view.objectives[0].keyResults[0].score.explain;
    expect(kr1.inputs.map((i) => [i.label.zh, i.source, i.href])).toEqual([['基线', '2025 同期', undefined], ['目标', undefined, undefined], ['当前值', '2026-10-31', undefined]]);
    expect(kr1.computation).toBe('(1300 − 1190) ÷ (1300 − 1170) = 0.85');
  });
});

describe('如何计算 on the home page', () => {
  const home = dashboardView(look, '2026');
  const bsc = home.bsc!;

  it('names the perspectives of the company score, in English under /en/, linked to their pages', () => {
    expect(bsc.company.explain.inputs.map((i) => [i.label.zh, i.label.en, i.href])).toEqual([
      ['财务', 'Financial', '/2026/perspectives/finance/'],
      ['客户', 'Customer', '/2026/perspectives/customer/'],
      ['内部运营', 'Internal Process', '/2026/perspectives/internal/'],
      ['学习与成长', 'Learning & Growth', '/2026/perspectives/learning/'],
    ]);
  });

  it('names the metrics of a perspective score and links their pages', () => {
    const finance = bsc.perspectives.find((p) => p.id === 'finance')!.score.explain;
    expect(finance.inputs.map((i) => [i.label.zh, i.href])).toEqual([['净营收', '/2026/bsc/clean-revenue/'], ['净利润率', '/2026/bsc/net-margin/']]);
  });

  it('says which hedge rule fired by what it reads, not by its id', () => {
    const finance = bsc.perspectives.find((p) => p.id === 'finance')!.score.explain;
    expect(finance.notes.map((n) => n.zh)).toContain('对冲规则已触发：退费率 21.5% > 20%，财务 × 0.5。');
  });

  it('shows no ref in any label, value, source or note of any score', () => {
    const explains = [bsc.company.explain, ...bsc.perspectives.flatMap((p) => [p.score.explain, ...p.metrics.map((m) => m.score.explain)])];
    const texts = explains.flatMap((e) => [...e.inputs.flatMap((i) => [i.label.zh, i.label.en, i.value, i.source ?? '']), ...e.notes.flatMap((n) => [n.zh, n.en])]);
    for (const t of texts) expect(t).not.toMatch(REF);
  });
});
