import type { Diagnostic } from '../diagnostics.ts';
import { msg, type Msg } from '../text.ts';
import { orphans } from './alignment-view.ts';
import { concurrentPeriods, periodRef, type PeriodRef } from './dashboard.ts';
import { krRow, type KrRow } from './kr-row.ts';
import { eachKeyResult } from '../walk.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { urls } from './urls.ts';
import { editUrl } from './edit-links.ts';
import { readableSegments, type Segment } from './readable-refs.ts';

/** What needs a look in one period. A KR is listed by its status, and also under 待更新 when stale. */
export interface HealthGroup {
  period: PeriodRef;
  /** 落后 first, then 有风险; the lowest score first within each. */
  offTrack: KrRow[];
  /** 待更新: not done, and the latest update is older than `pace.staleAfterDays`; the oldest first. */
  stale: KrRow[];
  /** BSC metrics of this period that are 待更新. */
  staleMetrics: { link: NodeLink; score: ScoreView }[];
  /** 未更新: measured, but no data yet. */
  noUpdate: KrRow[];
  unscored: KrRow[];
  orphans: NodeLink[];
}

export interface HealthView {
  period: PeriodRef;
  /**
   * The page's own period first; on the current period's page also every other period current at
   * asOf (the quarter beside the year), each as its own group.
   */
  groups: HealthGroup[];
  /** What 待更新 means here, with the configured number of days. */
  staleRule: Msg;
  /** The check's warnings about the files of these periods (and files of no period, such as people). */
  warnings: HealthWarning[];
}

/**
 * A warning of the check as a reader sees it: the things it names by name and linked (the message is
 * written for editors, with ids); the rule id only as data; the file and line, linked to the web editor
 * at that line when a repository is set, else to the page the file makes.
 */
export interface HealthWarning {
  file: string;
  line: number;
  rule: string;
  message: { zh: Segment[]; en: Segment[] };
  href?: string;
}

const URGENCY = { 'off-track': 0, 'at-risk': 1 } as Record<string, number>;

/** What an OKR coordinator fixes before the review meeting: for the period, and for what else is under way now. */
export function healthView(look: Lookup, period: string): HealthView {
  const periods = [period, ...concurrentPeriods(look, period)];
  const pages = new Map<string, string>(look.org.sets.map((s) => [s.src.file, urls.set(s.period, s.owner.id)]));
  const periodOf = new Map<string, string>([...look.org.sets, ...look.org.bscs].map((x) => [x.src.file, x.period]));
  const shown = new Set(periods);
  const otherPeriodFiles = new Set([...look.org.sets, ...look.org.bscs].filter((x) => !shown.has(x.period)).map((x) => x.src.file));
  return {
    period: periodRef(look.periods.get(period)!),
    groups: periods.map((p) => healthGroup(look, p)),
    staleRule: staleRule(look.org.settings.pace.staleAfterDays),
    warnings: look.warnings
      .filter((d: Diagnostic) => !otherPeriodFiles.has(d.file))
      .map((d): HealthWarning => {
        const within = periodOf.get(d.file) ?? period;
        return {
          file: d.file, line: d.line, rule: d.rule,
          message: { zh: readableSegments(look, d.message.zh, within, 'zh'), en: readableSegments(look, d.message.en, within, 'en') },
          href: editUrl(look.org.settings.repository, d.file, d.line) ?? pages.get(d.file),
        };
      }),
  };
}

function healthGroup(look: Lookup, period: string): HealthGroup {
  const rows = [...eachKeyResult(look.org)].filter(({ set }) => set.period === period).map(({ set, kr }) => krRow(look, set, kr));
  const bsc = look.bsc(period);
  const bscScore = look.scores.bsc.get(period);
  return {
    period: periodRef(look.periods.get(period)!),
    offTrack: rows.filter((r) => r.score.status in URGENCY).sort((a, b) => URGENCY[a.score.status] - URGENCY[b.score.status] || (a.score.percent ?? 0) - (b.score.percent ?? 0)),
    stale: rows.filter((r) => r.score.stale).sort((a, b) => b.score.stale!.days - a.score.stale!.days),
    staleMetrics: (bsc?.metrics ?? [])
      .map((m) => ({ link: nodeLink(look, m.key)!, score: scoreView(bscScore!.metrics.get(m.id)!) }))
      .filter((m) => m.score.stale),
    noUpdate: rows.filter((r) => r.score.status === 'no-data'),
    unscored: rows.filter((r) => r.score.status === 'unscored'),
    orphans: orphans(look, period),
  };
}

export function staleRule(days: number): Msg {
  return msg(
    `尚未完成、最近一次更新（进展记录或里程碑完成）距今超过 ${days} 天的关键结果。手册要求每周更新。`,
    `Key results not done whose latest update (a check-in or a milestone step done) is more than ${days} days old. The handbook asks for weekly updates.`,
  );
}
