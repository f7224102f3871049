import { describe, expect, it } from 'vitest';
import { progressOf } from '../../src/core/scoring/progress.ts';
import { AS_OF, keyResult, type KrInput } from './build.ts';

const progress = (input: KrInput, asOf = AS_OF) => progressOf(keyResult(input), asOf);
const en = (p: ReturnType<typeof progress>) => p.explain.notes.map((n) => n.en);

describe('increase', () => {
  const m = { type: 'increase', unit: '%', baseline: 40, target: 80 } as const;

  it('measures from the baseline to the target', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-01', value: 60 }] });
    expect(p.value).toBe(0.5);
    expect(p.target).toBe(80);
    expect(p.reading?.value).toBe(60);
    expect(p.explain.computation).toBe('(60 − 40) ÷ (80 − 40) = 0.50');
    expect(p.explain.formula.en).toBe('(current − baseline) ÷ (target − baseline), clamped to 0–1');
    expect(p.explain.inputs.map((i) => [i.label.en, i.value, i.source])).toEqual([
      ['baseline', '40%', undefined],
      ['target', '80%', undefined],
      ['current', '60%', '2026-06-01'],
    ]);
    expect(en(p)).toEqual([]);
  });

  it('measures from 0 without a baseline', () => {
    const p = progress({ measure: { type: 'increase', unit: '人', target: 20 }, checkins: [{ date: '2026-06-01', value: 5 }] });
    expect(p.value).toBe(0.25);
    expect(p.explain.computation).toBe('(5 − 0) ÷ (20 − 0) = 0.25');
    expect(p.explain.inputs.map((i) => i.label.en)).toEqual(['target', 'current']);
  });

  it('is 0 below the baseline, with a note', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-01', value: 30 }] });
    expect(p.value).toBe(0);
    expect(p.explain.computation).toBe('(30 − 40) ÷ (80 − 40) = -0.25');
    expect(en(p)).toEqual(['The current value is worse than the baseline, so progress is 0.']);
  });

  it('is 1 past the target, with a note', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-01', value: 100 }] });
    expect(p.value).toBe(1);
    expect(p.explain.computation).toBe('(100 − 40) ÷ (80 − 40) = 1.50');
    expect(en(p)).toEqual(['The target is exceeded, so progress is 1.']);
  });

  it('reads a +50% target against the baseline', () => {
    const p = progress({ measure: { type: 'increase', unit: '万元', baseline: 20, target: '+50%' }, checkins: [{ date: '2026-06-01', value: 25 }] });
    expect(p.target).toBe(30);
    expect(p.value).toBe(0.5);
    expect(p.explain.computation).toBe('(25 − 20) ÷ (30 − 20) = 0.50');
  });

  it('reads a +5 target against the baseline', () => {
    const p = progress({ measure: { type: 'increase', unit: '分', baseline: 70, target: '+5' }, checkins: [{ date: '2026-06-01', value: 74 }] });
    expect(p.target).toBe(75);
    expect(p.value).toBe(0.8);
  });
});

