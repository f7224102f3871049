import { z } from 'zod';
import { check, dateSchema, sampleSchema, textSchema } from './common.ts';

/** Units a measure may use; numbers are written in the unit (20 means 20%). */
export const UNITS = ['%', '‰', '分', '个', '人', '次', '天', '元', '万元', '亿元', '元/百万元', '倍'] as const;
export const unitSchema = z.enum(UNITS);
export type Unit = (typeof UNITS)[number];

/**
 * A target as written:
 * - `80`     the value to reach (提升至 80%)
 * - `-10%`   relative to the baseline (同比下降 10%, 较 2025 Q4 降 15%); `+50%` for 提升 50%
 * - `+5`     a change in the measure's unit relative to the baseline
 * - `X`      a placeholder still to be decided: allowed, and flagged by the lint
 */
export type Target =
  | { kind: 'value'; value: number }
  | { kind: 'change'; percent: number }
  | { kind: 'delta'; amount: number }
  | { kind: 'placeholder'; text: string };

/** The target as the editor wrote it, for messages. */
export function writtenTarget(t: Target): string {
  if (t.kind === 'placeholder') return t.text;
  if (t.kind === 'value') return String(t.value);
  const n = t.kind === 'change' ? t.percent : t.amount;
  return `${n < 0 ? '-' : '+'}${Math.abs(n)}${t.kind === 'change' ? '%' : ''}`;
}

export function parseTarget(written: number | string): Target | undefined {
  if (typeof written === 'number') return { kind: 'value', value: written };
  const s = written.trim();
  if (/^[≥≤><=]*\s*[xX]+$/.test(s)) return { kind: 'placeholder', text: s };
  const change = /^([+-])\s*(\d+(?:\.\d+)?)\s*[%％]$/.exec(s);
  if (change) return { kind: 'change', percent: (change[1] === '-' ? -1 : 1) * Number(change[2]) };
  const delta = /^([+-])\s*(\d+(?:\.\d+)?)$/.exec(s);
  if (delta) return { kind: 'delta', amount: (delta[1] === '-' ? -1 : 1) * Number(delta[2]) };
  if (/^\d+(?:\.\d+)?$/.test(s)) return { kind: 'value', value: Number(s) };
  return undefined;
}

export const targetSchema = z
  .union([z.number(), z.string()])
  .refine((t) => parseTarget(t) !== undefined, check('target'))
  .transform((t) => parseTarget(t) as Target);

/** A measured value: `1.2`, or with a label and a sample flag: `{ value: 1.2, label: 2025 Q4, sample: true }`. */
export const observedSchema = z
  .union([
    z.number(),
    z.strictObject({
      value: z.number(),
      /** What the value is, e.g. `2025 Q4` or `2025 全年`; shown as 较 2025 Q4. */
      label: textSchema.optional(),
      sample: sampleSchema,
    }),
  ])
  .transform((v) => (typeof v === 'number' ? { value: v, sample: false } : { ...v, sample: v.sample ?? false }));
export type Observed = z.output<typeof observedSchema>;

const increaseSchema = z.strictObject({
  /** `increase`: higher is better, progress = (current − baseline) / (target − baseline). */
  type: z.literal('increase'),
  unit: unitSchema,
  /** Where the year started; defaults to 0 for an absolute target. */
  baseline: observedSchema.optional(),
  target: targetSchema,
});

const decreaseSchema = z.strictObject({
  /** `decrease`: lower is better, progress = (baseline − current) / (baseline − target). */
  type: z.literal('decrease'),
  unit: unitSchema,
  baseline: observedSchema,
  target: targetSchema,
});

const atLeastSchema = z.strictObject({
  /** `at-least`: a guardrail, met (1) or not (0), e.g. 净利润率 ≥ 10%. */
  type: z.literal('at-least'),
  unit: unitSchema,
  target: targetSchema,
});

const atMostSchema = z.strictObject({
  /** `at-most`: a guardrail, met (1) or not (0), e.g. 违规率 ≤ 5%. */
  type: z.literal('at-most'),
  unit: unitSchema,
  target: targetSchema,
});

export const stepSchema = z.strictObject({
  title: textSchema,
  due: dateSchema.optional(),
  /** `true`, or the date it was done (then it counts only from that date on). */
  done: z.union([z.boolean(), dateSchema]).optional(),
  sample: sampleSchema,
});
export type Step = z.output<typeof stepSchema>;

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

export const measureSchema = z
  .discriminatedUnion('type', [increaseSchema, decreaseSchema, atLeastSchema, atMostSchema, milestoneSchema, manualSchema])
  .superRefine((m, ctx) => {
    if (m.type === 'milestone' || m.type === 'manual') return;
    const t = m.target;
    const relative = t.kind === 'change' || t.kind === 'delta';
    if (relative && (m.type === 'at-least' || m.type === 'at-most')) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t, params: { kind: 'guardrail-relative' } });
    }
    if (m.type !== 'increase' && m.type !== 'decrease') return;
    const direction = m.type === 'increase' ? 1 : -1;
    const step = t.kind === 'change' ? t.percent : t.kind === 'delta' ? t.amount : undefined;
    if (step !== undefined && Math.sign(step) !== direction) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t, params: { kind: 'target-direction', type: m.type, written: writtenTarget(t) } });
    }
    if (relative && !m.baseline) {
      ctx.addIssue({ code: 'custom', path: ['baseline'], params: { kind: 'baseline-needed', written: writtenTarget(t) } });
    }
    if (t.kind === 'change' && m.baseline?.value === 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t, params: { kind: 'change-of-zero' } });
    }
    const base = m.baseline?.value ?? 0;
    if (t.kind === 'value' && (t.value - base) * direction <= 0) {
      ctx.addIssue({ code: 'custom', path: ['target'], input: t.value, params: { kind: 'target-vs-baseline', type: m.type, baseline: base } });
    }
  });

export type Measure = z.output<typeof measureSchema>;
export type MeasureInput = z.input<typeof measureSchema>;
export type MeasureType = Measure['type'];
