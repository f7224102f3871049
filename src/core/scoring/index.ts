import type { Organisation } from '../model.ts';
import { scoreBsc, type BscScore } from './bsc.ts';
import type { ScoreCard } from './card.ts';
import { newestDataDate } from './updates.ts';
import { scoreKeyResult, scoreObjective, scoreSet, type Env } from './okr.ts';
import { indexKrs, noteNoQuarterValue, noteQuarterSource, quarterValue, withQuarterReading, type KrIndex } from './value-from.ts';
import type { KeyResult } from '../model.ts';

export interface Scores {
  asOf: string;
  /** KRs, objectives and OKR sets by key (`2026:market/o1/kr1`, `2026:market/o1`, `2026:market`). */
  cards: Map<string, ScoreCard>;
  /** One BSC score per period that has a BSC. */
  bsc: Map<string, BscScore>;
  /** 数据截至: the newest check-in or step-done date up to `asOf`, if anything was reported. */
  dataAsOf?: string;
}

/** Compute every score of the organisation at its `asOf` date. */
export function scoreOrganisation(org: Organisation): Scores {
  const periods = new Map(org.periods.map((p) => [p.id, p]));
  const envOf = (period: string): Env => ({ asOf: org.asOf, settings: org.settings, period: periods.get(period)! });
  const cards = new Map<string, ScoreCard>();
  let krs: KrIndex | undefined;
  // valueFrom: quarters takes the reading of the latest quarter KR aligned to it (docs/scoring.md).
  const scoreKr = (kr: KeyResult, env: Env): ScoreCard => {
    if (kr.valueFrom !== 'quarters') return scoreKeyResult(kr, env);
    krs ??= indexKrs(org.sets);
    const value = quarterValue(kr, org, krs, periods, org.asOf);
    return value ? noteQuarterSource(scoreKeyResult(withQuarterReading(kr, value), env), value) : noteNoQuarterValue(scoreKeyResult(kr, env));
  };
  for (const set of org.sets) {
    const env = envOf(set.period);
    // Everything in an illustrative set is sample data, whatever its values.
    const mark = (card: ScoreCard): ScoreCard => (set.sample ? { ...card, sample: true } : card);
    const objectives = set.objectives.map((o) => {
      const krs = o.keyResults.map((kr) => mark(scoreKr(kr, env)));
      for (const card of krs) cards.set(card.key, card);
      const card = mark(scoreObjective(o, krs, env));
      cards.set(card.key, card);
      return card;
    });
    cards.set(set.key, mark(scoreSet(set, objectives, env)));
  }
  const bsc = new Map(org.bscs.map((b) => [b.period, scoreBsc(b, envOf(b.period))]));
  const dataAsOf = newestDataDate(org, org.asOf);
  return { asOf: org.asOf, cards, bsc, ...(dataAsOf ? { dataAsOf } : {}) };
}
