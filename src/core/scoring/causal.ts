import type { Bsc, Metric, Period } from '../model.ts';
import type { Checkin } from '../schemas/checkin.ts';
import type { Measure } from '../schemas/measure.ts';
import { msg, type Msg } from '../text.ts';
import { addDays, isoWeekMonday } from '../week.ts';
import { formatScore, num, type Computed, type Input } from './explain.ts';

/**
 * Testing a cause-effect edge of the BSC against the metrics' histories (docs/scoring.md §11): lagged
 * change agreement. Each history is read as one value per week (the latest check-in on or before the
 * week's end), the week-over-week changes of the driver at week t are set against the outcome's at week
 * t + lag, and of the weeks where both moved, the share that moved the way the edge says is the agreement.
 */
export type CausalVerdict = 'supported' | 'contradicted' | 'mixed' | 'insufficient';
export const CAUSAL_VERDICTS: readonly CausalVerdict[] = ['supported', 'contradicted', 'mixed', 'insufficient'];

/** Fewer pairs than this say nothing either way. */
export const MIN_PAIRS = 6;
/** An agreement of at least this is 数据支持. */
export const SUPPORTED_AT = 0.6;
/** An agreement of at most this is 数据不支持: the driver moved and the outcome did not follow. */
export const CONTRADICTED_AT = 0.4;
/** A change smaller than this share of the history's largest absolute value is rounding, not a move. */
export const MOVE_SHARE = 0.002;

/** One metric's value in one week. */
export interface WeekValue {
  /** Monday of the week, YYYY-MM-DD (the week a weekly report reports on). */
  week: string;
  value: number;
  /** The check-in it came from. */
  date: string;
  sample: boolean;
}

/** One metric's change from the week before to this week. */
export interface WeekChange {
  week: string;
  from: number;
  to: number;
  change: number;
  /** Whether the change is an improvement by the metric's own measure (a fall, for a decrease). */
  better: boolean;
  /** The check-in dates of the two values. */
  fromDate: string;
  toDate: string;
  sample: boolean;
}

/** A week where both moved: the driver's change at t, the outcome's at t + lag. */
export interface CausalPair {
  driver: WeekChange;
  outcome: WeekChange;
  /** The outcome moved the way the edge says: improved with an improving driver (`same`), or the opposite. */
  agrees: boolean;
}

export interface CausalTest {
  /** The edge's index in `bsc.causes` (its marker ① is index + 1). */
  index: number;
  from: string;
  to: string;
  direction: 'same' | 'opposite';
  lag: number;
  verdict: CausalVerdict;
  pairs: CausalPair[];
  agreeing: number;
  /** agreeing ÷ pairs; null without pairs. */
  agreement: number | null;
  /** Weeks the driver moved, whether or not the outcome's week t + lag could be compared. */
  driverMoves: number;
  /** Of those, weeks where the outcome had a value both weeks and did not move (not counted). */
  outcomeStill: number;
  /** Weeks of the period up to asOf. */
  weeks: number;
  /** Weeks in which each metric has a check-in of its own. */
  driverWeeks: number;
  outcomeWeeks: number;
  /** Some value read (of either metric, in the window) is sample data. */
  sample: boolean;
  /** The agreement with its provenance, for 如何计算. */
  result: Computed;
}

/** Monday of the ISO week a date is in, as weekly reports name their weeks. */
export const mondayOf = isoWeekMonday;

/** The week starts (Mondays) from the week of the period's start to the week of asOf (or the period's end). */
export function periodWeeks(period: Pick<Period, 'start' | 'end'>, asOf: string): string[] {
  const last = asOf < period.end ? asOf : period.end;
  if (last < period.start) return [];
  const weeks: string[] = [];
  for (let w = mondayOf(period.start); w <= last; w = addDays(w, 7)) weeks.push(w);
  return weeks;
}

/** +1 when a rise is better, −1 when a fall is; undefined when the measure has no numeric history. */
export function betterSign(measure: Measure): 1 | -1 | undefined {
  if (measure.type === 'increase' || measure.type === 'at-least' || measure.type === 'manual') return 1;
  if (measure.type === 'decrease' || measure.type === 'at-most') return -1;
  return undefined;
}

/**
 * One value per week: the latest check-in on or before the week's Sunday (and asOf); undefined before
 * the first. A `manual` measure's history is its progress.
 */
