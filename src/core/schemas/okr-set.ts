import { z } from 'zod';
import { checkinSchema } from './checkin.ts';
import { check, idSchema, isRealDate, peopleSchema, refsSchema, sampleSchema, textSchema, weightSchema } from './common.ts';
import { measureSchema } from './measure.ts';
import { isDatePlaceholder } from '../placeholder.ts';

/** The scale of the self-assessment's three factors: whole numbers 1 (lowest) to 5 (highest). */
export const FACTOR_MIN = 1;
export const FACTOR_MAX = 5;

/** A factor of the self-assessment: a whole number from 1 to 5. */
export const factorSchema = z.number().refine((n) => Number.isInteger(n) && n >= FACTOR_MIN && n <= FACTOR_MAX, check('self-factor'));

/**
 * The end-of-period self-assessment (003: 完成程度、困难程度、努力程度). The owner weighs the three factors
 * into the score; the portal shows them beside it and never derives the score from them.
 */
export const selfAssessmentSchema = z.strictObject({
  /** 0–1; 0.7 is the sweet spot, 1.0 may mean the target was too safe. */
  score: z.number().min(0).max(1),
  /** 完成程度 1–5: how much of what the objective set out to do was done (1 almost nothing, 5 all of it). */
  completion: factorSchema.optional(),
  /** 困难程度 1–5: how hard it proved, given the market and the circumstances (1 easy, 5 very hard). */
  difficulty: factorSchema.optional(),
  /** 努力程度 1–5: how much of the result came from the team's own work rather than luck or others' help (1 little, 5 all). */
  effort: factorSchema.optional(),
  note: textSchema.optional(),
  /** An illustrative self-assessment (示例) in a set that is otherwise real. */
  sample: sampleSchema,
});

/**
 * A due date `2026-03-31`, a period id `2026-q1` meaning that period's end, or a date placeholder still
 * to be decided (`X月底`, counted as the period end and flagged by the lint).
 */
export const dueSchema = z.preprocess(
  (v) => (typeof v === 'number' ? String(v) : v),
  z.string().refine((s) => isRealDate(s) || isDatePlaceholder(s) || (/^[a-z0-9][a-z0-9-]*$/.test(s) && !/^\d{4}-\d{2}-\d{2}$/.test(s)), check('due')),
);

/**
 * Who may read an OKR set, objective or KR: `public` (the default: everyone who reads the site) or
 * `private` (only the full internal build, `npm run build -- --include-private`). A private set or
 * objective makes everything in it private.
 */
export const visibilitySchema = z.enum(['public', 'private']);

export const keyResultSchema = z.strictObject({
  /** Stable id within the objective, e.g. `kr1`; part of the permalink `market/o1/kr1`. */
  id: idSchema,
  /** The key result as written, e.g. 将"百万元投诉率"同比下降10%. */
  title: textSchema,
  /** Who answers for it: ids, names or aliases. */
  owners: peopleSchema.optional(),
  /** Who works on it with the owners (003: @相关责任人). */
  collaborators: peopleSchema.optional(),
  /** How progress is measured; without one the KR cannot be scored (lint: kr-unmeasurable). */
  measure: measureSchema.optional(),
  /** When it is due: a date, a period id or a placeholder (X月底); without it the period end applies (lint: kr-no-due). */
  due: dueSchema.optional(),
  weight: weightSchema.optional(),
  /** What it supports upwards: `bsc/nps`, `market/o1`, `sales/o2/kr1`. */
  alignsTo: refsSchema.optional(),
  /** 行动: how the team intends to get there. */
  actions: textSchema.optional(),
  checkins: z.array(checkinSchema).optional(),
  /**
   * `quarters`: in a year, the current value is the latest reading of the quarter KRs aligned to it
   * (the latest quarter first); its own check-ins count only while no quarter KR has one.
   */
  valueFrom: z.literal('quarters').optional(),
  selfAssessment: selfAssessmentSchema.optional(),
  /** `private`: left out of the public site, e.g. a KR about a deal not yet announced. Default `public`. */
  visibility: visibilitySchema.optional(),
});

export const objectiveSchema = z.strictObject({
  /** Stable id within the set, e.g. `o1`. */
  id: idSchema,
  /** A direction, not a number (lint: objective-is-metric), e.g. 【提升获客质量，保障财务健康线】. */
  title: textSchema,
  weight: weightSchema.optional(),
  /** BSC metrics or perspectives, or a parent objective or KR: `bsc/complaint-rate`, `market/o1`. */
  alignsTo: refsSchema.optional(),
  description: textSchema.optional(),
  /** `private`: the objective and all its KRs are left out of the public site. Default `public`. */
  visibility: visibilitySchema.optional(),
  keyResults: z.array(keyResultSchema),
});

export const okrSetSchema = z.strictObject({
  /** The owner: a department (id or name) or a person (id, name or alias), e.g. `market` or `马长久`. */
  owner: textSchema,
  /** A period id from settings, e.g. `2026` or `2026-q1`. */
  period: idSchema,
  title: textSchema.optional(),
  /** The BSC perspectives this set carries (承接BSC), e.g. `[customer, finance]`. */
  perspectives: z.array(idSchema).optional(),
  /** The whole set is illustrative (示例), not real OKRs: every page shows it as sample data. */
  sample: sampleSchema,
  /** `private`: the whole set (its page, its objectives and KRs) is left out of the public site. Default `public`. */
  visibility: visibilitySchema.optional(),
  objectives: z.array(objectiveSchema),
});

export type Visibility = z.output<typeof visibilitySchema>;
export type SelfAssessment = z.output<typeof selfAssessmentSchema>;
export type KeyResultData = z.output<typeof keyResultSchema>;
export type ObjectiveData = z.output<typeof objectiveSchema>;
export type OkrSetData = z.output<typeof okrSetSchema>;
export type OkrSetInput = z.input<typeof okrSetSchema>;