describe('decrease', () => {
  const m = { type: 'decrease', unit: '%', baseline: 12, target: 5 } as const;

  it('measures from the baseline down to the target', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-15', value: 8.5 }] });
    expect(p.value).toBe(0.5);
    expect(p.explain.computation).toBe('(12 − 8.5) ÷ (12 − 5) = 0.50');
    expect(p.explain.formula.en).toBe('(baseline − current) ÷ (baseline − target), clamped to 0–1');
    expect(en(p)).toEqual([]);
  });

  it('is 0 when the current value is worse than (above) the baseline, with a note', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-15', value: 14 }] });
    expect(p.value).toBe(0);
    expect(p.explain.computation).toBe('(12 − 14) ÷ (12 − 5) = -0.29');
    expect(en(p)).toEqual(['The current value is worse than the baseline, so progress is 0.']);
  });

  it('is 0 exactly at the baseline, without a note', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-15', value: 12 }] });
    expect(p.value).toBe(0);
    expect(en(p)).toEqual([]);
  });

  it('is 1 exactly at the target, without a note', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-15', value: 5 }] });
    expect(p.value).toBe(1);
    expect(en(p)).toEqual([]);
  });

  it('is 1 when the current value is past (below) the target, with a note', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-15', value: 3 }] });
    expect(p.value).toBe(1);
    expect(p.explain.computation).toBe('(12 − 3) ÷ (12 − 5) = 1.29');
    expect(en(p)).toEqual(['The target is exceeded, so progress is 1.']);
  });

  describe('relative target: baseline 1.2, -15%', () => {
    const rel = { type: 'decrease', unit: '元/百万元', baseline: { value: 1.2, label: '2025 Q4' }, target: '-15%' } as const;

    it('has the target 1.02', () => {
      const p = progress({ measure: rel, checkins: [{ date: '2026-06-15', value: 1.11 }] });
      expect(p.target).toBe(1.02);
      expect(p.explain.inputs.map((i) => [i.label.en, i.value, i.source])).toEqual([
        ['baseline', '1.2 元/百万元', '2025 Q4'],
        ['target', '1.02 元/百万元', undefined],
        ['current', '1.11 元/百万元', '2026-06-15'],
      ]);
      expect(p.value).toBeCloseTo(0.5, 12);
      expect(p.explain.computation).toBe('(1.2 − 1.11) ÷ (1.2 − 1.02) = 0.50');
    });

    it('is 1 at the target', () => {
      expect(progress({ measure: rel, checkins: [{ date: '2026-06-15', value: 1.02 }] }).value).toBe(1);
    });

    it('is 0 above the baseline', () => {
      const p = progress({ measure: rel, checkins: [{ date: '2026-06-15', value: 1.5 }] });
      expect(p.value).toBe(0);
      expect(en(p)).toEqual(['The current value is worse than the baseline, so progress is 0.']);
    });
  });

  it('reads a -3 target against the baseline', () => {
    const p = progress({ measure: { type: 'decrease', unit: '天', baseline: 10, target: '-3' }, checkins: [{ date: '2026-06-15', value: 8.5 }] });
    expect(p.target).toBe(7);
    expect(p.value).toBe(0.5);
  });
});

describe('guardrails', () => {
  it.each([
    ['at-least', 86, 1, '86 ≥ 85 ✓ → 1.00'],
    ['at-least', 85, 1, '85 ≥ 85 ✓ → 1.00'],
    ['at-least', 84.9, 0, '84.9 ≥ 85 ✗ → 0.00'],
    ['at-most', 4, 1, '4 ≤ 5 ✓ → 1.00'],
    ['at-most', 5, 1, '5 ≤ 5 ✓ → 1.00'],
    ['at-most', 5.1, 0, '5.1 ≤ 5 ✗ → 0.00'],
  ] as const)('%s with %d is %d', (type, value, expected, computation) => {
    const target = type === 'at-least' ? 85 : 5;
    const p = progress({ measure: { type, unit: '分', target }, checkins: [{ date: '2026-06-01', value }] });
    expect(p.value).toBe(expected);
    expect(p.explain.computation).toBe(computation);
    expect(en(p)).toEqual([]);
  });
});

describe('milestone', () => {
  const steps = [
    { title: 'SOP 定稿', due: '2026-03-31', done: true },
    { title: '试点', due: '2026-06-30', done: '2026-06-20' },
    { title: '全员培训', due: '2026-09-30', done: '2026-07-15' },
    { title: '复盘', due: '2026-12-31', done: false },
  ];

  it('is the share of steps done by asOf; a step done after asOf does not count yet', () => {
    const p = progress({ measure: { type: 'milestone', steps } });
    expect(p.value).toBe(0.5);
    expect(p.explain.computation).toBe('2 ÷ 4 = 0.50');
    expect(p.explain.inputs.map((i) => [i.label.en, i.value, i.source])).toEqual([
      ['SOP 定稿', '✓', '2026-03-31'],
      ['试点', '✓', '2026-06-20'],
      ['全员培训', '—', '2026-07-15'],
      ['复盘', '—', '2026-12-31'],
    ]);
  });

  it('counts a step from the day it was done', () => {
    expect(progress({ measure: { type: 'milestone', steps } }, '2026-07-15').value).toBe(0.75);
    expect(progress({ measure: { type: 'milestone', steps } }, '2026-07-14').value).toBe(0.5);
  });

  it('is 0 with nothing done', () => {
    const p = progress({ measure: { type: 'milestone', steps: [{ title: 'a' }, { title: 'b' }, { title: 'c' }] } });
    expect(p.value).toBe(0);
    expect(p.explain.computation).toBe('0 ÷ 3 = 0.00');
  });

  it('notes sample steps', () => {
    const p = progress({ measure: { type: 'milestone', steps: [{ title: 'a', done: true, sample: true }, { title: 'b' }, { title: 'c' }] } });
    expect(p.explain.computation).toBe('1 ÷ 3 = 0.33');
    expect(en(p)).toEqual(['Step completion includes sample data.']);
  });
});

