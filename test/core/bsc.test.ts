import { describe, expect, it } from 'vitest';
import type { SourceFile } from '../../src/core/source.ts';
import { scoreOrganisation } from '../../src/core/scoring/index.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const BSC = 'bsc/2026.mdx';
const editBsc = (from: string, to: string) => withFile(baseFiles(), BSC, (t) => replaceOnce(t, from, to));

function scored(files: SourceFile[] = baseFiles()) {
  const { org, diagnostics } = loadBase(files);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return scoreOrganisation(org!).bsc.get('2026')!;
}

/** 1-based line and column of `needle` within the file text (its first occurrence). */
function position(text: string, needle: string) {
  const at = text.indexOf(needle);
  const before = text.slice(0, at).split('\n');
  return { line: before.length, col: before.at(-1)!.length + 1 };
}

describe('BSC weights', () => {
  it('the base content is valid', () => {
    expect(loadBase().diagnostics).toEqual([]);
  });

  it('perspective weights must sum to 100; a perspective must equal the sum of its metrics', () => {
    const files = editBsc('{ id: finance, name: 财务, weight: 60 }', '{ id: finance, name: 财务, weight: 50 }');
    const text = files.find((f) => f.path === BSC)!.text;
    const errors = loadBase(files).diagnostics.filter((d) => d.rule === 'bsc-weights');
    expect(errors).toEqual([
      {
        file: BSC, ...position(text, '- { id: finance'), severity: 'error', rule: 'bsc-weights',
        message: {
          zh: '各维度权重之和必须为 100，实际为 财务 50 + 客户 40 = 90。请调整权重，使其合计 100。',
          en: 'The perspective weights must sum to 100, but 财务 50 + 客户 40 = 90. Adjust them to total 100.',
        },
      },
      {
        file: BSC, ...position(text, '50 }'), severity: 'error', rule: 'bsc-weights',
        message: {
          zh: '维度 财务 的权重是 50，但其指标权重之和为 净营收 60。指标权重之和必须等于维度权重（例如 15 + 15 = 30）。',
          en: "The perspective 财务 weighs 50, but its metrics sum to 净营收 60. A perspective's metric weights must add up to its weight (e.g. 15 + 15 = 30).",
        },
      },
    ]);
  });

  it('a metric weight off its perspective weight quotes the sum', () => {
    const files = editBsc('    perspective: finance\n    weight: 60', '    perspective: finance\n    weight: 45');
    const errors = loadBase(files).diagnostics.filter((d) => d.rule === 'bsc-weights');
    expect(errors.map((d) => d.message.en)).toEqual([
      "The perspective 财务 weighs 60, but its metrics sum to 净营收 45. A perspective's metric weights must add up to its weight (e.g. 15 + 15 = 30).",
    ]);
  });

  it('a second metric in a perspective shows every term of the sum', () => {
    const profit = [
      '  - id: profit', '    name: 净利润', '    perspective: finance', '    weight: 15', '    definition: 扣除成本后的利润',
      '    formula: 年总和', '    owners: [张三]', "    measure: { type: at-least, unit: '%', target: 10 }", '',
    ].join('\n');
    const files = editBsc('  - id: nps\n', `${profit}  - id: nps\n`);
    const errors = loadBase(files).diagnostics.filter((d) => d.rule === 'bsc-weights');
    expect(errors.map((d) => d.message.zh)).toEqual([
      '维度 财务 的权重是 60，但其指标权重之和为 净营收 60 + 净利润 15 = 75。指标权重之和必须等于维度权重（例如 15 + 15 = 30）。',
    ]);
  });

  it('a perspective without metrics says so', () => {
    const files = editBsc('  - { id: customer, name: 客户, weight: 40 }\n', '  - { id: customer, name: 客户, weight: 40 }\n  - { id: growth, name: 学习与成长, weight: 10 }\n');
    const errors = loadBase(files).diagnostics.filter((d) => d.rule === 'bsc-weights');
    expect(errors.map((d) => d.message.en)).toEqual([
      'The perspective weights must sum to 100, but 财务 60 + 客户 40 + 学习与成长 10 = 110. Adjust them to total 100.',
      "The perspective 学习与成长 weighs 10, but its metrics sum to 0 (no metrics). A perspective's metric weights must add up to its weight (e.g. 15 + 15 = 30).",
    ]);
  });
});

