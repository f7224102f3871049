// The causal chain tested against the data (src/core/scoring/causal.ts, docs/scoring.md §11): lagged
// change agreement on hand-built weekly histories.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Bsc, Metric } from '../../src/core/model.ts';
import type { CauseData } from '../../src/core/schemas/bsc.ts';
import type { Checkin } from '../../src/core/schemas/checkin.ts';
import type { Measure } from '../../src/core/schemas/measure.ts';
import { mondayOf, periodWeeks, testCauses, weeklyValues, MIN_PAIRS } from '../../src/core/scoring/causal.ts';

const PERIOD = { start: '2026-01-01', end: '2026-12-31' };
const AS_OF = '2026-12-31';
const INCREASE: Measure = { type: 'increase', target: { kind: 'value', value: 1000 } };
const DECREASE: Measure = { type: 'decrease', baseline: { value: 1000, sample: false }, target: { kind: 'value', value: 1 } };

/** The Wednesday of week `i` of 2026 (week 0 is the one of Monday 2026-01-05). */
function wednesday(i: number): string {
  return new Date(Date.UTC(2026, 0, 7 + 7 * i)).toISOString().slice(0, 10);
}

/** A metric reported each Wednesday from week `from`: `values[i]` in week from + i (null: no check-in that week). */
function metric(id: string, values: (number | null)[], opts: { measure?: Measure; from?: number; sample?: boolean } = {}): Metric {
  const checkins: Checkin[] = values.flatMap((value, i) => (value === null ? [] : [{ date: wednesday((opts.from ?? 0) + i), value, ...(opts.sample ? { sample: true } : {}) }]));
  return { id, key: `2026:bsc/${id}`, name: id.toUpperCase(), measure: opts.measure ?? INCREASE, checkins } as unknown as Metric;
}

function bsc(metrics: Metric[], causes: CauseData[]): Bsc {
  return { metrics, causes } as unknown as Bsc;
}

/** Values that start at `start` and move by each step in turn. */
function walk(start: number, steps: number[]): number[] {
  const out = [start];
  for (const s of steps) out.push(out.at(-1)! + s);
  return out;
}

const test1 = (driver: Metric, outcome: Metric, cause: Partial<CauseData> = {}, asOf = AS_OF) =>
  testCauses(bsc([driver, outcome], [{ from: driver.id, to: outcome.id, ...cause }]), PERIOD, asOf)[0];

describe('weeks and weekly values', () => {
  it('weeks are Mondays, from the week the period starts in to the week of asOf', () => {
    expect(mondayOf('2026-01-01')).toBe('2025-12-29');
    expect(mondayOf('2026-01-05')).toBe('2026-01-05');
    expect(mondayOf('2026-01-11')).toBe('2026-01-05');
    const weeks = periodWeeks(PERIOD, '2026-01-20');
    expect(weeks).toEqual(['2025-12-29', '2026-01-05', '2026-01-12', '2026-01-19']);
    expect(periodWeeks(PERIOD, '2027-03-01')).toHaveLength(53);
  });

  it('takes the latest check-in on or before each Sunday, never after asOf', () => {
    const checkins: Checkin[] = [{ date: '2026-01-06', value: 1 }, { date: '2026-01-11', value: 2 }, { date: '2026-01-20', value: 3 }, { date: '2026-01-22', value: 4 }];
    const weeks = periodWeeks(PERIOD, '2026-01-21');
    expect(weeklyValues(checkins, weeks, '2026-01-21').map((v) => v && [v.week, v.value, v.date])).toEqual([
      undefined, ['2026-01-05', 2, '2026-01-11'], ['2026-01-12', 2, '2026-01-11'], ['2026-01-19', 3, '2026-01-20'],
    ]);
  });
});

