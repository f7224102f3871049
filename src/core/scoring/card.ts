import type { Band } from '../schemas/settings.ts';
import type { Reading } from './current.ts';
import type { Computed } from './explain.ts';
import type { Status } from './pace.ts';

/** Everything a page shows about one scored thing: KR, objective, OKR set, metric, perspective, company. */
export interface ScoreCard {
  key: string;
  /** Progress in [0, 1] (null when it cannot be computed), with provenance. */
  progress: Computed;
  /** The score shown: the self-assessment where given, else the progress; after hedge rules for the BSC. */
  score: Computed;
  /** Progress expected by `asOf` from the time elapsed. */
  expected: number;
  status: Status;
  band?: Band;
  /** 目标可能过于保守: a top score at period end. */
  conservative: boolean;
  /** Whether the period is over at `asOf`: then the band grades the score; before, the pace status leads. */
  ended: boolean;
  /** Whether any input is sample data. */
  sample: boolean;
  /** Whether the score is the owner's self-assessment rather than the computed progress. */
  selfAssessed: boolean;
  /** The current value and the target, for numeric measures. */
  reading?: Reading;
  target?: number;
  /**
   * How many of the KRs (or BSC metrics) below count in the score with evidence: data, milestone steps
   * or a self-assessment. A KR or metric covers itself (0 or 1 of 1); aggregates add up their children.
   */
  coverage: Coverage;
  /** An objective, OKR set, perspective or company score: a mean over children, not a measure of its own. */
  aggregate: boolean;
  /** In a public view: the private objectives and KRs this aggregate leaves out ("不含 N 项非公开内容"). */
  withheld: number;
  /** The period ended and this KR or metric never got data: it counts as 0, and says so. */
  endedWithoutData: boolean;
  /** The latest check-in or step-done date up to `asOf` (KRs and metrics). */
  lastUpdate?: string;
  /** Not done, in a running period, and the latest update is older than `pace.staleAfterDays`: 待更新. */
  stale?: Stale;
}

export interface Coverage {
  measured: number;
  total: number;
  /** What is counted: key results, or BSC metrics. */
  of: 'kr' | 'metric';
}

export interface Stale {
  lastUpdate: string;
  /** Days from the latest update to `asOf`. */
  days: number;
}
