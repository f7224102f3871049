import { describe, expect, it } from 'vitest';
import { weightedMean } from '../../src/core/scoring/aggregate.ts';
import { formatScore, num } from '../../src/core/scoring/explain.ts';
import { scoreOrganisation } from '../../src/core/scoring/index.ts';
import { aggregateCard, scoreKeyResult, scoreObjective } from '../../src/core/scoring/okr.ts';
import { env, keyResult, objective } from './build.ts';
import { baseFiles, loadBase } from './fixture.ts';

const SEED = [0.95, 0.85, 1.0, 0.7];
const manualKr = (score: number, i: number) =>
  keyResult({ id: `kr${i + 1}`, measure: { type: 'manual' }, checkins: [{ date: '2026-06-01', progress: score }] });

describe('seed 004: KR scores 0.95, 0.85, 1.0, 0.7 give the objective 0.875', () => {
  it('from manual progress check-ins, through scoreKeyResult and scoreObjective', () => {
    const krs = SEED.map(manualKr);
    const e = env();
    const cards = krs.map((kr) => scoreKeyResult(kr, e));
    expect(cards.map((c) => c.score.value)).toEqual(SEED);
    const card = scoreObjective(objective(krs), cards, e);
    expect(card.key).toBe('2026:market/o1');
    expect(card.score.value).toBe(0.875);
    expect(card.progress.value).toBe(0.875);
    expect(card.score.explain.computation).toBe('(0.95 + 0.85 + 1.00 + 0.70) ÷ 4 = 0.88');
    expect(card.score.explain.inputs.map((i) => [i.label.en, i.value, i.ref?.key])).toEqual([
      ['KR1', '0.95', '2026:market/o1/kr1'],
      ['KR2', '0.85', '2026:market/o1/kr2'],
      ['KR3', '1.00', '2026:market/o1/kr3'],
      ['KR4', '0.70', '2026:market/o1/kr4'],
    ]);
    expect(card.score.explain.notes).toEqual([]);
    expect(card.band?.label).toBe('理想区间');
  });

  it('from end-of-period self-assessments, through aggregateCard', () => {
    const e = env('2026-12-31');
    const cards = SEED.map((score, i) =>
      scoreKeyResult(keyResult({ id: `kr${i + 1}`, measure: { type: 'manual' }, checkins: [{ date: '2026-12-20', progress: 0.5 }], selfAssessment: { score } }), e));
    expect(cards.map((c) => c.score.value)).toEqual(SEED);
    expect(cards[0].score.explain.computation).toBe('0.95');
    expect(cards[0].score.explain.formula.en).toBe('end-of-period self-assessment (result, difficulty, effort)');
    expect(cards[0].score.explain.inputs.map((i) => i.value)).toEqual(['0.50']);
    expect(cards.map((c) => c.progress.value)).toEqual([0.5, 0.5, 0.5, 0.5]);
    const card = aggregateCard('2026:market/o1', cards.map((card, i) => ({ label: { zh: `kr${i + 1}`, en: `kr${i + 1}` }, card })), e);
    expect(card.score.value).toBe(0.875);
    expect(card.score.explain.computation).toBe('(0.95 + 0.85 + 1.00 + 0.70) ÷ 4 = 0.88');
    expect(card.progress.value).toBe(0.5);
  });

  it('from content files, through loadOrganisation and scoreOrganisation', () => {
    const krs = SEED.map((s, i) => `      - { id: kr${i + 1}, title: 关键结果 ${i + 1}, owners: [张三], due: 2026-12-31, measure: { type: manual }, checkins: [{ date: 2026-06-01, progress: ${s} }] }`);
    const file = ['---', 'owner: 张三', "period: '2026'", 'objectives:', '  - id: o1', '    title: 提升服务质量', '    alignsTo: [sales/o1]', '    keyResults:', ...krs, '---', ''].join('\n');
    const { org, diagnostics } = loadBase([...baseFiles(), { path: 'okrs/2026/zhang-san.mdx', text: file }]);
    expect(diagnostics.filter((d) => d.file === 'okrs/2026/zhang-san.mdx' && d.severity === 'error')).toEqual([]);
    const card = scoreOrganisation(org!).cards.get('2026:zhang-san/o1')!;
    expect(card.score.value).toBe(0.875);
    expect(card.score.explain.computation).toBe('(0.95 + 0.85 + 1.00 + 0.70) ÷ 4 = 0.88');
    expect(formatScore(card.score.value!)).toBe('0.88');
  });
});

