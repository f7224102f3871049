import type { KeyResult, OkrSet } from '../model.ts';
import type { Msg } from '../text.ts';
import { periodRef, type PeriodRef } from './dashboard.ts';
import { describeTarget } from './format.ts';
import { nodeLink, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { optionalSpark, sparklineView } from './history-view.ts';
import type { Sparkline } from '../chart/sparkline.ts';

/** A KR in a list outside its set page: where it lives, who owns it, how it is doing. */
export interface KrRow {
  link: NodeLink;
  period: PeriodRef;
  owners: PersonLink[];
  target?: Msg;
  due: string;
  score: ScoreView;
  /** Its values over time, tiny; absent with no check-ins. */
  spark?: Sparkline;
}

export function krRow(look: Lookup, set: OkrSet, kr: KeyResult): KrRow {
  return {
    link: nodeLink(look, kr.key)!,
    period: periodRef(look.periods.get(set.period)!),
    owners: kr.ownerIds.map((id) => personLink(look, id)),
    target: kr.measure && describeTarget(kr.measure),
    due: kr.due,
    score: scoreView(look.card(kr.key)!),
    ...optionalSpark(sparklineView(look, kr)),
  };
}

/** Periods newest first, then years before their quarters. */
export function byPeriodDesc(look: Lookup) {
  return (a: string, b: string) => {
    const pa = look.periods.get(a)!;
    const pb = look.periods.get(b)!;
    return pb.start.localeCompare(pa.start) || pb.end.localeCompare(pa.end);
  };
}