describe('BSC scores', () => {
  it('without a hedge firing: metric, perspective and company scores', () => {
    const bsc = scored();
    expect(bsc.metrics.get('revenue')!.score.value).toBe(0.5);
    expect(bsc.metrics.get('revenue')!.score.explain.computation).toBe('(3 − 0) ÷ (6 − 0) = 0.50');
    expect(bsc.metrics.get('nps')!.score.value).toBe(1);
    expect(bsc.metrics.get('nps')!.score.explain.computation).toBe('86 ≥ 85 ✓ → 1.00');

    const finance = bsc.perspectives.get('finance')!;
    expect(finance.key).toBe('2026:bsc/finance');
    expect(finance.score.value).toBe(0.5);
    expect(finance.score.explain.computation).toBe('(60 × 0.50) ÷ 60 = 0.50');
    expect(finance.score.explain.formula.en).toBe('Σ metric weight × metric score ÷ Σ weights of the scored metrics (the perspective weight when all have a score)');
    expect(finance.coverage).toEqual({ measured: 1, total: 1, of: 'metric' });
    expect(bsc.perspectives.get('customer')!.score.explain.computation).toBe('(40 × 1.00) ÷ 40 = 1.00');

    expect(bsc.company.key).toBe('2026:bsc');
    expect(bsc.company.score.value).toBe(0.7);
    expect(bsc.company.score.explain.computation).toBe('(60 × 0.50 + 40 × 1.00) ÷ 100 = 0.70');
    expect(bsc.company.score.explain.formula.en).toBe('Σ perspective weight × perspective score ÷ Σ weights of the scored perspectives (100 when all have a score)');
    expect(bsc.company.score.explain.inputs.map((i) => [i.label.en, i.value, i.ref])).toEqual([
      ['财务', '0.50 × 60', { kind: 'perspective', key: '2026:bsc/finance' }],
      ['客户', '1.00 × 40', { kind: 'perspective', key: '2026:bsc/customer' }],
    ]);
    expect(bsc.company.coverage).toEqual({ measured: 2, total: 2, of: 'metric' });

    expect(bsc.hedges.map((h) => ({ id: h.hedge.id, fired: h.fired, value: h.reading?.value, effect: h.effect.zh }))).toEqual([
      { id: 'refund-guard', fired: false, value: 12, effect: '财务 × 0.5' },
    ]);
    expect(bsc.guards.get('refund-rate')?.value).toBe(12);
  });

  it('the company score is Σ perspective weight × perspective score ÷ Σ perspective weights (= 100)', () => {
    const bsc = scored();
    const sum = 60 * bsc.perspectives.get('finance')!.score.value! + 40 * bsc.perspectives.get('customer')!.score.value!;
    expect(bsc.company.score.value).toBe(sum / 100);
  });

  it('a scale hedge fires: refund rate 21.5 > 20 halves finance, and the company score follows', () => {
    const bsc = scored(editBsc('checkins: [{ date: 2026-06-01, value: 12 }]', 'checkins: [{ date: 2026-06-01, value: 21.5 }]'));
    expect(bsc.hedges.map((h) => ({ fired: h.fired, value: h.reading?.value }))).toEqual([{ fired: true, value: 21.5 }]);

    const finance = bsc.perspectives.get('finance')!;
    expect(finance.score.value).toBe(0.25);
    expect(finance.progress.value).toBe(0.5);
    expect(finance.score.explain.computation).toBe('(60 × 0.50) ÷ 60 = 0.50 → 0.50 × 0.5 = 0.25');
    expect(finance.score.explain.notes).toEqual([{
      zh: '对冲规则已触发：退费率 21.5% > 20%，财务 × 0.5。',
      en: 'Hedge rule fired: 退费率 21.5% > 20%, so 财务 × 0.5.',
    }]);
    expect(finance.band?.label).toBe('偏低');

    expect(bsc.metrics.get('revenue')!.score.value).toBe(0.5);
    expect(bsc.perspectives.get('customer')!.score.value).toBe(1);
    expect(bsc.company.score.value).toBe(0.55);
    expect(bsc.company.score.explain.computation).toBe('(60 × 0.25 + 40 × 1.00) ÷ 100 = 0.55');
    expect(bsc.company.progress.value).toBe(0.7);
  });

  it('a scale hedge does not fire at the threshold itself (20 > 20 is false)', () => {
    const bsc = scored(editBsc('checkins: [{ date: 2026-06-01, value: 12 }]', 'checkins: [{ date: 2026-06-01, value: 20 }]'));
    expect(bsc.hedges[0].fired).toBe(false);
    expect(bsc.perspectives.get('finance')!.score.value).toBe(0.5);
    expect(bsc.perspectives.get('finance')!.score.explain.notes).toEqual([]);
  });

  it('a hedge with no reading by asOf neither fires nor fails: fired is null', () => {
    const bsc = scored(editBsc(", checkins: [{ date: 2026-06-01, value: 12 }] }", ' }'));
    expect(bsc.hedges[0].fired).toBeNull();
    expect(bsc.hedges[0].reading).toBeUndefined();
    expect(bsc.guards.get('refund-rate')).toBeUndefined();
    expect(bsc.perspectives.get('finance')!.score.value).toBe(0.5);
    expect(bsc.company.score.value).toBe(0.7);
  });

  it('a hedge reading that comes after asOf is not yet seen', () => {
    const bsc = scored(editBsc('checkins: [{ date: 2026-06-01, value: 12 }]', 'checkins: [{ date: 2026-06-01, value: 12 }, { date: 2026-06-30, value: 25 }]'));
    expect(bsc.hedges[0].fired).toBe(true);
    const { org } = loadBase(editBsc('checkins: [{ date: 2026-06-01, value: 12 }]', 'checkins: [{ date: 2026-06-01, value: 12 }, { date: 2026-06-30, value: 25 }]'), { asOf: '2026-06-29' });
    expect(scoreOrganisation(org!).bsc.get('2026')!.hedges[0].fired).toBe(false);
  });

  it('a set hedge puts a metric to 0, and the perspective and company follow', () => {
    const bsc = scored(editBsc("when: { ref: refund-rate, op: '>', value: 20 }\n    then: { scale: finance, by: 0.5 }", "when: { ref: refund-rate, op: '>=', value: 12 }\n    then: { set: nps, to: 0 }"));
    expect(bsc.hedges.map((h) => ({ fired: h.fired, effect: h.effect.en }))).toEqual([{ fired: true, effect: '服务满意度 → 0' }]);

    const nps = bsc.metrics.get('nps')!;
    expect(nps.score.value).toBe(0);
    expect(nps.progress.value).toBe(1);
    expect(nps.score.explain.computation).toBe('86 ≥ 85 ✓ → 1.00 → 0 = 0.00');
    expect(nps.score.explain.notes.map((n) => n.en)).toEqual(['Hedge rule fired: 退费率 12% >= 12%, so 服务满意度 → 0.']);

    expect(bsc.perspectives.get('customer')!.score.value).toBe(0);
    expect(bsc.perspectives.get('customer')!.score.explain.computation).toBe('(40 × 0.00) ÷ 40 = 0.00');
    expect(bsc.perspectives.get('finance')!.score.value).toBe(0.5);
    expect(bsc.company.score.value).toBe(0.3);
    expect(bsc.company.score.explain.computation).toBe('(60 × 0.50 + 40 × 0.00) ÷ 100 = 0.30');
  });

  it('a scale hedge on a metric scales the metric before the perspective share', () => {
    const bsc = scored(editBsc("when: { ref: refund-rate, op: '>', value: 20 }\n    then: { scale: finance, by: 0.5 }", "when: { ref: refund-rate, op: '>', value: 10 }\n    then: { scale: revenue, by: 0.4 }"));
    expect(bsc.metrics.get('revenue')!.score.value).toBe(0.2);
    expect(bsc.metrics.get('revenue')!.score.explain.computation).toBe('(3 − 0) ÷ (6 − 0) = 0.50 → 0.50 × 0.4 = 0.20');
    expect(bsc.perspectives.get('finance')!.score.explain.computation).toBe('(60 × 0.20) ÷ 60 = 0.20');
    expect(bsc.company.score.explain.computation).toBe('(60 × 0.20 + 40 × 1.00) ÷ 100 = 0.52');
  });

  const noRevenue = () => editBsc('    checkins:\n      - { date: 2026-06-01, value: 3 }\n', '');

  it('a metric without data is left out during the period, not counted as 0', () => {
    const bsc = scored(noRevenue());
    const revenue = bsc.metrics.get('revenue')!;
    expect(revenue.score.value).toBeNull();
    expect(revenue.status).toBe('no-data');
    const finance = bsc.perspectives.get('finance')!;
    expect(finance.score.value).toBeNull();
    expect(finance.status).toBe('no-data');
    expect(finance.score.explain.notes.map((n) => n.zh)).toEqual(['净营收 还没有数据，未计入。']);
    expect(finance.coverage).toEqual({ measured: 0, total: 1, of: 'metric' });
    expect(bsc.company.score.explain.computation).toBe('(40 × 1.00) ÷ 40 = 1.00');
    expect(bsc.company.score.explain.notes.map((n) => n.zh)).toEqual(['财务 还没有数据，未计入。']);
    expect(bsc.company.coverage).toEqual({ measured: 1, total: 2, of: 'metric' });
  });

  it('a fired scale hedge leaves a perspective without a score without one', () => {
    const files = withFile(noRevenue(), BSC, (t) => replaceOnce(t, 'value: 12 }]', 'value: 25 }]'));
    const bsc = scored(files);
    expect(bsc.hedges[0].fired).toBe(true);
    expect(bsc.perspectives.get('finance')!.score.value).toBeNull();
  });

  it('after the period ends, a metric that never got data counts as 0, flagged', () => {
    const { org } = loadBase(noRevenue(), { asOf: '2026-12-31' });
    const bsc = scoreOrganisation(org!).bsc.get('2026')!;
    const revenue = bsc.metrics.get('revenue')!;
    expect(revenue.score.value).toBe(0);
    expect(revenue.endedWithoutData).toBe(true);
    expect(bsc.perspectives.get('finance')!.score.explain.notes.map((n) => n.zh)).toEqual(['净营收 周期已结束仍没有数据，按 0 计。']);
    expect(bsc.company.score.explain.computation).toBe('(60 × 0.00 + 40 × 1.00) ÷ 100 = 0.40');
    expect(bsc.company.coverage).toEqual({ measured: 1, total: 2, of: 'metric' });
  });

  it('a hedge on an unknown metric is reported, with a suggestion', () => {
    const errors = loadBase(editBsc('ref: refund-rate, op', 'ref: refund-rte, op')).diagnostics.filter((d) => d.rule === 'unknown-ref');
    expect(errors.map((d) => d.message.en)).toEqual([
      '"refund-rte" is not a metric or guard indicator of this BSC (known: revenue, nps, refund-rate). Did you mean refund-rate?',
    ]);
  });
});
