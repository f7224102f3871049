/** In-memory model objects for the scoring tests: parsed through the real schemas, nothing else. */
import type { KeyResult, Objective, Period } from '../../src/core/model.ts';
import { checkinSchema, type CheckinInput } from '../../src/core/schemas/checkin.ts';
import { measureSchema, type MeasureInput } from '../../src/core/schemas/measure.ts';
import { settingsSchema } from '../../src/core/schemas/settings.ts';
import type { Env } from '../../src/core/scoring/okr.ts';

export const YEAR: Period = {
  id: '2026', name: '2026 年度', start: '2026-01-01', end: '2026-12-31', ancestors: [], src: { file: 'settings.yaml', path: ['periods', 0] },
};

export const AS_OF = '2026-06-30';

export function env(asOf = AS_OF, period: Period = YEAR): Env {
  const settings = settingsSchema.parse({
    company: '示例公司',
    periods: [{ id: period.id, name: period.name, start: period.start, end: period.end }],
    currentPeriod: period.id,
  });
  return { asOf, settings, period };
}

export function measure(input: MeasureInput) {
  return measureSchema.parse(input);
}

export interface KrInput {
  id?: string;
  measure?: MeasureInput;
  checkins?: CheckinInput[];
  due?: string;
  weight?: number;
  selfAssessment?: { score: number; note?: string };
}

export function keyResult(input: KrInput = {}): KeyResult {
  const id = input.id ?? 'kr1';
  return {
    key: `2026:market/o1/${id}`,
    period: '2026',
    id,
    title: `KR ${id}`,
    ownerIds: [],
    collaboratorIds: [],
    measure: input.measure === undefined ? undefined : measure(input.measure),
    checkins: (input.checkins ?? []).map((c) => checkinSchema.parse(c)),
    due: input.due ?? YEAR.end,
    dueWritten: input.due !== undefined,
    ownersWritten: false,
    alignsToWritten: [],
    weight: input.weight,
    selfAssessment: input.selfAssessment,
    visibility: 'public',
    span: { start: { line: 1, col: 1 } },
    src: { file: 'okrs/2026/market.mdx', path: ['objectives', 0, 'keyResults', 0] },
  };
}

export function objective(keyResults: KeyResult[], weight?: number): Objective {
  return {
    key: '2026:market/o1', id: 'o1', title: '目标', weight, keyResults, alignsToWritten: [], partial: false,
    visibility: 'public', span: { start: { line: 1, col: 1 } }, src: { file: 'okrs/2026/market.mdx', path: ['objectives', 0] },
  };
}
