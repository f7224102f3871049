import { z } from 'zod';
import { parseAlignableRef } from '../refs.ts';

/** Custom checks carry a `kind` that friendly-errors.ts turns into a message with a fix. */
export function check(kind: string, extra: Record<string, unknown> = {}) {
  return { params: { kind, ...extra } };
}

// Coerce to string so numeric ids from YAML (2026) match string ids everywhere. Not .nan or .inf:
// they stay numbers, so the check says they are not numbers one can write (not "NaN" as a name).
const numberToString = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? String(v) : v);

/** The longest id: ids are folder and file names of the site, and a much longer one cannot be a file name. */
export const MAX_ID_LENGTH = 64;

/** An ASCII slug of at most 64 characters: lowercase letters, digits and dashes, e.g. `ma-changjiu`, `market`, `2026-q1`. */
export const idSchema = z.preprocess(
  numberToString,
  z.string().superRefine((s, ctx) => {
    if (s.length > MAX_ID_LENGTH) ctx.addIssue({ code: 'custom', input: s, ...check('id-length', { length: s.length }) });
    else if (!/^[a-z0-9][a-z0-9-]*$/.test(s)) ctx.addIssue({ code: 'custom', input: s, ...check('slug') });
  }),
);

/** A calendar date written YYYY-MM-DD, e.g. `2026-03-31`. */
export const dateSchema = z.string().refine(isRealDate, check('date'));

export function isRealDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]));
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3];
}

/** Non-empty text as editors write it. */
export const textSchema = z.preprocess(numberToString, z.string().trim().min(1));

/** A person, written by id, name or alias: `ma-changjiu`, `马长久` or `Aaron姚涣`. */
export const personRefSchema = textSchema;

/** One person or a list of people. */
export const peopleSchema = z.preprocess(
  (v) => (typeof v === 'string' ? [v] : v),
  z.array(personRefSchema),
);

/** A link in the one ref format: `bsc/nps`, `market/o1`, `market/o1/kr2`, `2026:market/o1`. */
export const refSchema = z.string().refine((s) => parseAlignableRef(s) !== undefined, check('ref'));

/** One ref or a list of refs. */
export const refsSchema = z.preprocess((v) => (typeof v === 'string' ? [v] : v), z.array(refSchema));

/** A relative weight, e.g. 15 (percent) or 1; only the ratios between siblings matter. */
export const weightSchema = z.number().positive();

/** Marks a value as illustrative, not measured: shown as 示例数据 on every page. */
export const sampleSchema = z.boolean().optional();
