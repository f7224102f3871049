import { msg, type Msg } from '../text.ts';
import { formatScore, num, type Computed, type Input, type InputRef } from './explain.ts';

export interface Part {
  /** As readers know it (净营收, 财务, KR2), in both languages. */
  label: Msg;
  score: number | null;
  weight?: number;
  ref?: InputRef;
  /**
   * Why a part has no score, or why its score is a 0 without evidence: `no-data` (nothing reported yet),
   * `unscored` (it cannot be scored), `ended` (the period ended without data: counted as 0).
   */
  why?: 'no-data' | 'unscored' | 'ended';
}

/** The note an aggregate carries for a part left out (or counted as 0 without evidence). */
export function partNote(p: Part): Msg | undefined {
  if (p.score === null) {
    return p.why === 'no-data'
      ? msg(`${p.label.zh} 还没有数据，未计入。`, `${p.label.en} has no data yet and is left out.`)
      : msg(`${p.label.zh} 无法计分，未计入。`, `${p.label.en} has no score and is left out.`);
  }
  if (p.why === 'ended') return msg(`${p.label.zh} 周期已结束仍没有数据，按 0 计。`, `${p.label.en}: the period ended without data, so it counts as 0.`);
  return undefined;
}

/**
 * Σ wᵢ·sᵢ / Σ wᵢ over the parts that have a score (equal weights when none is given). Parts without
 * a score are left out and named in the notes, never silently.
 */
export function weightedMean(parts: Part[], formula = msg('Σ 权重 × 得分 ÷ Σ 权重（未写权重时等权）', 'Σ weight × score ÷ Σ weight (equal weights when none are given)')): Computed {
  const scored = parts.filter((p) => p.score !== null);
  const inputs: Input[] = parts.map((p) => ({
    label: p.label,
    value: p.score === null ? '—' : `${formatScore(p.score)}${p.weight !== undefined ? ` × ${num(p.weight)}` : ''}`,
    ...(p.ref ? { ref: p.ref } : {}),
  }));
  const notes = parts.map(partNote).filter((n): n is Msg => n !== undefined);
  if (scored.length === 0) return { value: null, explain: { formula, computation: '—', inputs, notes } };
  const w = (p: Part) => p.weight ?? 1;
  const total = scored.reduce((s, p) => s + w(p), 0);
  const value = scored.reduce((s, p) => s + w(p) * p.score!, 0) / total;
  const equal = scored.every((p) => p.weight === undefined);
  const computation = equal
    ? `(${scored.map((p) => formatScore(p.score!)).join(' + ')}) ÷ ${scored.length} = ${formatScore(value)}`
    : `(${scored.map((p) => `${num(w(p))} × ${formatScore(p.score!)}`).join(' + ')}) ÷ ${num(total)} = ${formatScore(value)}`;
  return { value, explain: { formula, computation, inputs, notes } };
}
