import type { Measured } from '../model.ts';
import type { Measure } from '../schemas/measure.ts';
import { msg } from '../text.ts';
import { latestReading, type Reading } from './current.ts';
import { clamp01, formatScore, num, type Computed, type Input } from './explain.ts';
import { formatWritten } from '../units.ts';
import { baselineValue, targetValue, whyUnscored } from './target.ts';

export interface ProgressResult extends Computed {
  /** The reading the progress was computed from, if any. */
  reading?: Reading;
  target?: number;
  /** Measurable, but nothing reported by `asOf` (未更新): the value is null until the period ends. */
  noData?: true;
}

const L = {
  current: msg('当前值', 'current'),
  baseline: msg('基线', 'baseline'),
  target: msg('目标', 'target'),
  steps: msg('已完成步骤', 'steps done'),
  progress: msg('填报进度', 'reported progress'),
};

/** Progress in [0, 1] of a measured thing at `asOf`, with how it was computed. */
export function progressOf(item: Measured, asOf: string): ProgressResult {
  const m = item.measure;
  if (!m) return none(msg('没有度量，无法计算进度。', 'No measure, so no progress can be computed.'));
  if (m.type === 'milestone') return milestoneProgress(m, asOf);
  if (m.type === 'manual') return manualProgress(item, asOf);
  const target = targetValue(m);
  if (target === undefined) return none(whyUnscored(m)!);
  const reading = latestReading(item, asOf);
  const inputs: Input[] = [];
  if ('baseline' in m && m.baseline) inputs.push({ label: L.baseline, value: formatWritten(baselineValue(m)!, m.unit), source: m.baseline.label, sample: m.baseline.sample });
  inputs.push({ label: L.target, value: formatWritten(target, m.unit) });
  if (reading) inputs.push({ label: L.current, value: formatWritten(reading.value, m.unit), source: reading.date, sample: reading.sample });
  if (!reading) {
    return { value: null, noData: true, target, explain: { formula: formulaOf(m), computation: '—', inputs, notes: [msg(`截至 ${asOf} 还没有填报数值：未更新，不计入上级得分。`, `No value reported by ${asOf}: no data yet, left out of the scores above it.`)] } };
  }
  const c = reading.value;
  const notes = [];
  let raw: number;
  let computation: string;
  if (m.type === 'at-least' || m.type === 'at-most') {
    const met = m.type === 'at-least' ? c >= target : c <= target;
    raw = met ? 1 : 0;
    computation = `${num(c)} ${m.type === 'at-least' ? '≥' : '≤'} ${num(target)} ${met ? '✓' : '✗'} → ${formatScore(raw)}`;
  } else {
    const b = baselineValue(m)!;
    raw = m.type === 'increase' ? (c - b) / (target - b) : (b - c) / (b - target);
    computation = m.type === 'increase'
      ? `(${num(c)} − ${num(b)}) ÷ (${num(target)} − ${num(b)}) = ${formatScore(raw)}`
      : `(${num(b)} − ${num(c)}) ÷ (${num(b)} − ${num(target)}) = ${formatScore(raw)}`;
    if (raw < 0) notes.push(msg('当前值比基线还差，进度记为 0。', 'The current value is worse than the baseline, so progress is 0.'));
    if (raw > 1) notes.push(msg('已超过目标，进度记为 1。', 'The target is exceeded, so progress is 1.'));
  }
  return { value: clamp01(raw), reading, target, explain: { formula: formulaOf(m), computation, inputs, notes } };
}

function formulaOf(m: Measure) {
  switch (m.type) {
    case 'increase':
      return msg('(当前 − 基线) ÷ (目标 − 基线)，截取到 0–1', '(current − baseline) ÷ (target − baseline), clamped to 0–1');
    case 'decrease':
      return msg('(基线 − 当前) ÷ (基线 − 目标)，截取到 0–1', '(baseline − current) ÷ (baseline − target), clamped to 0–1');
    case 'at-least':
      return msg('底线：当前 ≥ 目标 记 1，否则记 0', 'guardrail: 1 if current ≥ target, else 0');
    case 'at-most':
      return msg('底线：当前 ≤ 目标 记 1，否则记 0', 'guardrail: 1 if current ≤ target, else 0');
    case 'milestone':
      return msg('已完成步骤 ÷ 全部步骤', 'steps done ÷ all steps');
    case 'manual':
      return msg('最近一次填报的进度', 'the latest reported progress');
  }
}

function milestoneProgress(m: Extract<Measure, { type: 'milestone' }>, asOf: string): ProgressResult {
  const done = m.steps.filter((s) => s.done === true || (typeof s.done === 'string' && s.done <= asOf));
  const value = done.length / m.steps.length;
  const sample = m.steps.some((s) => s.sample);
  return {
    value,
    explain: {
      formula: formulaOf(m),
      computation: `${done.length} ÷ ${m.steps.length} = ${formatScore(value)}`,
      inputs: m.steps.map((s) => ({ label: msg(s.title, s.title), value: done.includes(s) ? '✓' : '—', source: typeof s.done === 'string' ? s.done : s.due, sample: s.sample })),
      notes: sample ? [msg('步骤完成情况含示例数据。', 'Step completion includes sample data.')] : [],
    },
  };
}

function manualProgress(item: Measured, asOf: string): ProgressResult {
  const reading = latestReading(item, asOf, 'progress');
  const formula = formulaOf(item.measure!);
  if (!reading) return { value: null, noData: true, explain: { formula, computation: '—', inputs: [], notes: [msg(`截至 ${asOf} 还没有填报进度：未更新，不计入上级得分。`, `No progress reported by ${asOf}: no data yet, left out of the scores above it.`)] } };
  return {
    value: reading.value, reading,
    explain: { formula, computation: formatScore(reading.value), inputs: [{ label: L.progress, value: formatScore(reading.value), source: reading.date, sample: reading.sample }], notes: [] },
  };
}

function none(note: ReturnType<typeof msg>): ProgressResult {
  return { value: null, explain: { formula: msg('—', '—'), computation: '—', inputs: [], notes: [note] } };
}
