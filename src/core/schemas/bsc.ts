import { z } from 'zod';
import { checkinSchema } from './checkin.ts';
import { check, idSchema, peopleSchema, textSchema, weightSchema } from './common.ts';
import { measureSchema, unitSchema } from './measure.ts';

export const perspectiveSchema = z.strictObject({
  /** e.g. `finance`; linked as `bsc/finance`. */
  id: idSchema,
  /** e.g. 财务. */
  name: textSchema,
  nameEn: textSchema.optional(),
  /** Percent of the company score; all perspectives sum to 100. */
  weight: weightSchema,
  description: textSchema.optional(),
});

/** new / replaced / kept, as 001 marks metrics 🆕 / 🔄 / 保留. */
export const changeSchema = z.strictObject({
  kind: z.enum(['new', 'replaced', 'kept']),
  /** For `replaced`: the metric it replaces, e.g. 新课成功上线数. */
  replaces: textSchema.optional(),
  /** The weight in the previous version, e.g. 20. */
  previousWeight: z.number().nonnegative().optional(),
});

export const metricSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  nameEn: textSchema.optional(),
  /** The perspective id it belongs to. */
  perspective: idSchema,
  /** Percent of the company score; a perspective's metrics sum to its weight (15 + 15 = 30). */
  weight: weightSchema,
  /** 定义. */
  definition: textSchema,
  /** 计算方法. */
  formula: textSchema,
  owners: peopleSchema,
  measure: measureSchema,
  /** 修正理由. */
  rationale: textSchema.optional(),
  change: changeSchema.optional(),
  checkins: z.array(checkinSchema).optional(),
});

/** A guard indicator: no weight, but hedge rules read it (001: 退费率). */
export const guardSchema = z.strictObject({
  id: idSchema,
  name: textSchema,
  nameEn: textSchema.optional(),
  definition: textSchema.optional(),
  unit: unitSchema,
  owners: peopleSchema.optional(),
  checkins: z.array(checkinSchema).optional(),
});

/** The longest lag a cause may state, in weeks: a year. */
export const MAX_LAG_WEEKS = 52;

/**
 * A cause-effect edge of the strategy map: `from` drives `to`. Direction is about improvement, not raw
 * rises: `same` (the default) means that when the driver gets better the outcome gets better, whatever way
 * each one's measure counts better (a falling 投诉率 is better); `opposite` means it gets worse.
 */
export const causeSchema = z.strictObject({
  from: idSchema,
  to: idSchema,
  /** Why the link holds, e.g. AI 真的在干活，释放了人力. */
  why: textSchema.optional(),
  /** `same` (default): the driver improves, the outcome improves; `opposite`: the outcome gets worse. */
  direction: z.enum(['same', 'opposite']).optional(),
  /** Weeks the outcome takes to follow the driver: a whole number 0–52, default 0 (the same week). */
  lag: z.custom<number>((v) => Number.isInteger(v) && (v as number) >= 0 && (v as number) <= MAX_LAG_WEEKS, check('lag', { max: MAX_LAG_WEEKS })).optional(),
});

export const COMPARATORS = ['>', '>=', '<', '<=', '='] as const;

/**
 * A hedge rule as data, never code: when <metric or guard> <op> <value>, then scale a perspective or
 * metric score by k, or set it to a value (0 = 归零).
 */
export const hedgeSchema = z.strictObject({
  id: idSchema,
  when: z.strictObject({ ref: idSchema, op: z.enum(COMPARATORS), value: z.number() }),
  then: z.union([
    z.strictObject({ scale: idSchema, by: z.number().min(0).max(1) }),
    z.strictObject({ set: idSchema, to: z.number().min(0).max(1) }),
  ]),
  /** The rule as 001 words it. */
  note: textSchema.optional(),
});

export const bscSchema = z.strictObject({
  period: idSchema,
  title: textSchema,
  /** 修正原则. */
  principle: textSchema.optional(),
  perspectives: z.array(perspectiveSchema).min(1),
  metrics: z.array(metricSchema).min(1),
  guards: z.array(guardSchema).optional(),
  causes: z.array(causeSchema).optional(),
  hedges: z.array(hedgeSchema).optional(),
});

export type PerspectiveData = z.output<typeof perspectiveSchema>;
export type MetricData = z.output<typeof metricSchema>;
export type GuardData = z.output<typeof guardSchema>;
export type CauseData = z.output<typeof causeSchema>;
export type HedgeData = z.output<typeof hedgeSchema>;
export type BscData = z.output<typeof bscSchema>;
export type BscInput = z.input<typeof bscSchema>;
