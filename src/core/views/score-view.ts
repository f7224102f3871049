import type { ScoreCard } from '../scoring/card.ts';
import { formatScore, type Explanation } from '../scoring/explain.ts';
import type { Status } from '../scoring/pace.ts';
import type { Band } from '../schemas/settings.ts';
import { percent } from './format.ts';

/** A score card as pages print it: text, bar width, status, band and how it was computed. */
export interface ScoreView {
  /** "0.875", or "—" when it cannot be computed. */
  text: string;
  /** 0–100 for the bar; null when there is no score. */
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
  explain: Explanation;
  progressExplain: Explanation;
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
    explain: card.score.explain,
    progressExplain: card.progress.explain,
  };
}