describe('weightedMean', () => {
  const parts = [
    { label: { zh: 'kr1', en: 'kr1' }, score: 0.5 },
    { label: { zh: 'kr2', en: 'kr2' }, score: 0.8 },
  ];

  it('takes equal weights when none are given', () => {
    const r = weightedMean(parts);
    expect(r.value).toBe(0.65);
    expect(r.explain.computation).toBe('(0.50 + 0.80) ÷ 2 = 0.65');
    expect(r.explain.formula.en).toBe('Σ weight × score ÷ Σ weight (equal weights when none are given)');
  });

  it('weighs explicit weights', () => {
    const r = weightedMean([{ ...parts[0], weight: 2 }, { ...parts[1], weight: 1 }]);
    expect(r.value).toBe(0.6);
    expect(r.explain.computation).toBe('(2 × 0.50 + 1 × 0.80) ÷ 3 = 0.60');
    expect(r.explain.inputs.map((i) => i.value)).toEqual(['0.50 × 2', '0.80 × 1']);
  });

  it('weighs percentages like shares: 70/30', () => {
    const r = weightedMean([{ ...parts[0], weight: 70 }, { ...parts[1], weight: 30 }]);
    expect(r.value).toBeCloseTo(0.59, 12);
    expect(r.explain.computation).toBe('(70 × 0.50 + 30 × 0.80) ÷ 100 = 0.59');
  });

  it('leaves a part without a score out, and says so', () => {
    const r = weightedMean([...parts, { label: { zh: 'kr3', en: 'kr3' }, score: null }]);
    expect(r.value).toBe(0.65);
    expect(r.explain.computation).toBe('(0.50 + 0.80) ÷ 2 = 0.65');
    expect(r.explain.inputs.map((i) => [i.label.en, i.value])).toEqual([['kr1', '0.50'], ['kr2', '0.80'], ['kr3', '—']]);
    expect(r.explain.notes).toEqual([{ zh: 'kr3 无法计分，未计入。', en: 'kr3 has no score and is left out.' }]);
  });

  it('leaves the weight of an unscored part out of the divisor', () => {
    const r = weightedMean([{ ...parts[0], weight: 2 }, { ...parts[1], weight: 1 }, { label: { zh: 'kr3', en: 'kr3' }, score: null, weight: 5 }]);
    expect(r.value).toBe(0.6);
    expect(r.explain.computation).toBe('(2 × 0.50 + 1 × 0.80) ÷ 3 = 0.60');
  });

  it('is null when no part has a score', () => {
    const r = weightedMean([{ label: { zh: 'kr1', en: 'kr1' }, score: null }]);
    expect(r.value).toBeNull();
    expect(r.explain.computation).toBe('—');
    expect(r.explain.notes.map((n) => n.en)).toEqual(['kr1 has no score and is left out.']);
  });
});

describe('scoreObjective with weights and unscored KRs', () => {
  it('uses the KR weights', () => {
    const krs = [
      keyResult({ id: 'kr1', weight: 3, measure: { type: 'manual' }, checkins: [{ date: '2026-06-01', progress: 1 }] }),
      keyResult({ id: 'kr2', weight: 1, measure: { type: 'manual' }, checkins: [{ date: '2026-06-01', progress: 0.2 }] }),
    ];
    const card = scoreObjective(objective(krs), krs.map((kr) => scoreKeyResult(kr, env())), env());
    expect(card.score.value).toBe(0.8);
    expect(card.score.explain.computation).toBe('(3 × 1.00 + 1 × 0.20) ÷ 4 = 0.80');
  });

  it('leaves a placeholder KR out, with a note', () => {
    const krs = [
      keyResult({ id: 'kr1', measure: { type: 'manual' }, checkins: [{ date: '2026-06-01', progress: 0.6 }] }),
      keyResult({ id: 'kr2', measure: { type: 'increase', unit: '%', target: 'X' } }),
    ];
    const cards = krs.map((kr) => scoreKeyResult(kr, env()));
    expect(cards[1].score.value).toBeNull();
    expect(cards[1].status).toBe('unscored');
    expect(cards[1].band).toBeUndefined();
    const card = scoreObjective(objective(krs), cards, env());
    expect(card.score.value).toBe(0.6);
    expect(card.score.explain.computation).toBe('(0.60) ÷ 1 = 0.60');
    expect(card.score.explain.notes.map((n) => n.en)).toEqual(['KR2 has no score and is left out.']);
  });
});

describe('number formats', () => {
  it('formatScore prints two decimals, always, rounding half up', () => {
    expect(formatScore(0.875)).toBe('0.88');
    expect(formatScore(0.7)).toBe('0.70');
    expect(formatScore(1)).toBe('1.00');
    expect(formatScore(0)).toBe('0.00');
    expect(formatScore(2 / 3)).toBe('0.67');
    expect(formatScore(0.845)).toBe('0.85');
    expect(formatScore(0.125)).toBe('0.13');
    expect(formatScore(-1 / 7)).toBe('-0.14');
    expect(formatScore(-0.001)).toBe('0.00');
    expect(formatScore(0.9995)).toBe('1.00');
    expect(formatScore(0.65)).toBe('0.65');
  });

  it('num drops trailing zeros and keeps at most three decimals', () => {
    expect(num(15)).toBe('15');
    expect(num(0.5)).toBe('0.5');
    expect(num(1.02)).toBe('1.02');
    expect(num(2 / 7)).toBe('0.286');
    expect(num(1.2 * 0.85)).toBe('1.02');
  });
});

