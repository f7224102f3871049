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
}
