import type { KeyResult, OkrSet } from '../model.ts';
import type { Checkin } from '../schemas/checkin.ts';
import { formatScore } from '../scoring/explain.ts';
import { msg, type Msg } from '../text.ts';
import { periodRef, type PeriodRef, unitOf } from './dashboard.ts';
import { describeTarget, MEASURE_NAMES, withheldItems, withUnit } from './format.ts';
import { nodeLinks, ownerHref, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { mentionText, optionalMentionText, type MentionText } from './mention-text.ts';
import { baselineView, readingView, type BaselineView, type ReadingView } from './reading.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { anchors, urls } from './urls.ts';
import { indexAnchor } from './alignment-view.ts';
import { checkinSnippet } from './checkin-snippet.ts';
import { editUrl } from './edit-links.ts';
import { historyView, reportHref, type HistoryView } from './history-view.ts';
import { quarterContributions, type QuarterContribution } from './quarter-view.ts';

export interface CheckinView {
  date: string;
  value?: string;
  note?: MentionText;
  risks?: MentionText;
  next?: MentionText;
  by?: PersonLink;
  sample: boolean;
  /** 信心指数 as a percentage, when given. */
  confidence?: string;
  /** The weekly report page it came from. */
  report?: string;
}

export interface KeyResultView {
  id: string;
  key: string;
  anchor: string;
  permalink: string;
  /** As written, for labels; `titleText` has its mentions resolved. */
  title: string;
  titleText: MentionText;
  owners: PersonLink[];
  collaborators: PersonLink[];
  measure?: { type: Msg; target: Msg; baseline?: BaselineView; unit?: string };
  current?: ReadingView;
  steps?: { title: MentionText; done: boolean; date?: string; sample: boolean }[];
  due: string;
  dueWritten: boolean;
  weight?: number;
  score: ScoreView;
  selfAssessment?: { score: string; note?: MentionText };
  actions?: MentionText;
  checkins: CheckinView[];
  /** The chart of its check-ins over time (with the pace line and target). */
  history: HistoryView;
  alignsTo: NodeLink[];
  /** In the public site: what it aligns to that is not public, "1 项非公开内容" (not linked). */
  alignsToWithheld?: Msg;
  supportedBy: NodeLink[];
  supportedByMore?: MoreSupporters;
  /** 更新进展: a check-in to paste, where it goes, and the web editor at that line when a repository is set. */
  update: CheckinUpdate;
  /** In a year: the quarter objectives and KRs aligned to it, by quarter (各季度的贡献). */
  quarters: QuarterContribution[];
}

/** Supporters beyond the first `SUPPORTERS_SHOWN`: how many, and the alignment page that lists them all. */
export interface MoreSupporters {
  count: number;
  href: string;
}

export const SUPPORTERS_SHOWN = 10;

/**
 * What aligns to an objective or KR of `set`, bounded: a department objective's supporters are its people,
 * as many as it has members, so past `SUPPORTERS_SHOWN` they are counted and linked to the alignment page
 * (the department's, at the objective; the company's tree; a person's department's).
 */
function supporters(look: Lookup, set: OkrSet, key: string, objectiveKey: string): { supportedBy: NodeLink[]; supportedByMore?: MoreSupporters } {
  const all = look.org.relations.supportedBy(key);
  const supportedBy = nodeLinks(look, all.slice(0, SUPPORTERS_SHOWN));
  if (all.length <= SUPPORTERS_SHOWN) return { supportedBy };
  const href = set.owner.kind === 'department' ? `${urls.alignmentGroup(set.period, set.owner.id)}#${indexAnchor(objectiveKey)}`
    : set.owner.kind === 'company' ? `${urls.alignment(set.period)}#tree`
    : urls.alignmentGroup(set.period, look.groupOf(set.owner));
  return { supportedBy, supportedByMore: { count: all.length - SUPPORTERS_SHOWN, href } };
}

export interface CheckinUpdate {
  file: string;
  line: number;
  snippet: Msg;
  editHref?: string;
}

export interface ObjectiveView {
  id: string;
  key: string;
  anchor: string;
  permalink: string;
  /** As written, for labels; `titleText` has its mentions resolved. */
  title: string;
  titleText: MentionText;
  description?: MentionText;
  weight?: number;
  score: ScoreView;
  alignsTo: NodeLink[];
  alignsToWithheld?: Msg;
  /** What aligns to it: the first `SUPPORTERS_SHOWN`; the rest counted in `supportedByMore`. */
  supportedBy: NodeLink[];
  supportedByMore?: MoreSupporters;
  keyResults: KeyResultView[];
  /** In a year: the quarter objectives and KRs aligned to it, by quarter (各季度的贡献). */
  quarters: QuarterContribution[];
}

export interface OkrSetView {
  key: string;
  period: PeriodRef;
  owner: { kind: OkrSet['owner']['kind']; id: string; name: string; nameEn?: string; href: string; leads: PersonLink[]; mission?: MentionText };
  title: string;
  /** The title in English when the set has no title of its own and the owner an English name. */
  titleEn?: string;
  href: string;
  perspectives: { id: string; name: string; nameEn?: string; href: string }[];
  score: ScoreView;
  objectives: ObjectiveView[];
  file: string;
  hasBody: boolean;
  sample: boolean;
  asOf: string;
  /** "按 2026-11-20 计算": the date the score is for (数据截至 is in the footer). */
  computedFor: Msg;
}

export function okrSetView(look: Lookup, set: OkrSet): OkrSetView {
  const period = look.periods.get(set.period)!;
  const href = urls.set(set.period, set.owner.id);
  const rel = look.org.relations;
  const dept = set.owner.kind === 'department' ? look.departments.get(set.owner.id) : undefined;
  const bsc = [set.period, ...period.ancestors].map((p) => look.bsc(p)).find(Boolean);
  const objectives = set.objectives.map((o): ObjectiveView => ({
    id: o.id, key: o.key, anchor: anchors.objective(o.id), permalink: `${href}#${anchors.objective(o.id)}`,
    title: o.title, titleText: mentionText(look, o.title), description: optionalMentionText(look, o.description), weight: o.weight, score: scoreView(look.card(o.key)!),
    alignsTo: nodeLinks(look, rel.alignsTo(o.key)), ...alignsToWithheld(o.withheld?.alignsTo), ...supporters(look, set, o.key, o.key),
    keyResults: o.keyResults.map((kr) => keyResultView(look, set, o.key, kr, `${href}#${anchors.kr(o.id, kr.id)}`, anchors.kr(o.id, kr.id))),
    quarters: quarterContributions(look, o.key),
  }));
  const [ownerName, ownerNameEn] = [look.ownerName(set.owner), look.ownerName(set.owner, 'en')];
  const en = ownerNameEn !== ownerName || period.nameEn !== undefined;
  return {
    key: set.key, period: periodRef(period), href, asOf: look.org.asOf,
    computedFor: msg(`按 ${look.org.asOf} 计算`, `computed for ${look.org.asOf}`),
    owner: {
      kind: set.owner.kind, id: set.owner.id, name: ownerName, ...(ownerNameEn !== ownerName && { nameEn: ownerNameEn }), href: ownerHref(set.owner),
      leads: (dept?.leadIds ?? []).map((id) => personLink(look, id)), mission: optionalMentionText(look, dept?.mission),
    },
    title: set.title ?? `${ownerName} ${period.name} OKR`,
    ...(en && !set.title && { titleEn: `${ownerNameEn} ${period.nameEn ?? period.name} OKR` }),
    perspectives: set.perspectiveIds.map((id) => {
      const p = bsc?.perspectives.find((x) => x.id === id);
      return { id, name: p?.name ?? id, nameEn: p?.nameEn, href: bsc && p ? urls.perspective(bsc.period, id) : `${urls.period(set.period)}#${id}` };
    }),
    score: scoreView(look.card(set.key)!), objectives, file: set.src.file, hasBody: set.body.trim().length > 0,
    sample: set.sample || objectives.some((o) => o.score.sample),
  };
}

function keyResultView(look: Lookup, set: OkrSet, objectiveKey: string, kr: KeyResult, permalink: string, anchor: string): KeyResultView {
  const card = look.card(kr.key)!;
  const unit = unitOf(kr.measure);
  const m = kr.measure;
  const asOf = look.org.asOf;
  return {
    id: kr.id, key: kr.key, anchor, permalink, title: kr.title, titleText: mentionText(look, kr.title),
    owners: kr.ownerIds.map((id) => personLink(look, id)),
    collaborators: kr.collaboratorIds.map((id) => personLink(look, id)),
    measure: m && {
      type: MEASURE_NAMES[m.type], target: describeTarget(m), unit,
      baseline: baselineView(m),
    },
    current: readingView(card.reading, unit),
    steps: m?.type === 'milestone'
      ? m.steps.map((s) => {
          const done = s.done === true || (typeof s.done === 'string' && s.done <= asOf);
          return { title: mentionText(look, s.title), done, date: typeof s.done === 'string' ? s.done : s.due, sample: s.sample ?? false };
        })
      : undefined,
    due: kr.due, dueWritten: kr.dueWritten, weight: kr.weight, score: scoreView(card),
    selfAssessment: kr.selfAssessment && { score: formatScore(kr.selfAssessment.score), note: optionalMentionText(look, kr.selfAssessment.note) },
    actions: optionalMentionText(look, kr.actions),
    checkins: checkinViews(look, kr.checkins, unit),
    history: historyView(look, kr, kr.title),
    alignsTo: nodeLinks(look, look.org.relations.alignsTo(kr.key)),
    ...alignsToWithheld(kr.withheld?.alignsTo),
    ...supporters(look, set, kr.key, objectiveKey),
    update: checkinUpdate(look, kr),
    quarters: quarterContributions(look, kr.key),
  };
}

function checkinUpdate(look: Lookup, kr: KeyResult): CheckinUpdate {
  const { file } = kr.src;
  const line = kr.span.start.line;
  const editHref = editUrl(look.org.settings.repository, file, line);
  return { file, line, snippet: checkinSnippet(kr, look.org.asOf), ...(editHref ? { editHref } : {}) };
}

/** "1 项非公开内容" beside the alignments a public page can link. */
function alignsToWithheld(n = 0): { alignsToWithheld?: Msg } {
  return n > 0 ? { alignsToWithheld: withheldItems(n) } : {};
}

/** Check-ins up to `asOf`, newest first. */
export function checkinViews(look: Lookup, checkins: Checkin[], unit?: string): CheckinView[] {
  return checkins.filter((c) => c.date <= look.org.asOf).sort((a, b) => b.date.localeCompare(a.date)).map((c) => checkinView(look, c, unit));
}

function checkinView(look: Lookup, c: Checkin, unit?: string): CheckinView {
  const value = c.value !== undefined ? withUnit(c.value, unit) : c.progress !== undefined ? `${Math.round(c.progress * 100)}%` : undefined;
  return {
    date: c.date, value, note: optionalMentionText(look, c.note), risks: optionalMentionText(look, c.risks), next: optionalMentionText(look, c.next),
    by: c.by ? personLink(look, c.by) : undefined, sample: c.sample ?? false,
    ...(c.confidence !== undefined && { confidence: `${Math.round(c.confidence * 100)}%` }),
    ...(c.report && reportHref(look, c.report) && { report: reportHref(look, c.report) }),
  };
}
