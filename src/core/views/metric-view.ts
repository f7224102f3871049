import { metricCausalEdges, type CausalEdgeView } from './causal-view.ts';
import { periodRef, unitOf, type PeriodRef } from './dashboard.ts';
import { hedgeRules, type HedgeRuleView } from './hedge-view.ts';
import { describeTarget, MEASURE_NAMES } from './format.ts';
import { nodeLink, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { mentionText, optionalMentionText, type MentionText } from './mention-text.ts';
import { checkinViews, type CheckinView } from './okr-set-view.ts';
import { baselineView, readingView, type BaselineView, type ReadingView } from './reading.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { children, supportTree, type Below, type TreeNode } from './tree.ts';
import { companyScope } from './alignment-view.ts';
import { urls } from './urls.ts';
import { historyView, type HistoryView } from './history-view.ts';
import type { Metric } from '../model.ts';
import type { Msg } from '../text.ts';

export interface MetricView {
  period: PeriodRef;
  key: string;
  id: string;
  name: string;
  nameEn?: string;
  perspective: { id: string; name: string; nameEn?: string; weight: number; href: string };
  weight: number;
  definition: MentionText;
  formula: string;
  measureType: Msg;
  target: Msg;
  baseline?: BaselineView;
  current?: ReadingView;
  score: ScoreView;
  owners: PersonLink[];
  rationale?: MentionText;
  change?: Metric['change'];
  drivenBy: { link: NodeLink; why?: string }[];
  drives: { link: NodeLink; why?: string }[];
  /** The same causes tested against the data: into this metric (`into`) and out of it (`out`). */
  causal: { into: CausalEdgeView[]; out: CausalEdgeView[] };
  /** Rules that read this metric, or act on it or on its perspective. */
  hedges: HedgeRuleView[];
  /** The departments' OKRs that support it (personal OKRs counted on them, listed on the departments' alignment pages). */
  supporters: TreeNode[];
  /** Personal OKRs aligned to the metric itself, counted. */
  below?: Below;
  checkins: CheckinView[];
  /** The chart of its check-ins over time (with the pace line and target). */
  history: HistoryView;
  file: string;
  /** Where the item starts in `file`: 编辑此页 opens there. */
  line: number;
}

/** One BSC metric: its card from 001, who and what supports it, and how its score is computed. */
export function metricView(look: Lookup, period: string, id: string): MetricView {
  const bsc = look.bsc(period)!;
  const m = bsc.metrics.find((x) => x.id === id)!;
  const card = look.scores.bsc.get(period)!.metrics.get(id)!;
  const perspective = bsc.perspectives.find((p) => p.id === m.perspectiveId)!;
  const keyOf = (metricId: string) => bsc.metrics.find((x) => x.id === metricId)!.key;
  const unit = unitOf(m.measure);
  const scope = companyScope(look, period, () => true);
  const hidden = children(look, m.key, () => true, scope).hidden;
  const below = hidden.length > 0 ? scope.below(m.key, hidden) : undefined;
  const actsOn = (h: { then: { scale: string } | { set: string } }) => ('scale' in h.then ? h.then.scale : h.then.set);
  return {
    period: periodRef(look.periods.get(period)!), key: m.key, id, name: m.name, nameEn: m.nameEn,
    perspective: { id: perspective.id, name: perspective.name, nameEn: perspective.nameEn, weight: perspective.weight, href: urls.perspective(period, perspective.id) },
    weight: m.weight, definition: mentionText(look, m.definition), formula: m.formula,
    measureType: MEASURE_NAMES[m.measure.type], target: describeTarget(m.measure),
    baseline: baselineView(m.measure),
    current: readingView(card.reading, unit), score: scoreView(card),
    owners: m.ownerIds.map((p) => personLink(look, p)), rationale: optionalMentionText(look, m.rationale), change: m.change,
    drivenBy: bsc.causes.filter((c) => c.to === id).map((c) => ({ link: nodeLink(look, keyOf(c.from))!, why: c.why })),
    drives: bsc.causes.filter((c) => c.from === id).map((c) => ({ link: nodeLink(look, keyOf(c.to))!, why: c.why })),
    causal: metricCausalEdges(look, period, id),
    hedges: hedgeRules(look, period, (h) => h.when.ref === id || actsOn(h) === id || actsOn(h) === m.perspectiveId),
    supporters: supportTree(look, m.key, new Set([m.key]), () => true, scope),
    ...(below ? { below } : {}),
    checkins: checkinViews(look, m.checkins, unit),
    history: historyView(look, m, m.name),
    file: bsc.src.file,
    line: m.line,
  };
}
