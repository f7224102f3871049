import { msg, type Msg } from '../../text.ts';
import { afterCue, directCue, distantVerb, frequencyOf, isStrong, type Cue } from './cues.ts';
import { findDues, type DuePhrase } from './due.ts';
import { IGNORE_REASON, maskLookAlikes } from './mask.ts';
import { inPeriod, type PeriodRange } from './period.ts';
import { scanCandidates, type Candidate } from './scan.ts';
import { baselineLabel, deliverableOrOngoing, periodicSteps, notInferable, wordTarget } from './shapes.ts';

export type MeasureType = 'increase' | 'decrease' | 'at-least' | 'at-most' | 'milestone' | 'manual';

/** A measure as it is written to the content file (docs/content-format.md §10). */
export interface MeasureDraft {
  type: MeasureType;
  unit?: string;
  /** A label whose value is unknown (去年), or a value read from the text (从 45 分提升到 55 分). */
  baseline?: string | number;
  target?: number | string;
  steps?: { title: string; due?: string }[];
}

export type NoteKind = 'ignored' | 'unused' | 'due-unused' | 'due-outside' | 'due-vague' | 'no-baseline' | 'range' | 'reading' | 'not-inferred' | 'no-due';

export interface Note {
  kind: NoteKind;
  message: Msg;
}

export interface Inference {
  measure?: MeasureDraft;
  /** YYYY-MM-DD, or a placeholder such as X月底. */
  due?: string;
  /** The words the measure was read from, verbatim: 同比下降10%. */
  from?: string;
  dueFrom?: string;
  notes: Note[];
}

const MENTION = /@[\p{Script=Han}\p{L}\p{N}_·-]+/gu;
const WIDE = /[０-９％＞＜＝＋－]/gu;

