/** Chinese numerals as documents write counts: 两位, 十场, 二十, 一百二十, 两万. */

const DIGITS: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const SMALL: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** Characters a Chinese numeral is written with (magnitudes 万/亿 are units, read by the caller). */
export const NUMERAL_CHARS = '零〇一二两三四五六七八九十百千';

/** The value of a numeral like 二十、一百二十、十; undefined when it is not one. */
export function chineseNumber(text: string): number | undefined {
  if (!text || [...text].some((c) => !(c in DIGITS) && !(c in SMALL))) return undefined;
  let total = 0;
  let digit: number | undefined;
  for (const c of text) {
    if (c in DIGITS) {
      if (digit !== undefined && digit !== 0) return undefined; // 二三 is not a number
      digit = DIGITS[c];
    } else {
      total += (digit ?? 1) * SMALL[c];
      digit = undefined;
    }
  }
  return total + (digit ?? 0);
}

const MONTHS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };

/** A month written 3 or 三 or 十二; undefined otherwise. */
export function monthNumber(text: string): number | undefined {
  const n = /^\d{1,2}$/.test(text) ? Number(text) : MONTHS[text];
  return n !== undefined && n >= 1 && n <= 12 ? n : undefined;
}
