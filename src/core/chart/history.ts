import type { Measured } from '../model.ts';
import type { Checkin } from '../schemas/checkin.ts';
import { expectedProgress, stepDone, stepDue } from '../scoring/pace.ts';
import { progressOf } from '../scoring/progress.ts';
import { baselineValue, targetValue } from '../scoring/target.ts';

/**
 * A measured item's history up to `asOf`: what each check-in said, the pace the score expects, and the
 * target. `kind: 'value'` plots values in the measure's unit; `'progress'` plots 0–1 (manual, milestone).
 */
export interface History {
  kind: 'value' | 'progress';
  unit?: string;
  /** Oldest first; nothing after `asOf` (the future). */
  points: HistoryPoint[];
  /** The expected pace, from the baseline at the period start to the target at due; a staircase for milestones. */
  pace: { date: string; value: number }[];
  /** The pace moves in steps (milestones): level until each step's due date. */
  stepped?: true;
  target?: number;
  baseline?: number;
  /** Where the pace line is on `asOf`: what the score expects by then. */
  expected?: number;
  start: string;
  due: string;
  asOf: string;
}

export interface HistoryPoint {
  date: string;
  /** What is plotted: the value, or progress 0–1 for `kind: 'progress'`. */
  value: number;
  /** Progress 0–1 this reading gives, as the score computes it; null when it cannot be scored. */
  progress: number | null;
  /** 信心指数 0–1, when the check-in gave one. */
  confidence?: number;
  note?: string;
  sample: boolean;
  /** Where it came from: a check-in (`report` set when it came from a weekly report), or a milestone step. */
  source: { kind: 'checkin'; checkin: Checkin; report?: string } | { kind: 'step'; title: string };
}

/**
 * The history of `item` from `start` (the period start) to its due date, as known on `asOf`; `unit` is for an
 * item without a measure (a guard indicator has its unit of its own).
 */
export function history(item: Measured, start: string, asOf: string, unit?: string): History {
  const m = item.measure;
  const base = { start, due: item.due, asOf };
  if (m?.type === 'milestone') {
    const total = m.steps.length;
    const dated = m.steps.filter((s) => typeof s.done === 'string' && s.done <= asOf).sort((a, b) => (a.done as string).localeCompare(b.done as string));
    const points: HistoryPoint[] = dated.map((s, i) => ({
      date: s.done as string, value: (i + 1) / total, progress: (i + 1) / total, sample: s.sample ?? false, source: { kind: 'step', title: s.title },
    }));
    // Steps done without a date count from when they are known: on asOf.
    const undated = m.steps.filter((s) => stepDone(s, asOf) && typeof s.done !== 'string');
    if (undated.length > 0) {
      const value = (dated.length + undated.length) / total;
      points.push({ date: asOf, value, progress: value, sample: undated.some((s) => s.sample), source: { kind: 'step', title: undated.map((s) => s.title).join('、') } });
    }
    const dues = [...new Set(m.steps.map((s) => stepDue(s, item.due)))].filter((d) => d >= start).sort();
    const pace = [{ date: start, value: expectedProgress(start, item.due, start, m) }, ...dues.map((d) => ({ date: d, value: expectedProgress(start, item.due, d, m) }))];
    return { kind: 'progress', points, pace, stepped: true, target: 1, baseline: 0, expected: expectedProgress(start, item.due, asOf, m), ...base };
  }
  const field = m?.type === 'manual' ? 'progress' : 'value';
  const checkins = item.checkins.filter((c) => c[field] !== undefined && c.date <= asOf).sort((a, b) => a.date.localeCompare(b.date));
  const points = checkins.map((c): HistoryPoint => ({
    date: c.date, value: c[field]!,
    progress: field === 'progress' ? c.progress! : progressOf({ ...item, checkins: [c] }, c.date).value,
    ...(c.confidence !== undefined && { confidence: c.confidence }),
    ...(c.note !== undefined && { note: c.note }),
    sample: c.sample ?? false,
    source: { kind: 'checkin', checkin: c, ...(c.report && { report: c.report }) },
  }));
  if (m?.type === 'manual') return { kind: 'progress', points, pace: [{ date: start, value: 0 }, { date: item.due, value: 1 }], target: 1, baseline: 0, expected: expectedProgress(start, item.due, asOf), ...base };
  if (!m) return { kind: 'value', ...(unit && { unit }), points, pace: [], ...base };
  const target = targetValue(m);
  const baseline = baselineValue(m);
  const guardrail = m.type === 'at-least' || m.type === 'at-most';
  // Pace as the score expects it: the share of time passed, applied to the way from baseline to target.
  const pace = !guardrail && target !== undefined && baseline !== undefined
    ? [start, item.due].map((d) => ({ date: d, value: baseline + expectedProgress(start, item.due, d, m) * (target - baseline) }))
    : [];
  const expected = pace.length > 0 ? baseline! + expectedProgress(start, item.due, asOf, m) * (target! - baseline!) : undefined;
  return { kind: 'value', unit: m.unit, points, pace, ...(target !== undefined && { target }), ...(baseline !== undefined && { baseline }), ...(expected !== undefined && { expected }), ...base };
}
