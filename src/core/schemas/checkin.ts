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

export type Checkin = z.output<typeof checkinSchema>;
export type CheckinInput = z.input<typeof checkinSchema>;