describe('lagged change agreement', () => {
  const rising = walk(10, [1, 2, 1, 3, 1, 2, 1, 2, 1]);

  it('supported: the driver rose ten weeks running and the outcome rose with it', () => {
    const t = test1(metric('ai', rising), metric('eff', walk(100, [5, 4, 6, 5, 4, 6, 5, 4, 6])));
    expect(t).toMatchObject({ verdict: 'supported', agreeing: 9, agreement: 1, direction: 'same', lag: 0, driverMoves: 9, outcomeStill: 0 });
    expect(t.pairs).toHaveLength(9);
    expect(t.result.value).toBe(1);
    expect(t.result.explain.computation).toBe('9 ÷ 9 = 1.00 → 数据支持');
  });

  it('contradicted: the driver moved and the outcome did not follow (it fell each time the driver rose)', () => {
    const t = test1(metric('ai', rising), metric('eff', walk(100, [-5, -4, -6, -5, -4, -6, -5, -4, -6])));
    expect(t).toMatchObject({ verdict: 'contradicted', agreeing: 0, agreement: 0 });
    expect(t.result.explain.computation).toBe('0 ÷ 9 = 0.00 → 数据不支持');
  });

  it('mixed between 0.4 and 0.6; thresholds inclusive: 0.6 supports, 0.4 contradicts', () => {
    const driver = metric('ai', walk(10, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    const outcome = (ups: number) => metric('eff', walk(100, Array.from({ length: 10 }, (_, i) => (i < ups ? 3 : -3))));
    expect(test1(driver, outcome(5))).toMatchObject({ verdict: 'mixed', agreement: 0.5 });
    expect(test1(driver, outcome(6))).toMatchObject({ verdict: 'supported', agreement: 0.6 });
    expect(test1(driver, outcome(4))).toMatchObject({ verdict: 'contradicted', agreement: 0.4 });
  });

  it(`insufficient below ${MIN_PAIRS} pairs, whatever the agreement; no data at all is no pairs, not agreement 0`, () => {
    const few = test1(metric('ai', [1, 2, 3, 4, 5, 6]), metric('eff', [1, 2, 3, 4, 5, 6]));
    expect(few).toMatchObject({ verdict: 'insufficient', agreeing: 5, agreement: 1 });
    expect(few.result.explain.notes.map((n) => n.zh)).toContain(`只有 5 对，至少需要 ${MIN_PAIRS} 对才下结论。`);
    const none = test1(metric('ai', []), metric('eff', []));
    expect(none).toMatchObject({ verdict: 'insufficient', agreement: null, pairs: [] });
    expect(none.result.value).toBeNull();
  });

  it('lag shifts the outcome: its change in week t + lag is set against the driver’s in week t', () => {
    const steps = [2, 1, -1, 2, -2, -1, 1, 2, 1, -1, -2, 1, 2];
    const driver = metric('ai', walk(50, steps));
    // The outcome does what the driver did, two weeks later.
    const outcome = metric('eff', walk(200, [3, -3, ...steps.map((s) => s * 4)]));
    const now = test1(driver, outcome);
    expect(now.verdict).not.toBe('supported');
    const later = test1(driver, outcome, { lag: 2 });
    expect(later).toMatchObject({ verdict: 'supported', agreement: 1, lag: 2 });
    expect(later.pairs).toHaveLength(steps.length);
    // Each pair: the driver's week t, the outcome's week t + 2.
    for (const p of later.pairs) expect(new Date(p.outcome.week).getTime() - new Date(p.driver.week).getTime()).toBe(14 * 86_400_000);
    expect(later.result.explain.formula.zh).toContain('第 t + 2 周');
  });

  it('direction opposite: the outcome is meant to get worse when the driver gets better', () => {
    const driver = metric('ai', rising);
    const falling = metric('eff', walk(100, [-5, -4, -6, -5, -4, -6, -5, -4, -6]));
    expect(test1(driver, falling, { direction: 'opposite' })).toMatchObject({ verdict: 'supported', direction: 'opposite' });
    expect(test1(driver, metric('eff', walk(100, [5, 4, 6, 5, 4, 6, 5, 4, 6])), { direction: 'opposite' })).toMatchObject({ verdict: 'contradicted' });
  });

  it('reads improvement by each measure: a falling decrease metric (投诉率) follows a rising driver', () => {
    const complaints = metric('complaints', walk(1200, [-10, -8, -12, -10, -8, -12, -10, -8, -12]), { measure: DECREASE });
    const t = test1(metric('nps', rising), complaints);
    expect(t).toMatchObject({ verdict: 'supported', direction: 'same' });
    expect(t.pairs.every((p) => p.outcome.change < 0 && p.outcome.better)).toBe(true);
    // And a falling decrease driver (better) with a rising outcome (better) is `same` too.
    const rev = test1(complaints, metric('rev', walk(1, [0.1, 0.2, 0.1, 0.1, 0.2, 0.1, 0.1, 0.2, 0.1])));
    expect(rev.verdict).toBe('supported');
  });

  it('returns the points it used: weeks, values, changes, check-in dates and whether each agrees', () => {
    const t = test1(metric('ai', [10, 12, 11]), metric('eff', [100, 103, 104]));
    expect(t.pairs).toEqual([
      {
        driver: { week: '2026-01-12', from: 10, to: 12, change: 2, better: true, fromDate: '2026-01-07', toDate: '2026-01-14', sample: false },
        outcome: { week: '2026-01-12', from: 100, to: 103, change: 3, better: true, fromDate: '2026-01-07', toDate: '2026-01-14', sample: false },
        agrees: true,
      },
      {
        driver: { week: '2026-01-19', from: 12, to: 11, change: -1, better: false, fromDate: '2026-01-14', toDate: '2026-01-21', sample: false },
        outcome: { week: '2026-01-19', from: 103, to: 104, change: 1, better: true, fromDate: '2026-01-14', toDate: '2026-01-21', sample: false },
        agrees: false,
      },
    ]);
    expect(t.result.explain.inputs.map((i) => [i.label.zh, i.value, i.ref?.key])).toEqual([
      ['驱动指标 AI（有进展的周）', '3/53', '2026:bsc/ai'],
      ['结果指标 EFF（有进展的周）', '3/53', '2026:bsc/eff'],
    ]);
  });

  it('a change below 0.2% of the largest value is not a move; a gap carried forward is no move of the outcome', () => {
    const flat = test1(metric('ai', rising), metric('eff', walk(1000, [0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5, -0.5, 0.5])));
    expect(flat).toMatchObject({ verdict: 'insufficient', pairs: [], driverMoves: 9, outcomeStill: 9 });
    // Reported every other week: the weeks between read the same value, so only every other week moves.
    const sparse = test1(metric('ai', rising), metric('eff', [100, null, 110, null, 120, null, 130, null, 140, null]));
    expect(sparse).toMatchObject({ outcomeStill: 5, pairs: expect.any(Array) });
    expect(sparse.pairs.map((p) => p.outcome.change)).toEqual([10, 10, 10, 10]);
    expect(sparse.result.explain.notes.map((n) => n.zh)).toContain('驱动指标有变化、结果指标没有变化的 5 周不计入。');
  });

  it('ignores check-ins after asOf', () => {
    const t = test1(metric('ai', rising), metric('eff', walk(100, [5, 4, 6, 5, 4, 6, 5, 4, 6])), {}, wednesday(4));
    expect(t.pairs).toHaveLength(4);
    expect(t.verdict).toBe('insufficient');
  });

  it('marks a test on sample check-ins as sample, and says so', () => {
    const t = test1(metric('ai', rising, { sample: true }), metric('eff', walk(100, [5, 4, 6, 5, 4, 6, 5, 4, 6])));
    expect(t.sample).toBe(true);
    expect(t.pairs.every((p) => p.driver.sample && !p.outcome.sample)).toBe(true);
    expect(t.result.explain.notes.map((n) => n.zh)).toContain('所用数据含示例数据：结论只是示例。');
    expect(test1(metric('ai', rising), metric('eff', rising)).sample).toBe(false);
  });

  it('a milestone metric has no history of values: insufficient, and the note says why', () => {
    const steps = metric('launch', [], { measure: { type: 'milestone', steps: [{ title: 'a' }] } });
    const t = test1(metric('ai', rising), steps);
    expect(t.verdict).toBe('insufficient');
    expect(t.result.explain.notes.map((n) => n.zh)).toContain('里程碑指标没有数值历史，无法检验。');
  });

  it('a manual metric is read by its progress', () => {
    const manual = { ...metric('m', []), measure: { type: 'manual' } as Measure, checkins: rising.map((v, i) => ({ date: wednesday(i), progress: v / 100 })) } as Metric;
    expect(test1(metric('ai', rising), manual).verdict).toBe('supported');
  });

  it('tests every cause of a BSC in file order, keeping each one’s index', () => {
    const a = metric('a', rising);
    const b = metric('b', rising);
    const c = metric('c', walk(100, [-5, -4, -6, -5, -4, -6, -5, -4, -6]));
    const tests = testCauses(bsc([a, b, c], [{ from: 'a', to: 'b' }, { from: 'a', to: 'nope' }, { from: 'b', to: 'c' }]), PERIOD, AS_OF);
    expect(tests.map((t) => [t.index, t.from, t.to, t.verdict])).toEqual([[0, 'a', 'b', 'supported'], [2, 'b', 'c', 'contradicted']]);
  });
});

describe('docs/scoring.md §11, the worked example', () => {
  const doc = readFileSync(new URL('../../docs/scoring.md', import.meta.url), 'utf8');
  const monday = (i: number) => new Date(Date.UTC(2026, 2, 2 + 7 * i)).toISOString().slice(0, 10);
  const at = (id: string, values: number[], measure: Measure) =>
    ({ id, key: `2026:bsc/${id}`, name: id, measure, checkins: values.map((value, i) => ({ date: new Date(Date.UTC(2026, 2, 4 + 7 * i)).toISOString().slice(0, 10), value })) }) as unknown as Metric;
  const ai = at('ai-agent-uptime', [18, 19, 19.5, 21, 20.5, 22, 23, 24], { type: 'at-least', target: { kind: 'value', value: 30 } });
  const eff = at('parttime-efficiency', [12, 12, 12.2, 12.3, 12.6, 12.5, 12.8, 12.7], INCREASE);
  const run = (cause: Partial<CauseData>) => testCauses(bsc([ai, eff], [{ from: ai.id, to: eff.id, ...cause }]), PERIOD, '2026-04-22')[0];

  it('has the table the code reads, week by week', () => {
    for (let i = 0; i < 8; i++) expect(doc).toContain(`| ${monday(i)} | ${ai.checkins[i].value} |`);
  });

  it('lag 1: 5 ÷ 6 = 0.83, supported', () => {
    const t = run({ lag: 1 });
    expect(t.pairs.map((p) => [p.driver.week, p.outcome.week, p.agrees])).toEqual([
      [monday(1), monday(2), true], [monday(2), monday(3), true], [monday(3), monday(4), true],
      [monday(4), monday(5), true], [monday(5), monday(6), true], [monday(6), monday(7), false],
    ]);
    expect(doc).toContain(t.result.explain.computation);
    expect(t.result.explain.computation).toBe('5 ÷ 6 = 0.83 → 数据支持');
  });

  it('opposite and no lag come out as the doc says', () => {
    expect(run({ lag: 1, direction: 'opposite' }).result.explain.computation).toBe('1 ÷ 6 = 0.17 → 数据不支持');
    expect(doc).toContain('1 ÷ 6 = 0.17，数据不支持');
    const now = run({});
    expect(now.outcomeStill).toBe(1);
    expect(doc).toContain(`\`${now.result.explain.computation}\``);
  });
});
