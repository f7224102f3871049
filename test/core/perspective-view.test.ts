// The perspective page: its metrics with weight and score, its own weight and score, the hedge rules
// that act on it, and the departments that carry it. Demo content at the browser tests' asOf.
import { describe, expect, it } from 'vitest';
import { perspectiveView } from '../../src/core/views/perspective-view.ts';
import { demoLookup } from './demo.ts';

const look = demoLookup('2026-11-20');

describe('the 财务 perspective of 2026', () => {
  const view = perspectiveView(look, '2026', 'finance');

  it('shows its weight, its score after the hedge, and its metrics with weights, scores and links', () => {
    expect([view.name, view.nameEn, view.weight, view.score.text, view.score.status]).toEqual(['财务', 'Financial', 30, '0.20', 'off-track']);
    expect(view.metrics.map((m) => [m.name, m.weight, m.score.text, m.score.status, m.href])).toEqual([
      ['净营收', 15, '0.80', 'on-track', '/2026/bsc/clean-revenue/'],
      ['净利润率', 15, '0.00', 'off-track', '/2026/bsc/net-margin/'],
    ]);
  });

  it('lists the rules that scale it or its metrics, and whether they fire now', () => {
    expect(view.hedges.map((h) => [h.id, h.fired, h.change?.zh])).toEqual([['refund-guard', true, '财务 0.40 → 0.20'], ['blacklist-guard', false, undefined]]);
  });

  it('names the departments that carry it, and what of it they align to', () => {
    expect(view.carriers.map((c) => [c.department.name, c.department.href, c.set.href, c.names, c.alignsTo.map((a) => a.label)])).toEqual([
      ['市场与增长部', '/departments/market/', '/2026/market/', true, ['财务', '净营收']],
    ]);
  });
});

describe('the 客户 perspective', () => {
  const view = perspectiveView(look, '2026', 'customer');

  it('has no hedge rule on it, and is carried by the departments that list it or align to its metrics', () => {
    expect(view.hedges).toEqual([]);
    expect(view.carriers.map((c) => [c.department.id, c.names, c.alignsTo.map((a) => a.label)])).toEqual([
      ['curriculum', false, ['服务满意度 (NPS)']],
      ['market', true, ['百万元投诉率']],
      ['sales', true, ['百万元投诉率', '服务满意度 (NPS)']],
      ['service', true, ['服务满意度 (NPS)']],
      ['tech', false, ['百万元投诉率']],
    ]);
  });
});
