import { z } from 'zod';
import { isDatePlaceholder, parseNumberPlaceholder } from '../placeholder.ts';
import { check, dateSchema, isRealDate, sampleSchema, textSchema } from './common.ts';

/**
 * The unit numbers are written in (20 means 20% when the unit is `%`): any text. Known units format
 * well and magnitude units scale (see units.ts and docs/content-format.md).
 */
export const unitSchema = textSchema;

/**
 * A target as written:
 * - `80`     the value to reach (提升至 80%)
 * - `-10%`   relative to the baseline (同比下降 10%, 较 2025 Q4 降 15%); `+50%` for 提升 50%
 * - `+5`     a change in the measure's unit relative to the baseline
 * - `X`      a placeholder still to be decided (`≥X`, `X万元`, `X%`, `+X%`): allowed, flagged by the lint
 */
export type Target =
  | { kind: 'value'; value: number }
  | { kind: 'change'; percent: number }
  | { kind: 'delta'; amount: number }
  | { kind: 'placeholder'; text: string; sign?: 1 | -1 };

/** The target as the editor wrote it, for messages. */
export function writtenTarget(t: Target): string {
  if (t.kind === 'placeholder') return t.text;
  if (t.kind === 'value') return String(t.value);
  const n = t.kind === 'change' ? t.percent : t.amount;
  return `${n < 0 ? '-' : '+'}${Math.abs(n)}${t.kind === 'change' ? '%' : ''}`;
}

const SIGN = '([+\\-−＋－])';
const CHANGE = new RegExp(`^${SIGN}\\s*(\\d+(?:\\.\\d+)?)\\s*[%％]$`);
const DELTA = new RegExp(`^${SIGN}\\s*(\\d+(?:\\.\\d+)?)$`);
const negative = (sign: string) => sign === '-' || sign === '−' || sign === '－';

export function parseTarget(written: number | string): Target | undefined {
  if (typeof written === 'number') return Number.isFinite(written) ? { kind: 'value', value: written } : undefined;
  const s = written.trim();
  const placeholder = parseNumberPlaceholder(s);
  if (placeholder) return { kind: 'placeholder', text: placeholder.text, ...(placeholder.sign ? { sign: placeholder.sign } : {}) };
  const change = CHANGE.exec(s);
  if (change) return { kind: 'change', percent: (negative(change[1]) ? -1 : 1) * Number(change[2]) };
  const delta = DELTA.exec(s);
  if (delta) return { kind: 'delta', amount: (negative(delta[1]) ? -1 : 1) * Number(delta[2]) };
  if (/^\d+(?:\.\d+)?$/.test(s)) return { kind: 'value', value: Number(s) };
  return undefined;
}

export const targetSchema = z
  .union([z.number(), z.string()])
  .refine((t) => parseTarget(t) !== undefined, check('target'))
  .transform((t) => parseTarget(t) as Target);

/** What a relative target is measured against. The value may still be unknown (`去年`) or a placeholder. */
export interface Baseline {
  value?: number;
  /** The placeholder written instead of the value (`X`). */
  placeholder?: string;
  /** What the baseline is: `去年`, `2025 Q4`; shown as 较去年. */
  label?: string;
  sample: boolean;
}

const baselineValueSchema = z
  .union([z.number(), z.string()])
  .refine((v) => typeof v === 'number' || parseNumberPlaceholder(v) !== undefined || /^\d+(?:\.\d+)?$/.test(v.trim()), check('baseline-value'));

/**
 * A baseline: `1300`; a label whose value is not known yet, `去年`; or
 * `{ value: 1300, label: 2025 同期, sample: true }` (value optional, may be the placeholder X).
 */
export const baselineSchema = z
  .union([
    z.number(),
    textSchema,
    z.strictObject({
      value: baselineValueSchema.optional(),
      label: textSchema.optional(),
      sample: sampleSchema,
    }),
  ])
  .refine((b) => typeof b !== 'object' || b.value !== undefined || b.label !== undefined, check('baseline-empty'))
  .transform((b): Baseline => {
    if (typeof b === 'number') return { value: b, sample: false };
    if (typeof b === 'string') {
      const v = readValue(b);
      return v.value !== undefined || v.placeholder ? { ...v, sample: false } : { label: b, sample: false };
    }
    return { ...(b.value === undefined ? {} : readValue(b.value)), ...(b.label ? { label: b.label } : {}), sample: b.sample ?? false };
  });