export function weeklyValues(checkins: Checkin[], weeks: string[], asOf: string, field: 'value' | 'progress' = 'value'): (WeekValue | undefined)[] {
  // Stable sort: of two check-ins on one day the later written wins, as for the current value.
  const sorted = checkins.filter((c) => c[field] !== undefined && c.date <= asOf).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let i = -1;
  return weeks.map((week) => {
    const sunday = addDays(week, 6);
    const cutoff = sunday < asOf ? sunday : asOf;
    while (i + 1 < sorted.length && sorted[i + 1].date <= cutoff) i++;
    const c = sorted[i];
    return c && { week, value: c[field]!, date: c.date, sample: c.sample ?? false };
  });
}

/** Week-over-week changes; undefined where either week has no value. */
export function weeklyChanges(values: (WeekValue | undefined)[], better: 1 | -1): (WeekChange | undefined)[] {
  return values.map((v, i) => {
    const prev = values[i - 1];
    if (!v || !prev) return undefined;
    const change = v.value - prev.value;
    return { week: v.week, from: prev.value, to: v.value, change, better: change * better > 0, fromDate: prev.date, toDate: v.date, sample: v.sample || prev.sample };
  });
}

/** The smallest change that counts as a move: MOVE_SHARE of the largest absolute value. */
function moveThreshold(values: (WeekValue | undefined)[]): number {
  return MOVE_SHARE * Math.max(0, ...values.map((v) => (v ? Math.abs(v.value) : 0)));
}

interface Series {
  values: (WeekValue | undefined)[];
  changes: (WeekChange | undefined)[];
  threshold: number;
}

function seriesOf(metric: Metric, weeks: string[], asOf: string): Series | undefined {
  const better = betterSign(metric.measure);
  if (better === undefined) return undefined;
  const values = weeklyValues(metric.checkins, weeks, asOf, metric.measure.type === 'manual' ? 'progress' : 'value');
  return { values, changes: weeklyChanges(values, better), threshold: moveThreshold(values) };
}

const moved = (c: WeekChange | undefined, threshold: number): c is WeekChange => c !== undefined && Math.abs(c.change) > threshold;

export const VERDICT_WORDS: Record<CausalVerdict, Msg> = {
  supported: msg('数据支持', 'supported by the data'),
  contradicted: msg('数据不支持', 'not supported by the data'),
  mixed: msg('数据不一致', 'the data is mixed'),
  insufficient: msg('数据不足', 'not enough data'),
};

/** Every cause of a BSC tested against its metrics' histories up to asOf, in the order of the file. */
export function testCauses(bsc: Bsc, period: Pick<Period, 'start' | 'end'>, asOf: string): CausalTest[] {
  const weeks = periodWeeks(period, asOf);
  const series = new Map<string, Series | undefined>();
  const seriesFor = (m: Metric) => {
    if (!series.has(m.id)) series.set(m.id, seriesOf(m, weeks, asOf));
    return series.get(m.id);
  };
  const metrics = new Map(bsc.metrics.map((m) => [m.id, m]));
  return bsc.causes.flatMap((cause, index) => {
    const from = metrics.get(cause.from);
    const to = metrics.get(cause.to);
    if (!from || !to) return [];
    return [testCause({ index, from, to, direction: cause.direction ?? 'same', lag: cause.lag ?? 0, weeks: weeks.length }, seriesFor(from), seriesFor(to))];
  });
}

function testCause(
  edge: { index: number; from: Metric; to: Metric; direction: 'same' | 'opposite'; lag: number; weeks: number },
  driver: Series | undefined,
  outcome: Series | undefined,
): CausalTest {
  const pairs: CausalPair[] = [];
  let driverMoves = 0;
  let outcomeStill = 0;
  if (driver && outcome) {
    driver.changes.forEach((d, t) => {
      if (!moved(d, driver.threshold)) return;
      driverMoves++;
      const o = outcome.changes[t + edge.lag];
      if (!moved(o, outcome.threshold)) {
        if (o) outcomeStill++;
        return;
      }
      pairs.push({ driver: d, outcome: o, agrees: (edge.direction === 'same') === (d.better === o.better) });
    });
  }
  const agreeing = pairs.filter((p) => p.agrees).length;
  const agreement = pairs.length > 0 ? agreeing / pairs.length : null;
  const verdict: CausalVerdict = agreement === null || pairs.length < MIN_PAIRS ? 'insufficient'
    : agreement >= SUPPORTED_AT ? 'supported' : agreement <= CONTRADICTED_AT ? 'contradicted' : 'mixed';
  const read = [driver, outcome].flatMap((s) => s?.values ?? []);
  const sample = read.some((v) => v?.sample);
  // Weeks with a check-in of their own, not a value carried forward from an earlier week.
  const count = (s: Series | undefined) => s?.values.filter((v) => v && v.date >= v.week).length ?? 0;
  const base = {
    index: edge.index, from: edge.from.id, to: edge.to.id, direction: edge.direction, lag: edge.lag, verdict, pairs, agreeing, agreement,
    driverMoves, outcomeStill, weeks: edge.weeks, driverWeeks: count(driver), outcomeWeeks: count(outcome), sample,
  };
  return { ...base, result: explainTest(base, edge.from, edge.to, !driver || !outcome) };
}