describe('manual', () => {
  const m = { type: 'manual', basis: '评审通过的比例' } as const;

  it('is the latest progress reported by asOf', () => {
    const p = progress({
      measure: m,
      checkins: [{ date: '2026-05-01', progress: 0.2 }, { date: '2026-06-01', progress: 0.4 }, { date: '2026-07-01', progress: 0.9 }],
    });
    expect(p.value).toBe(0.4);
    expect(p.reading?.date).toBe('2026-06-01');
    expect(p.explain.computation).toBe('0.40');
    expect(p.explain.inputs.map((i) => [i.label.en, i.value, i.source])).toEqual([['reported progress', '0.40', '2026-06-01']]);
  });

  it('has no value (no data yet, not 0) when no progress was reported', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-01', note: '启动' }] });
    expect(p.value).toBeNull();
    expect(p.noData).toBe(true);
    expect(p.reading).toBeUndefined();
    expect(en(p)).toEqual(['No progress reported by 2026-06-30: no data yet, left out of the scores above it.']);
  });
});

describe('missing data', () => {
  it('has no value (no data yet, not 0) when nothing was reported', () => {
    const p = progress({ measure: { type: 'decrease', unit: '%', baseline: 12, target: 5 } });
    expect(p.value).toBeNull();
    expect(p.noData).toBe(true);
    expect(p.reading).toBeUndefined();
    expect(p.target).toBe(5);
    expect(p.explain.computation).toBe('—');
    expect(en(p)).toEqual(['No value reported by 2026-06-30: no data yet, left out of the scores above it.']);
  });

  it('is null for a placeholder target', () => {
    const p = progress({ measure: { type: 'increase', unit: '%', baseline: 40, target: 'X' }, checkins: [{ date: '2026-06-01', value: 60 }] });
    expect(p.value).toBeNull();
    expect(p.noData).toBeUndefined();
    expect(en(p)).toEqual(['The target is a placeholder, so progress cannot be computed yet.']);
  });

  it('is null without a measure', () => {
    const p = progress({});
    expect(p.value).toBeNull();
    expect(en(p)).toEqual(['No measure, so no progress can be computed.']);
  });
});

describe('which check-in counts', () => {
  const m = { type: 'increase', unit: '%', baseline: 40, target: 80 } as const;

  it('ignores check-ins after asOf', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-01', value: 50 }, { date: '2026-07-01', value: 80 }] });
    expect(p.value).toBe(0.25);
    expect(p.reading?.date).toBe('2026-06-01');
  });

  it('counts a check-in dated asOf', () => {
    expect(progress({ measure: m, checkins: [{ date: '2026-06-30', value: 60 }] }).value).toBe(0.5);
  });

  it('has no data yet when every check-in is after asOf', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-07-01', value: 80 }] });
    expect(p.value).toBeNull();
    expect(p.noData).toBe(true);
    expect(en(p)).toEqual(['No value reported by 2026-06-30: no data yet, left out of the scores above it.']);
  });

  it('takes the latest by date, whatever the order in the list', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-01', value: 60 }, { date: '2026-04-01', value: 44 }, { date: '2026-05-01', value: 50 }] });
    expect(p.value).toBe(0.5);
    expect(p.reading?.date).toBe('2026-06-01');
  });

  it('takes the later one in the list when two share a date', () => {
    expect(progress({ measure: m, checkins: [{ date: '2026-06-01', value: 50 }, { date: '2026-06-01', value: 60 }] }).value).toBe(0.5);
  });

  it('skips check-ins that carry only notes', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-05-01', value: 60 }, { date: '2026-06-01', note: '无新数据' }] });
    expect(p.value).toBe(0.5);
    expect(p.reading?.date).toBe('2026-05-01');
  });

  it('marks a sample reading', () => {
    const p = progress({ measure: m, checkins: [{ date: '2026-06-01', value: 60, sample: true }] });
    expect(p.reading?.sample).toBe(true);
    expect(p.explain.inputs.at(-1)?.sample).toBe(true);
  });

});
