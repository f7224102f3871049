import type { KeyResult, Organisation, OkrSet, Period } from '../model.ts';
import type { Measure } from '../schemas/measure.ts';
import { msg, type Msg } from '../text.ts';
import type { ScoreCard } from './card.ts';
import { latestReading, type Reading } from './current.ts';
import type { Computed } from './explain.ts';

/** KRs with their set, by key: what `valueFrom: quarters` looks its sources up in. */
export type KrIndex = Map<string, { kr: KeyResult; set: OkrSet }>;

export function indexKrs(sets: OkrSet[]): KrIndex {
  const index: KrIndex = new Map();
  for (const set of sets) for (const o of set.objectives) for (const kr of o.keyResults) index.set(kr.key, { kr, set });
  return index;
}

const NUMERIC = new Set(['increase', 'decrease', 'at-least', 'at-most']);

/** A measure whose readings are numbers (not milestone steps or a reported progress). */
export function isNumeric(m: Measure | undefined): m is Extract<Measure, { unit?: string }> {
  return m !== undefined && NUMERIC.has(m.type);
}

function unitOf(m: Measure | undefined): string {
  return m && 'unit' in m ? (m.unit ?? '').trim() : '';
}

/** A quarter KR's readings can stand for the annual KR's: both numeric, the same type and the same unit. */
export function compatibleMeasures(annual: Measure | undefined, quarter: Measure | undefined): boolean {
  return isNumeric(annual) && isNumeric(quarter) && annual.type === quarter.type && unitOf(annual) === unitOf(quarter);
}

/** `type: decrease, unit: 万元`: a measure as the messages name it, the way it is written. */
export function measureWords(m: Measure | undefined): string {
  if (!m) return '—';
  const unit = unitOf(m);
  return unit ? `type: ${m.type}, unit: ${unit}` : `type: ${m.type}`;
}

/** The KRs of periods inside `kr`'s period that align to it directly, each with its set and period. */
export function quarterKrs(kr: KeyResult, org: Pick<Organisation, 'relations'>, krs: KrIndex, periods: Map<string, Period>): { kr: KeyResult; set: OkrSet; period: Period }[] {
  return org.relations.supportedBy(kr.key).flatMap((key) => {
    const found = krs.get(key);
    const period = found && periods.get(found.set.period);
    return found && period && period.ancestors.includes(kr.period) ? [{ ...found, period }] : [];
  });
}

export interface QuarterValue {
  source: KeyResult;
  set: OkrSet;
  period: Period;
  reading: Reading;
  /** 2026 Q4 杜康杰 O2 KR2. */
  label: Msg;
}

/**
 * The reading `valueFrom: quarters` gives an annual KR at `asOf`: among the compatible quarter KRs
 * aligned to it, the latest quarter that has a reading, and in it the latest reading.
 */
export function quarterValue(kr: KeyResult, org: Pick<Organisation, 'relations' | 'people' | 'departments' | 'settings'>, krs: KrIndex, periods: Map<string, Period>, asOf: string): QuarterValue | undefined {
  let best: { q: ReturnType<typeof quarterKrs>[number]; reading: Reading } | undefined;
  for (const q of quarterKrs(kr, org, krs, periods)) {
    if (!compatibleMeasures(kr.measure, q.kr.measure)) continue;
    const reading = latestReading(q.kr, asOf);
    if (!reading) continue;
    const later = !best || q.period.end > best.q.period.end || (q.period.end === best.q.period.end && reading.date > best.reading.date);
    if (later) best = { q, reading: q.set.sample ? { ...reading, sample: true } : reading };
  }
  if (!best) return undefined;
  const { q, reading } = best;
  return { source: q.kr, set: q.set, period: q.period, reading, label: sourceLabel(q, org) };
}

function sourceLabel(q: { kr: KeyResult; set: OkrSet; period: Period }, org: Pick<Organisation, 'people' | 'departments' | 'settings'>): Msg {
  const { owner } = q.set;
  const dept = owner.kind === 'department' ? org.departments.find((d) => d.id === owner.id) : undefined;
  const name = owner.kind === 'company' ? org.settings.company : owner.kind === 'department' ? dept?.name ?? owner.id : org.people.find((p) => p.id === owner.id)?.name ?? owner.id;
  const nameEn = owner.kind === 'company' ? org.settings.companyEn ?? name : dept?.nameEn ?? name;
  const [objective] = q.kr.key.split('/').slice(-2);
  const code = `${objective.toUpperCase()} ${q.kr.id.toUpperCase()}`;
  return msg(`${q.period.name} ${name} ${code}`, `${q.period.nameEn ?? q.period.name} ${nameEn} ${code}`);
}

/** The KR as scoring sees it: the quarter's reading as its one check-in. */
export function withQuarterReading(kr: KeyResult, value: QuarterValue): KeyResult {
  return { ...kr, checkins: [{ ...value.reading.checkin, sample: value.reading.sample }] };
}

/** Says on the 当前值 input, and in a note, where the number came from. */
export function noteQuarterSource(card: ScoreCard, value: QuarterValue): ScoreCard {
  const { label, reading } = value;
  const note = msg(
    `valueFrom: quarters：当前值取自 ${label.zh}（${reading.date} 的填报），即对齐到本 KR 的季度 KR 中最近一个季度的最新数值。`,
    `valueFrom: quarters: the current value is taken from ${label.en} (reported ${reading.date}), the latest reading of the latest quarter among the quarter KRs aligned to this KR.`,
  );
  const annotate = (c: Computed): Computed => ({
    ...c,
    explain: {
      ...c.explain,
      inputs: c.explain.inputs.map((i) => (i.label.zh === '当前值'
        ? { ...i, label: msg(`当前值（取自 ${label.zh}）`, `current (taken from ${label.en})`), ref: { kind: 'kr', key: value.source.key } }
        : i)),
      notes: [...c.explain.notes, note],
    },
  });
  const progress = annotate(card.progress);
  return { ...card, progress, score: card.score === card.progress ? progress : annotate(card.score) };
}

/** No quarter KR has a reading yet: the KR's own check-ins stand, and the note says so. */
export function noteNoQuarterValue(card: ScoreCard): ScoreCard {
  const note = msg(
    `valueFrom: quarters：对齐到本 KR 的季度 KR 中还没有数值，暂按本 KR 自己的进展计算。`,
    `valueFrom: quarters: no quarter KR aligned to this KR has a reading yet, so its own check-ins count for now.`,
  );
  const add = (c: Computed): Computed => ({ ...c, explain: { ...c.explain, notes: [...c.explain.notes, note] } });
  const progress = add(card.progress);
  return { ...card, progress, score: card.score === card.progress ? progress : add(card.score) };
}