function explainTest(t: Omit<CausalTest, 'result'>, from: Metric, to: Metric, noHistory: boolean): Computed {
  const lagText = t.lag === 0 ? msg('同一周', 'the same week') : msg(`第 t + ${t.lag} 周`, `week t + ${t.lag}`);
  const formula = msg(
    `方向相符的周数 ÷ 两个指标都有变化的周数（驱动指标第 t 周的周变化，对结果指标${lagText.zh}的周变化）；至少 ${MIN_PAIRS} 对，≥ ${formatScore(SUPPORTED_AT)} 为数据支持，≤ ${formatScore(CONTRADICTED_AT)} 为数据不支持`,
    `weeks that moved the stated way ÷ weeks both metrics moved (the driver's weekly change in week t against the outcome's in ${lagText.en}); at least ${MIN_PAIRS} pairs, ≥ ${formatScore(SUPPORTED_AT)} is supported, ≤ ${formatScore(CONTRADICTED_AT)} is not supported`,
  );
  const word = VERDICT_WORDS[t.verdict];
  const computation = t.agreement === null
    ? `0 ÷ 0 → ${word.zh}`
    : `${t.agreeing} ÷ ${t.pairs.length} = ${formatScore(t.agreement)}${t.pairs.length < MIN_PAIRS ? ` (< ${MIN_PAIRS})` : ''} → ${word.zh}`;
  const inputs: Input[] = ([[from, msg('驱动指标', 'Driver'), t.driverWeeks], [to, msg('结果指标', 'Outcome'), t.outcomeWeeks]] as const).map(([m, role, n]) => ({
    label: msg(`${role.zh} ${m.name}（有进展的周）`, `${role.en} ${m.nameEn ?? m.name} (weeks with a check-in)`),
    value: `${n}/${t.weeks}`,
    ref: { kind: 'metric' as const, key: m.key },
    sample: m.checkins.some((c) => c.sample),
  }));
  const notes: Msg[] = [
    t.direction === 'same'
      ? msg('方向 same：驱动指标变好时，结果指标也应变好（"变好"按各自的度量，下降也可以是变好）。', 'Direction same: when the driver gets better, the outcome should too ("better" as each measure counts it; a fall can be better).')
      : msg('方向 opposite：驱动指标变好时，结果指标应变差。', 'Direction opposite: when the driver gets better, the outcome should get worse.'),
    msg(`每周取当周日（或计算日）当天或之前的最新进展；变化小于该指标历史最大绝对值的 ${num(MOVE_SHARE * 100)}% 不算变化。`,
      `Each week takes the latest check-in on or before its Sunday (or the as-of date); a change below ${num(MOVE_SHARE * 100)}% of the metric's largest absolute value is not a move.`),
  ];
  if (noHistory) notes.push(msg('里程碑指标没有数值历史，无法检验。', 'A milestone metric has no history of values to test.'));
  if (t.outcomeStill > 0) notes.push(msg(`驱动指标有变化、结果指标没有变化的 ${t.outcomeStill} 周不计入。`, `${t.outcomeStill} week(s) where the driver moved and the outcome did not are not counted.`));
  if (t.pairs.length < MIN_PAIRS) notes.push(msg(`只有 ${t.pairs.length} 对，至少需要 ${MIN_PAIRS} 对才下结论。`, `Only ${t.pairs.length} pair(s): at least ${MIN_PAIRS} are needed for a verdict.`));
  if (t.sample) notes.push(msg('所用数据含示例数据：结论只是示例。', 'The data used includes sample data: the verdict is only an example.'));
  return { value: t.agreement, explain: { formula, computation, inputs, notes } };
}
