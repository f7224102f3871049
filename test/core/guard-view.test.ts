// The guard page (退费率) and the hedge rules as every page words them: the rule, whether it fires now and
// why, and what it does to which score. Demo content at the browser tests' asOf, and the base fixture.
import { describe, expect, it } from 'vitest';
import { scoreOrganisation } from '../../src/core/index.ts';
import { guardView } from '../../src/core/views/guard-view.ts';
import { hedgeRules } from '../../src/core/views/hedge-view.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { metricView } from '../../src/core/views/metric-view.ts';
import { demoLookup } from './demo.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const look = demoLookup('2026-11-20');

describe('the guard page of 退费率 (demo, asOf 2026-11-20)', () => {
  const view = guardView(look, '2026', 'refund-rate');

  it('shows what it is, its unit and its latest value with the date', () => {
    expect([view.name, view.unit, view.current?.text, view.current?.date, view.current?.sample]).toEqual(['退费率', '%', '21.5%', '2026-10-31', true]);
    expect(view.definition?.map((r) => r.text).join('')).toContain('年退费率');
    expect(view.checkins.map((c) => [c.date, c.value])).toEqual([['2026-10-31', '21.5%'], ['2026-06-30', '18.6%']]);
  });

  it('words the rule that reads it, says it fires because 21.5% > 20%, and halves 财务', () => {
    expect(view.hedges).toHaveLength(1);
    const [rule] = view.hedges;
    expect(rule.rule).toEqual({ zh: '若退费率 > 20%，财务维度得分乘以 0.5', en: 'If 退费率 > 20%, the Financial perspective score is multiplied by 0.5' });
    expect([rule.fired, rule.why.zh]).toEqual([true, '21.5% > 20%']);
    expect(rule.source).toEqual({ kind: 'guard', name: '退费率', href: '/2026/bsc/refund-rate/' });
    expect([rule.target.kind, rule.target.name, rule.target.href, rule.target.score.text]).toEqual(['perspective', '财务', '/2026/perspectives/finance/', '0.20']);
    expect(rule.change?.zh).toBe('财务 0.40 → 0.20');
    expect(rule.target.score.explain.computation).toMatch(/= 0\.40 .*× 0\.5/);
  });
});

describe('hedge rules on a metric page', () => {
  it('净营收 shows the rule that sets it to 0 (not firing: 90% < 80% does not hold) and the one on its perspective', () => {
    const hedges = metricView(look, '2026', 'clean-revenue').hedges;
    expect(hedges.map((h) => [h.id, h.fired, h.why.zh])).toEqual([['refund-guard', true, '21.5% > 20%'], ['blacklist-guard', false, '90% < 80% 不成立']]);
    expect(hedges[1].rule.zh).toBe('若大黑用户拦截率 < 80%，净营收得分归零');
    expect(hedges[1].change).toBeUndefined();
  });

  it('a metric a hedge reads (大黑用户拦截率) shows that rule too', () => {
    expect(metricView(look, '2026', 'blacklist-interception').hedges.map((h) => [h.id, h.source.href])).toEqual([['blacklist-guard', '/2026/bsc/blacklist-interception/']]);
  });
});

describe('hedge rules without a value, and when one fires on a metric', () => {
  const lookOf = (files = baseFiles()) => {
    const { org } = loadBase(files);
    return new Lookup(org!, scoreOrganisation(org!));
  };
  const bsc = 'bsc/2026.mdx';

  it('says it cannot judge without a value, and changes nothing', () => {
    const files = withFile(baseFiles(), bsc, (t) => replaceOnce(t, ", checkins: [{ date: 2026-06-01, value: 12 }] }", ' }'));
    const [rule] = hedgeRules(lookOf(files), '2026');
    expect([rule.fired, rule.why.zh, rule.reading, rule.change]).toEqual([null, '还没有数据，无法判断', undefined, undefined]);
  });

  it('says why it does not fire at 12%', () => {
    const [rule] = hedgeRules(lookOf(), '2026');
    expect([rule.fired, rule.why.en]).toEqual([false, '12% > 20% does not hold']);
  });
});