function readValue(v: number | string): { value?: number; placeholder?: string } {
  if (typeof v === 'number') return { value: v };
  const s = v.trim();
  if (/^\d+(?:\.\d+)?$/.test(s)) return { value: Number(s) };
  return parseNumberPlaceholder(s) ? { placeholder: s } : {};
}

const increaseSchema = z.strictObject({
  /** `increase`: higher is better, progress = (current − baseline) / (target − baseline). */
  type: z.literal('increase'),
  unit: unitSchema.optional(),
  /** Where it started; an absolute target without one counts from 0. */
  baseline: baselineSchema.optional(),
  target: targetSchema,
});

const decreaseSchema = z.strictObject({
  /** `decrease`: lower is better, progress = (baseline − current) / (baseline − target). */
  type: z.literal('decrease'),
  unit: unitSchema.optional(),
  /** Needed to score; until its value is known the KR is 无法计分 (lint: baseline-missing). */
  baseline: baselineSchema.optional(),
  target: targetSchema,
});

const atLeastSchema = z.strictObject({
  /** `at-least`: a guardrail, met (1) or not (0), e.g. 净利润率 ≥ 10%. */
  type: z.literal('at-least'),
  unit: unitSchema.optional(),
  target: targetSchema,
});

const atMostSchema = z.strictObject({
  /** `at-most`: a guardrail, met (1) or not (0), e.g. 违规率 ≤ 5%. */
  type: z.literal('at-most'),
  unit: unitSchema.optional(),
  target: targetSchema,
});

/** A date `2026-03-31`, or a date placeholder still to be decided (`X月底`). */
const stepDueSchema = z.string().refine((s) => isRealDate(s) || isDatePlaceholder(s), check('step-due'));

export const stepSchema = z
  .strictObject({
    title: textSchema,
    /** When the step is due; without one it takes the KR's due date. */
    due: stepDueSchema.optional(),
    /** `true`, or the date it was done (then it counts only from that date on). */
    done: z.union([z.boolean(), dateSchema]).optional(),
    sample: sampleSchema,
  })
  .transform(({ due, ...step }): Step => {
    if (due === undefined) return step;
    return isDatePlaceholder(due) ? { ...step, duePlaceholder: due } : { ...step, due };
  });

export interface Step {
  title: string;
  /** A real date; a placeholder due is kept in `duePlaceholder` and the step takes the KR's due. */
  due?: string;
  duePlaceholder?: string;
  done?: boolean | string;
  sample?: boolean;
}

const milestoneSchema = z.strictObject({
  /** `milestone`: progress = done steps / all steps. */
  type: z.literal('milestone'),
  steps: z.array(stepSchema).min(1),
});

const manualSchema = z.strictObject({
  /** `manual`: progress 0–1 entered in each check-in (`progress: 0.4`). */
  type: z.literal('manual'),
  /** How progress is judged, so readers can follow the number. */
  basis: textSchema.optional(),
});

/** +1 for a target above the baseline, −1 below, undefined for an absolute value or unsigned placeholder. */
function targetSign(t: Target): number | undefined {
  if (t.kind === 'change') return Math.sign(t.percent);
  if (t.kind === 'delta') return Math.sign(t.amount);
  if (t.kind === 'placeholder') return t.sign;
  return undefined;
}

export const measureSchema = z
  .discriminatedUnion('type', [increaseSchema, decreaseSchema, atLeastSchema, atMostSchema, milestoneSchema, manualSchema])
  .superRefine((m, ctx) => {
    if (m.type === 'milestone' || m.type === 'manual') return;
    const t = m.target;
    const sign = targetSign(t);
    if (sign !== undefined && (m.type === 'at-least' || m.type === 'at-most')) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t, params: { kind: 'guardrail-relative' } });
    }
    if (m.type !== 'increase' && m.type !== 'decrease') return;
    const direction = m.type === 'increase' ? 1 : -1;
    if (sign !== undefined && sign !== 0 && sign !== direction) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t, params: { kind: 'target-direction', type: m.type, written: writtenTarget(t) } });
    }
    if (t.kind === 'change' && m.baseline?.value === 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t, params: { kind: 'change-of-zero' } });
    }
    // An increase without a baseline counts from 0; a baseline whose value is unknown cannot be compared yet.
    const base = m.baseline ? m.baseline.value : m.type === 'increase' ? 0 : undefined;
    if (t.kind === 'value' && base !== undefined && (t.value - base) * direction <= 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t.value, params: { kind: 'target-vs-baseline', type: m.type, baseline: base } });
    }
  });

export type Measure = z.output<typeof measureSchema>;
export type MeasureInput = z.input<typeof measureSchema>;
export type MeasureType = Measure['type'];