/** Same length as the input, so every index still points at the written text. */
function normalise(text: string): string {
  return text.replace(MENTION, (m) => ' '.repeat(m.length)).replace(WIDE, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** Read a KR sentence: what it measures, its target and unit, and its due date within the period. */
export function inferMeasure(title: string, period: PeriodRange): Inference {
  const text = normalise(title);
  const notes: Note[] = [];
  const dues = findDues(text, period);
  const { masked, ignored } = maskLookAlikes(text, dues);
  for (const i of ignored) {
    if (i.reason === 'date') continue;
    notes.push({ kind: 'ignored', message: msg(`"${i.text}" 是${IGNORE_REASON[i.reason].zh}，不是目标值`, `"${i.text}" is ${IGNORE_REASON[i.reason].en}, not a target`) });
  }
  const blocked = notInferable(text, masked, ignored);
  if (blocked) return finish({ notes: [...notes, { kind: 'not-inferred', message: blocked }] }, dues, undefined, text, period);

  const candidates = scanCandidates(masked).filter((c) => !c.article || directCue(c.before) || frequencyOf(c.before));
  const periodic = periodicSteps(text, masked, candidates, period);
  if (periodic) {
    for (const c of candidates) notes.push(unused(text, c));
    return { measure: { type: 'milestone', steps: periodic.steps }, from: periodic.from, notes };
  }
  // 从 45 分 is where a change starts: the amount after it in the clause is the target.
  const startsChange = (c: Candidate) => directCue(c.before)?.kind === 'from' && candidates.some((d) => d.clause === c.clause && d.index > c.index);
  const primary = candidates.find((c) => isStrong(c) && !startsChange(c)) ?? candidates.find((c) => !startsChange(c));
  if (!primary) {
    const word = wordTarget(text, period);
    if (word) return finish({ measure: word.measure, from: word.from, notes: [...notes, ...word.notes] }, dues, undefined, text, period);
    const kind = deliverableOrOngoing(text, dues.some((d) => d.date || d.placeholder));
    return finish({ measure: { type: kind, ...(kind === 'milestone' ? { steps: [{ title: title.trim() }] } : {}) }, notes }, dues, undefined, text, period);
  }
  if (primary.unit && /^(?:秒|分钟|小时|天|周)$/u.test(primary.unit) && /提升|提高|加快/u.test(primary.before)) {
    const why = msg(`"${primary.text}" 是时间，句子却说"提升"：是要更快（更少的${primary.unit}）还是更多，无法判断，请人工写度量`, `"${primary.text}" is a time but the sentence says 提升 (raise): faster (fewer ${primary.unit}) or more cannot be told; write the measure by hand`);
    return finish({ notes: [...notes, { kind: 'not-inferred', message: why }] }, dues, primary, text, period);
  }
  const baseFrom = candidates.find((c) => c.clause === primary.clause && c.end <= primary.index && directCue(c.before)?.kind === 'from');
  const built = buildMeasure(primary, baseFrom, text, period, notes);
  for (const c of candidates) if (c !== primary && c !== baseFrom) notes.push(unused(text, c));
  return finish({ measure: built.measure, from: built.from, notes }, dues, primary, text, period);
}

function unused(text: string, c: Candidate): Note {
  const snippet = text.slice(c.index - lead(c.before), c.end).trim();
  return { kind: 'unused', message: msg(`另一个数字未用于度量："${snippet}"（可拆成单独的 KR）`, `another number not used in the measure: "${snippet}" (it could be a KR of its own)`) };
}

function signed(sign: 1 | -1, c: Candidate): { target: string; unit?: string } {
  const s = sign < 0 ? '-' : '+';
  const amount = c.placeholder ?? String(c.value);
  if (!c.unit || c.unit === '%') return { target: `${s}${amount}%` };
  return { target: `${s}${amount}`, unit: c.unit };
}

function buildMeasure(p: Candidate, baseFrom: Candidate | undefined, text: string, period: PeriodRange, notes: Note[]): { measure: MeasureDraft; from: string } {
  const cue: Cue | undefined = directCue(p.before);
  const after = afterCue(p.after);
  const frequency = frequencyOf(p.before);
  const distant = distantVerb(p.before);
  const label = baselineLabel(text.slice(p.index - p.before.length, p.index), period);
  const amount = (high = false) => p.placeholder ?? (high && p.upTo !== undefined ? p.upTo : p.value!);
  const unit = frequency && p.unit ? `${p.unit}/${frequency}` : p.unit;
  const withUnit = (m: MeasureDraft): MeasureDraft => (unit && m.unit === undefined && !(typeof m.target === 'string' && /%$/.test(m.target)) ? { ...m, unit } : m);
  const from = text.slice(p.index - Math.min(p.before.length, label ? p.before.length : cueLength(p.before, cue)), p.end + afterLength(p.after, after)).trim();
  if (p.upTo !== undefined) notes.push({ kind: 'range', message: msg(`"${p.text}" 是一个范围，取${cue?.kind === 'ceiling' ? '上' : '下'}限作为目标`, `"${p.text}" is a range; its ${cue?.kind === 'ceiling' ? 'upper' : 'lower'} end is taken as the target`) });
  const floorNote = (word: string) => notes.push({ kind: 'reading', message: msg(`"${word}" 按目标值读取（相对目标不能是底线）`, `"${word}" is read as the target (a relative target cannot be a floor)`) });

  if (baseFrom && (cue?.kind === 'to-up' || cue?.kind === 'to-down' || cue?.kind === 'reach')) {
    const start = baseFrom.placeholder ?? baseFrom.value!;
    const down = cue.kind === 'to-down' || (typeof start === 'number' && typeof amount() === 'number' && (amount() as number) < start);
    return { measure: withUnit({ type: down ? 'decrease' : 'increase', baseline: start, target: amount(), ...(p.unit ?? baseFrom.unit ? { unit: p.unit ?? baseFrom.unit } : {}) }), from: text.slice(baseFrom.index - 1, p.end).trim() };
  }
  const relative = (sign: 1 | -1, floorWord?: string): { measure: MeasureDraft; from: string } => {
    if (floorWord) floorNote(floorWord);
    const t = signed(sign, p);
    const measure: MeasureDraft = { type: sign > 0 ? 'increase' : 'decrease', ...(t.unit ? { unit: t.unit } : {}), ...(label ? { baseline: label } : {}), target: t.target };
    notes.push(noBaseline(label));
    return { measure, from };
  };
  if (cue?.kind === 'up' || cue?.kind === 'down') return relative(cue.kind === 'up' ? 1 : -1, after === 'floor' ? '以上' : undefined);
  if ((!cue || cue.kind === 'reach') && (after === 'up' || after === 'down')) return relative(after === 'up' ? 1 : -1);
  if (cue?.kind === 'floor' && distant && (distant.kind === 'up' || distant.kind === 'down') && (!p.unit || p.unit === '%')) return relative(distant.kind === 'up' ? 1 : -1, cue.word);
  const absolute = (type: MeasureType): { measure: MeasureDraft; from: string } => {
    const high = type === 'at-most';
    const m = withUnit({ type, ...(label && (type === 'increase' || type === 'decrease') ? { baseline: label } : {}), target: amount(high) });
    if (type === 'decrease') notes.push(noBaseline(label));
    return { measure: m, from };
  };
  if (cue?.kind === 'to-down') return absolute('decrease');
  if (cue?.kind === 'ceiling' || (!cue && after === 'ceiling')) return absolute('at-most');
  if (frequency) return absolute('at-least');
  if (cue?.kind === 'floor' || (p.plus && !cue)) {
    if (p.count) {
      notes.push({ kind: 'reading', message: msg(`"${cue?.word ?? '+'}" 加计数：按累计达到 ${amount()} 读取（increase）`, `"${cue?.word ?? '+'}" with a count: read as reaching ${amount()} (increase)`) });
      return absolute('increase');
    }
    return absolute('at-least');
  }
  if (cue?.kind === 'reach' && after === 'floor') return absolute('at-least');
  if (!cue && after === 'floor') return absolute('at-least');
  if (!cue && distant && (distant.kind === 'up' || distant.kind === 'down') && !p.count) return relative(distant.kind === 'up' ? 1 : -1);
  return absolute('increase');
}

/** How much of the clause before an amount to quote: all of a short clause, else its last 10 characters. */
function lead(before: string): number {
  return before.length <= 12 ? before.length : 10;
}

function cueLength(before: string, cue?: Cue): number {
  if (!cue) return lead(before);
  const at = before.lastIndexOf(cue.word);
  return at < 0 ? 0 : before.length - at;
}

function afterLength(after: string, kind?: string): number {
  if (!kind) return 0;
  const m = /^[\s的]*(?:及以上|以上|之上|以下|以内|之内|内|增长|增幅|提升|下降|降幅|减少)/u.exec(after);
  return m ? m[0].length : 0;
}

function noBaseline(label?: string): Note {
  if (label) return { kind: 'no-baseline', message: msg(`基线"${label}"的数值原文没有：补上 baseline 的 value 后才能计分`, `the text gives no value for the baseline "${label}": add its value before the KR can be scored`) };
  return { kind: 'no-baseline', message: msg('原文没有基线的数值：在 baseline 中补上后才能计分', 'the text gives no baseline value: add it to baseline before the KR can be scored') };
}

/** Pick the due phrase that belongs to the measured part of the sentence. */
function finish(result: Inference, dues: DuePhrase[], primary: Candidate | undefined, text: string, period: PeriodRange): Inference {
  const notes = result.notes;
  const lead = text.search(/\S/);
  let chosen: DuePhrase | undefined;
  for (const d of dues) {
    if (d.vague) {
      notes.push({ kind: 'due-vague', message: msg(`"${d.text}" 取决于文档写成的时间，无法换算成日期`, `"${d.text}" depends on when the document was written; no date inferred`) });
      continue;
    }
    if (d.date && !inPeriod(d.date, period)) {
      notes.push({ kind: 'due-outside', message: msg(`"${d.text}" 是 ${d.date}，不在周期 ${period.id} 之内，未使用`, `"${d.text}" is ${d.date}, outside period ${period.id}; not used`) });
      continue;
    }
    const clause = [...text.slice(0, d.index)].filter((c) => /[，,；;。！!？?、]/u.test(c)).length;
    const belongs = !primary || d.index - lead <= 4 || clause === primary.clause;
    if (!chosen && belongs) chosen = d;
    else if (d.date !== (chosen?.date ?? period.end)) notes.push({ kind: 'due-unused', message: msg(`"${d.text}" 说的是句中另一件事的时间，未作为 KR 的截止日期`, `"${d.text}" times another part of the sentence; not used as the KR's due date`) });
  }
  if (!chosen) return result;
  if (chosen.before) {
    notes.push({ kind: 'reading', message: msg(`"${chosen.text}" 读作在该月或该季度开始之前（${chosen.date}）；若原意是到其结束时，请改截止日期`, `"${chosen.text}" is read as before that month or quarter begins (${chosen.date}); if it means by its end, change the due date`) });
  }
  // A one-step milestone's step takes the KR's due date, so the date is written (and flagged) once.
  return { ...result, due: chosen.date ?? chosen.placeholder!, dueFrom: chosen.text };
}
