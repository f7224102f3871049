import { isUnitLike } from './units.ts';

/**
 * Placeholders: real OKR documents write X where a number or a date is still to be agreed (≥X, X万元,
 * X%, +X%, X月底). They are valid content, never a value: nothing is scored from them, and the lint
 * rule `placeholder-target` names each one once.
 */

const COMPARATOR = '(?:≥|≤|>=|<=|>|<|＞|＜|不低于|不高于|不超过|超过|约)';
const NUMBER_PLACEHOLDER = new RegExp(`^(${COMPARATOR})?\\s*([+-]|＋|－)?\\s*([xX]{1,4})\\s*(.*?)\\s*$`, 'u');

export interface NumberPlaceholder {
  /** As written: `≥X`, `X万元`, `-X%`. */
  text: string;
  /** A relative placeholder (`+X%`, `-X`): a change on the baseline still to be decided. */
  sign?: 1 | -1;
  /** `%` when written as a percentage, else the unit written after the X (万元), if any. */
  unit?: string;
}

/** `X`, `xx`, `≥X`, `X万元`, `X%`, `+X%`, `X倍`, `X亿`; not `X产品` (a name, not an amount). */
export function parseNumberPlaceholder(written: string): NumberPlaceholder | undefined {
  const m = NUMBER_PLACEHOLDER.exec(written);
  if (!m) return undefined;
  const [, , sign, xs, suffix] = m;
  if (xs !== xs.toUpperCase() && xs !== xs.toLowerCase()) return undefined;
  if (suffix && suffix !== '%' && suffix !== '％' && !isUnitLike(suffix)) return undefined;
  const out: NumberPlaceholder = { text: written.trim() };
  if (sign) out.sign = sign === '-' || sign === '－' ? -1 : 1;
  if (suffix) out.unit = suffix === '％' ? '%' : suffix;
  return out;
}

const DATE_PLACEHOLDERS = [
  /^[xX]{1,2}$/,
  /^(?:20\d\d\s*年\s*)?[xX]{1,2}\s*月\s*(?:底|末|初|中|上旬|中旬|下旬)?\s*(?:前|之前)?$/u,
  /^(?:20\d\d\s*年\s*)?[xX]{1,2}\s*月\s*[xX\d]{1,2}\s*[日号]\s*(?:前|之前)?$/u,
  /^20\d\d-[xX]{2}(?:-[xX\d]{2})?$/,
  /^Q\s*[xX]$/i,
];

/** A date still to be decided: `X月`, `X月底`, `X月X日`, `2026-XX-XX`, `QX`. */
export function isDatePlaceholder(written: string): boolean {
  const s = written.trim();
  return DATE_PLACEHOLDERS.some((re) => re.test(s));
}
