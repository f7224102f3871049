import { z } from 'zod';
import { dateSchema, idSchema, textSchema } from './common.ts';

export const periodSchema = z.strictObject({
  /** e.g. `2026` or `2026-q1`; used in URLs and refs (`2026:market/o1`). */
  id: idSchema,
  /** e.g. 2026 年度, 2026 Q1. */
  name: textSchema,
  start: dateSchema,
  end: dateSchema,
  /** The enclosing period: a quarter's year. */
  parent: idSchema.optional(),
});

export const bandSchema = z.strictObject({
  /** Lowest score in the band; bands are checked from the highest `min` down. */
  min: z.number().min(0).max(1),
  label: textSchema,
  labelEn: textSchema.optional(),
  tone: z.enum(['good', 'warn', 'bad']),
});

export const DEFAULT_BANDS = [
  { min: 0.7, label: '理想区间', labelEn: 'Sweet spot', tone: 'good' as const },
  { min: 0.4, label: '需关注', labelEn: 'Needs attention', tone: 'warn' as const },
  { min: 0, label: '偏低', labelEn: 'Low', tone: 'bad' as const },
];

export const gradingSchema = z.strictObject({
  /** 004: 0.6–0.7 is ideal, below 0.4 the target or the execution needs a look. */
  bands: z.array(bandSchema).min(1).default(DEFAULT_BANDS),
  /** At period end, a score at or above this is flagged 目标可能过于保守. */
  conservativeAt: z.number().min(0).max(1).default(1),
});

export const paceSchema = z.strictObject({
  /** progress ÷ expected progress below this is 有风险 (at risk). */
  atRisk: z.number().min(0).max(1).default(0.8),
  /** … and below this is 落后 (off track). */
  offTrack: z.number().min(0).max(1).default(0.5),
});

export const settingsSchema = z.strictObject({
  /** 公司名称. */
  company: textSchema,
  companyEn: textSchema.optional(),
  /** The language the content is written in; pages mark it so screen readers and search read it right. */
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  periods: z.array(periodSchema).min(1),
  /** The period the home page shows. */
  currentPeriod: idSchema,
  /** The date scores are computed for; leave it out to use the build date. */
  asOf: dateSchema.optional(),
  grading: gradingSchema.prefault({}),
  pace: paceSchema.prefault({}),
  /** Severity overrides per lint rule: `{ objective-count: off }`. */
  lint: z.record(z.string(), z.enum(['error', 'warning', 'off'])).optional(),
  repository: z
    .strictObject({
      /** e.g. https://github.com/acme/okrs; edit links go to <url>/edit/<branch>/<path>. */
      url: z.url(),
      branch: textSchema.default('main'),
      /** Where the content folder sits in the repository. */
      contentDir: textSchema.default('content'),
    })
    .optional(),
});

export type PeriodData = z.output<typeof periodSchema>;
export type Band = z.output<typeof bandSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
