import { z } from 'zod';
import { DEFAULT_MAX_FILE_BYTES } from '../yaml-limits.ts';
import { check, dateSchema, idSchema, textSchema } from './common.ts';

export const periodSchema = z.strictObject({
  /** e.g. `2026` or `2026-q1`; used in URLs and refs (`2026:market/o1`). */
  id: idSchema,
  /** e.g. 2026 年度, 2026 Q1. */
  name: textSchema,
  /** English name for /en/ pages, e.g. FY 2026; the name is used where there is none. */
  nameEn: textSchema.optional(),
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
  /** A KR not done whose latest update is more than this many days before asOf is 待更新 (the handbook asks for weekly updates). */
  staleAfterDays: z.number().int().min(1).default(14),
});

/** What is wrong with a `[min, max]` count range, if anything. */
export function countRangeProblem(value: unknown): 'shape' | 'integers' | 'order' | undefined {
  if (!Array.isArray(value) || value.length !== 2) return 'shape';
  if (!value.every((n) => typeof n === 'number' && Number.isInteger(n) && n > 0)) return 'integers';
  return value[0] <= value[1] ? undefined : 'order';
}

/** `[min, max]`: two positive whole numbers, min ≤ max. */
function countRange(defaults: [number, number]) {
  return z.custom<[number, number]>().superRefine((value, ctx) => {
    const problem = countRangeProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', input: value, ...check('count-range', { problem }) });
  }).default(defaults);
}

/** Seed 003: "O 的建议数量为 3-5 个". */
export const DEFAULT_OBJECTIVES_PER_OWNER: [number, number] = [3, 5];
/** Seeds 003/004: "每个 O 对应的 KR 控制在 3 个左右", 3–5 best, one alone "只看一个维度". */
export const DEFAULT_KRS_PER_OBJECTIVE: [number, number] = [2, 5];

export const SEVERITY_SETTINGS = ['error', 'warning', 'off'] as const;
export type SeveritySetting = (typeof SEVERITY_SETTINGS)[number];

/**
 * The OKR-quality lint: the two count ranges, and per rule id a severity (`objective-count: off`).
 * Rule ids and severities are checked by the loader against the rule list (`unknown-rule`).
 */
export const lintSchema = z.object({
  /** How many objectives an OKR set (one owner, one period) should have: `[min, max]`. */
  objectivesPerOwner: countRange(DEFAULT_OBJECTIVES_PER_OWNER),
  /** How many key results an objective should have: `[min, max]`. */
  keyResultsPerObjective: countRange(DEFAULT_KRS_PER_OBJECTIVE),
}).catchall(z.unknown());

export const settingsSchema = z.strictObject({
  /** 公司名称. */
  company: textSchema,
  companyEn: textSchema.optional(),
  /** The language the content is written in; pages mark it so screen readers and search read it right. */
  locale: z.enum(['zh-CN', 'en']).default('zh-CN'),
  periods: z.array(periodSchema).min(1),
  /** The period the home page shows; by default the longest period containing asOf (else the latest one). */
  currentPeriod: idSchema.optional(),
  /** The date scores are computed for; leave it out to use the build date. */
  asOf: dateSchema.optional(),
  grading: gradingSchema.prefault({}),
  pace: paceSchema.prefault({}),
  /** Lint thresholds and severity overrides per rule: `{ objectivesPerOwner: [3, 5], objective-count: off }`. */
  lint: lintSchema.prefault({}),
  /** What the check reads: a content file larger than `maxFileBytes` (default 2 MB) is reported, not read. */
  limits: z.strictObject({ maxFileBytes: z.number().int().positive().default(DEFAULT_MAX_FILE_BYTES) }).prefault({}),
  /**
   * The repository the content lives in, for the 编辑此页 and 更新进展 links. Leave it out and pages show
   * no edit links at all (never a dead one).
   */
  repository: z
    .strictObject({
      /** e.g. https://github.com/acme/okrs; on GitHub, edit links go to <url>/edit/<branch>/<contentDir>/<file>#L<line>. */
      url: z.url().optional(),
      branch: textSchema.default('main'),
      /** Where the content folder sits in the repository. */
      contentDir: textSchema.default('content'),
      /**
       * The web editor's address for any host, with `{path}` (the file within the content folder) and
       * `{line}`: https://gitlab.example.com/acme/okrs/-/edit/main/content/{path}#L{line}. Wins over `url`.
       */
      editUrl: textSchema.optional(),
    })
    .optional(),
});

export type PeriodData = z.output<typeof periodSchema>;
export type Band = z.output<typeof bandSchema>;
export type Settings = z.output<typeof settingsSchema>;
export type LintSettings = z.output<typeof lintSchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
