import { z } from 'zod';
import { idSchema, textSchema } from './common.ts';

/**
 * The company's words about a period's OKRs as a whole: the title and introduction of the OKR
 * document and the cross-department prose (协同机制). The body is shown on the period's home page.
 */
export const periodOverviewSchema = z.strictObject({
  /** A period id from settings, e.g. `2026`. */
  period: idSchema,
  /** e.g. 2026年喜播教育业务OKR（理想主义版）. */
  title: textSchema,
  /** One or two sentences shown under the title. */
  summary: textSchema.optional(),
});

export type PeriodOverviewData = z.output<typeof periodOverviewSchema>;
export type PeriodOverviewInput = z.input<typeof periodOverviewSchema>;
