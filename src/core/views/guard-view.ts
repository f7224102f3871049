import { periodRef, type PeriodRef } from './dashboard.ts';
import { hedgeRules, type HedgeRuleView } from './hedge-view.ts';
import { personLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { optionalMentionText, type MentionText } from './mention-text.ts';
import { checkinViews, type CheckinView } from './okr-set-view.ts';
import { readingView, type ReadingView } from './reading.ts';
import { historyView, type HistoryView } from './history-view.ts';

/** A guard indicator (退费率): no weight of its own; what it is, its value, and the hedge rules that read it. */
export interface GuardView {
  period: PeriodRef;
  key: string;
  id: string;
  name: string;
  nameEn?: string;
  definition?: MentionText;
  unit: string;
  owners: PersonLink[];
  /** The latest value up to asOf, with its date (数据截至). */
  current?: ReadingView;
  checkins: CheckinView[];
  /** The chart of its values over time. */
  history: HistoryView;
  hedges: HedgeRuleView[];
  file: string;
  /** Where the item starts in `file`: 编辑此页 opens there. */
  line: number;
}

export function guardView(look: Lookup, period: string, id: string): GuardView {
  const bsc = look.bsc(period)!;
  const g = bsc.guards.find((x) => x.id === id)!;
  return {
    period: periodRef(look.periods.get(period)!), key: g.key, id, name: g.name, nameEn: g.nameEn,
    definition: optionalMentionText(look, g.definition), unit: g.unit,
    owners: g.ownerIds.map((p) => personLink(look, p)),
    current: readingView(look.scores.bsc.get(period)!.guards.get(id), g.unit),
    checkins: checkinViews(look, g.checkins, g.unit),
    history: historyView(look, g, g.name, g.unit),
    hedges: hedgeRules(look, period, (h) => h.when.ref === id),
    file: bsc.src.file,
    line: g.line,
  };
}
