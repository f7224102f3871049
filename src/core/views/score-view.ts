import type { Coverage, ScoreCard, Stale } from '../scoring/card.ts';
import { withheldText } from '../scoring/okr.ts';
import { formatScore, type Explanation, type Input } from '../scoring/explain.ts';
import type { Status } from '../scoring/pace.ts';
import type { Band } from '../schemas/settings.ts';
import { msg, type Msg } from '../text.ts';
import { percent } from './format.ts';
import { inputHref } from './links.ts';

/** "如何计算" as pages print it: each input named as readers know it, and linked when it is a page of its own. */
export interface ExplainView extends Explanation {
  inputs: (Input & { href?: string })[];
}

/** A score card as pages print it: text, bar width, status, band and how it was computed. */
export interface ScoreView {
  /** "0.875", or "—" when it cannot be computed or there is no data yet. */
  text: string;
  /** 0–100 for the bar; null when there is no score (then there is no bar). */
  percent: number | null;
  progressPercent: number | null;
  expectedPercent: number;
  status: Status;
  band?: Band;
  /** Show the band: the period is over, or the owner assessed the score. Before that, status leads. */
  graded: boolean;
  conservative: boolean;
  sample: boolean;
  /** Whether the score is a self-assessment rather than computed progress. */
  selfAssessed: boolean;
  /** Aggregates only: how many KRs (or metrics) below have data, "2/4 个 KR 有数据". */
  coverage?: Coverage & { text: Msg };
  /** A public score that leaves private items out: "不含 1 项非公开内容". */
  withheld?: { count: number; text: Msg };
  /** 待更新: "最近更新 2026-10-31，已 20 天". */
  stale?: Stale & { text: Msg };
  /** "周期已结束仍没有数据，按 0 计": the 0 is not a result, it is the absence of one. */
  endedWithoutData?: Msg;
  explain: ExplainView;
  progressExplain: ExplainView;
}

export function scoreView(card: ScoreCard): ScoreView {
  const value = card.score.value;
  return {
    text: value === null ? '—' : formatScore(value),
    percent: value === null ? null : percent(value),
    progressPercent: card.progress.value === null ? null : percent(card.progress.value),
    expectedPercent: percent(card.expected),
    status: card.status,
    band: card.band,
    graded: card.band !== undefined && (card.ended || card.selfAssessed),
    conservative: card.conservative,
    sample: card.sample,
    selfAssessed: card.selfAssessed,
    ...(card.aggregate ? { coverage: { ...card.coverage, text: coverageText(card.coverage) } } : {}),
    ...(card.withheld > 0 ? { withheld: { count: card.withheld, text: withheldText(card.withheld) } } : {}),
    ...(card.stale ? { stale: { ...card.stale, text: staleText(card.stale) } } : {}),
    ...(card.endedWithoutData ? { endedWithoutData: ENDED_CHIP } : {}),
    explain: explainView(card.score.explain),
    progressExplain: explainView(card.progress.explain),
  };
}

export function explainView(explain: Explanation): ExplainView {
  return {
    ...explain,
    inputs: explain.inputs.map((i) => {
      const href = i.ref && inputHref(i.ref);
      return href ? { ...i, href } : i;
    }),
  };
}

const ENDED_CHIP = msg('周期已结束仍没有数据，按 0 计', 'period ended without data: counted as 0');

/** "2/4 个 KR 有数据" / "2 of 4 KRs have data"; "7/8 个指标有数据" / "7 of 8 metrics have data". */
export function coverageText(c: Coverage): Msg {
  const zh = `${c.measured}/${c.total} 个${c.of === 'kr' ? ' KR ' : '指标'}有数据`;
  const noun = c.of === 'kr' ? (c.total === 1 ? 'KR' : 'KRs') : c.total === 1 ? 'metric' : 'metrics';
  return msg(zh, `${c.measured} of ${c.total} ${noun} ${c.measured === 1 ? 'has' : 'have'} data`);
}

/** "最近更新 2026-10-31，已 20 天" / "last update 2026-10-31, 20 days ago". */
export function staleText(s: Stale): Msg {
  return msg(`最近更新 ${s.lastUpdate}，已 ${s.days} 天`, `last update ${s.lastUpdate}, ${s.days} days ago`);
}
