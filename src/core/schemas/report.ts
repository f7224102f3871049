import { z } from 'zod';
import { personRefSchema, sampleSchema, textSchema } from './common.ts';

/**
 * One KR's or metric's line in a weekly report: what its check-in would say. `value` for numeric
 * measures, `progress` for manual ones, neither for milestones (their steps' `done` count).
 */
export const reportValueSchema = z.strictObject({
  value: z.number().optional(),
  progress: z.number().min(0).max(1).optional(),
  /** 信心指数 0–1, kept apart from progress and from the score. */
  confidence: z.number().min(0).max(1).optional(),
  /** One line on this KR; the report's body says the rest. */
  note: textSchema.optional(),
});

/**
 * A weekly report (003 OKR 周报): `reports/<period>/<owner>/<yyyy-mm-dd>.md`, one per owner per week.
 * The path gives the period, the owner (department or person id) and the date; the frontmatter gives
 * the numbers; the body has the three sections 本周进展, 风险同步和资源支持 and 下周计划.
 */
export const reportSchema = z.strictObject({
  /** Who wrote it: id, name or alias. Defaults to the owner when the owner is a person. */
  author: personRefSchema.optional(),
  /** The whole report is illustrative (示例). */
  sample: sampleSchema,
  /**
   * Values by ref, in the one ref format: `market/o1/kr1` for a KR of this owner's set, `bsc/nps`
   * for a BSC metric or guard indicator of the period (or of the year a quarter is in).
   */
  values: z.record(z.string(), reportValueSchema).optional(),
});

export type ReportValue = z.output<typeof reportValueSchema>;
export type ReportData = z.output<typeof reportSchema>;
