/**
 * Units are open text: an editor writes whatever the KR counts in (`%`, `万元`, `次/月`, `个工作日`,
 * `篇`). The units listed here are known: they format well, and magnitude words (万, 亿) scale so that
 * 12000 万元 reads 1.2 亿元. Any other unit is shown exactly as written.
 */

/** Written right after the number, without a space: 10%, 5‰. */
const TIGHT = new Set(['%', '％', '‰']);

/** Chinese magnitude words, largest first: 亿 = 10⁸, 万 = 10⁴ (千万 and 百万 are read as 万 multiples). */
const MAGNITUDES: { word: string; factor: number }[] = [
  { word: '亿', factor: 1e8 },
  { word: '千万', factor: 1e7 },
  { word: '百万', factor: 1e6 },
  { word: '万', factor: 1e4 },
];

/** The magnitudes a value is shown in, from the base unit up: 元 → 万元 → 亿元. */
const DISPLAY_STEPS = [1, 1e4, 1e8];
const STEP_WORD: Record<number, string> = { 1: '', 1e4: '万', 1e8: '亿' };

/** Units documented in docs/content-format.md; each one is shown as the table there says. */
export const KNOWN_UNITS = [
  '%', '‰', '分', '个', '人', '次', '天', '元', '万元', '亿元', '元/百万元', '倍', '万', '亿', '亿次', '万次', '万人',
  '美元', '万美元', '亿美元', '小时', '分钟', '秒', '个工作日', '周', '月', '家', '篇', '场', '名', '份', '次/月', '次/周',
] as const;

/** A unit read as magnitude × base: 万元 = 10⁴ 元, 亿次 = 10⁸ 次, 万 = 10⁴. Rates (次/月) have none. */
export function magnitudeOf(unit: string): { factor: number; base: string } | undefined {
  if (unit.includes('/')) return undefined;
  for (const { word, factor } of MAGNITUDES) {
    if (unit.startsWith(word)) return { factor, base: unit.slice(word.length) };
  }
  return undefined;
}

/** Whether text can stand as a unit after a number or X: a known unit, or a magnitude word with one. */
export function isUnitLike(text: string): boolean {
  const t = text.trim();
  if ((KNOWN_UNITS as readonly string[]).includes(t)) return true;
  const m = magnitudeOf(t);
  return m !== undefined && (m.base === '' || (KNOWN_UNITS as readonly string[]).includes(m.base));
}

function plain(n: number): string {
  const rounded = Math.round(n * 1000) / 1000;
  return Math.abs(rounded) >= 10_000 ? Math.round(rounded).toLocaleString('en-US') : String(rounded);
}

/** A value in the unit it was written in, for "how computed" (no rescaling): 1300 元/百万元, 20%. */
export function formatWritten(value: number, unit?: string): string {
  if (!unit) return plain(value);
  return TIGHT.has(unit) ? `${plain(value)}${unit}` : `${plain(value)} ${unit}`;
}

/**
 * A value with its unit as Chinese business writing does: 10%, 6 亿元, 85 分, 3 次/月; thousands
 * grouped. A magnitude unit moves to the step that keeps the number readable: 12000 万元 → 1.2 亿元,
 * 0.5 亿元 → 5000 万元.
 */
export function formatQuantity(value: number, unit?: string): string {
  const m = unit ? magnitudeOf(unit) : undefined;
  if (!m || !Number.isFinite(value) || value === 0) return formatWritten(value, unit);
  const amount = value * m.factor;
  const step = [...DISPLAY_STEPS].reverse().find((s) => Math.abs(amount) >= s) ?? 1;
  if (step === m.factor) return formatWritten(value, unit);
  const shown = `${STEP_WORD[step]}${m.base}`;
  return shown ? `${plain(amount / step)} ${shown}` : plain(amount / step);
}
