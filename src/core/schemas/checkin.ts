import { z } from 'zod';
import { dateSchema, personRefSchema, sampleSchema, textSchema } from './common.ts';

/**
 * A weekly check-in (003: 进展 - 挑战/风险 - To Do). The latest check-in on or before `asOf`
 * gives the current value; later ones are ignored, so a past build can be reproduced.
 */
export const checkinSchema = z.strictObject({
  date: dateSchema,
  /** The measured value, in the measure's unit (increase, decrease, at-least, at-most). */
  value: z.number().optional(),
  /** Progress 0–1 for a `manual` measure. */
  progress: z.number().min(0).max(1).optional(),
  /**
   * 信心指数 0–1: how likely the owner thinks the target is met by the due date. Kept apart from
   * progress and from the score; never used to compute either.
   */
  confidence: z.number().min(0).max(1).optional(),
  /** 关键进展: milestones reached, not a list of activities. */
  note: textSchema.optional(),
  /** 挑战/风险 and the support needed. */
  risks: textSchema.optional(),
  /** 下周计划. */
  next: textSchema.optional(),
  /** Who posted it. */
  by: personRefSchema.optional(),
  sample: sampleSchema,
});

export type CheckinData = z.output<typeof checkinSchema>;

/** A check-in as the model holds it: written inline, or taken from a weekly report (`report`, its file). */
export type Checkin = CheckinData & { report?: string };
export type CheckinInput = z.input<typeof checkinSchema>;
