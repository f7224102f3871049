import { monthNumber } from './numerals.ts';
import { beforeMonth, isoDate, monthEnd, yearOf, type PeriodRange } from './period.ts';

/**
 * Due phrases in a KR sentence. Reading (documented in docs/import.md):
 * - a point in time, then 前: by that point — 3月底前 → 03-31, 2月15日之前 → 02-15, 10月中旬之前 → 10-20;
 * - a whole month or quarter, then 前: before it begins — 12月之前 → 11-30, 在Q3前 → 06-30;
 * - 中旬 → the 20th, 上旬 and 月初 → the 10th, 下旬 / 月底 / 月末 / 结束 → the month's last day;
 * - Q1, 第一季度, Q1 结束 → 03-31; 上半年 → 06-30; 年底, 年内, 全年 → 12-31 of the period's year;
 * - X 月底前, X 月 X 日前: a placeholder due (X月底, X月X日).
 */
export interface DuePhrase {
  /** Where the phrase sits in the sentence. */
  index: number;
  length: number;
  /** As written, e.g. 3月底前. */
  text: string;
  /** A date (YYYY-MM-DD), or a placeholder (X月底) when the text has X. */
  date?: string;
  placeholder?: string;
  /** Why the phrase gave no date: it is relative to when the document was written (本月内). */
  vague?: boolean;
  /** Read as "before the month or quarter begins" (12月之前 → 11-30, 在Q3前 → 06-30). */
  before?: boolean;
}

const MONTH = '(\\d{1,2}|十[一二]?|[一二三四五六七八九]|[xX]{1,2})';
const BEFORE = '(之前|以前|前)?';
const LEAD = '(?:截止到?|截至|在|于|到)?\\s*';

type Resolve = (m: RegExpExecArray, year: number) => { date?: string; placeholder?: string; vague?: boolean; before?: boolean } | undefined;

const isX = (s: string) => /^[xX]+$/.test(s);
const squash = (s: string) => s.replace(/\s+/g, '').replace(/^(截止到?|截至|在|于|到)/, '');

const PATTERNS: { re: RegExp; resolve: Resolve }[] = [
  {
    // 2月15日之前, X 月 X 日前, xx 月 xx 日
    re: new RegExp(`${LEAD}${MONTH}\\s*月\\s*(\\d{1,2}|[xX]{1,2})\\s*[日号]\\s*${BEFORE}`, 'gu'),
    resolve: (m, y) => {
      if (isX(m[1]) || isX(m[2])) return { placeholder: squash(m[0]) };
      const month = monthNumber(m[1]);
      const day = Number(m[2]);
      return month && day >= 1 && day <= 31 ? { date: isoDate(y, month, day) } : undefined;
    },
  },
  {
    // 3月底前, 2月结束, 一月中旬, 11月初, X 月底前
    re: new RegExp(`${LEAD}${MONTH}\\s*月份?\\s*(底|末|结束|中旬|上旬|下旬|初|中)\\s*${BEFORE}`, 'gu'),
    resolve: (m, y) => {
      if (isX(m[1])) return { placeholder: squash(m[0]) };
      const month = monthNumber(m[1]);
      if (!month) return undefined;
      const when = m[2];
      if (when === '中旬' || when === '中') return { date: isoDate(y, month, 20) };
      if (when === '上旬' || when === '初') return { date: isoDate(y, month, 10) };
      return { date: monthEnd(y, month) };
    },
  },
  {
    // 12月之前, X 月前, 在 xx 月完成 (a month alone: by its end)
    re: new RegExp(`${LEAD}${MONTH}\\s*月份?(?![\\d份内度])\\s*${BEFORE}`, 'gu'),
    resolve: (m, y) => {
      if (isX(m[1])) return { placeholder: squash(m[0]) };
      const month = monthNumber(m[1]);
      if (!month) return undefined;
      return m[2] ? { date: beforeMonth(y, month), before: true } : { date: monthEnd(y, month) };
    },
  },
  {
    // Q1, Q1 结束, 在Q3前, 第一季度, 第一季度结束
    re: new RegExp(`(?<!\\d{4}\\s*)${LEAD}(?:Q\\s*([1-4])|第([一二三四1-4])季度)\\s*(结束|末|底)?\\s*${BEFORE}`, 'giu'),
    resolve: (m, y) => {
      const q = Number(m[1] ?? ({ 一: 1, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[m[2]] ?? m[2]);
      if (m[4] && !m[3]) return { date: q === 1 ? isoDate(y - 1, 12, 31) : monthEnd(y, (q - 1) * 3), before: true };
      return { date: monthEnd(y, q * 3) };
    },
  },
  { re: /上半年(?:结束)?\s*(?:之前|以前|前)?/gu, resolve: (_m, y) => ({ date: monthEnd(y, 6) }) },
  { re: /(?<![\d一二三四五六七八九十]\s*)(?:年底|年末|下半年|年内|全年)(?![度])/gu, resolve: (_m, y) => ({ date: monthEnd(y, 12) }) },
  { re: /本月内?|本季度|本周|下月末?|双月内|本年度/gu, resolve: () => ({ vague: true }) },
];

/** Every due phrase in the sentence, in reading order; overlapping matches keep the first pattern's. */
export function findDues(text: string, period: PeriodRange): DuePhrase[] {
  const year = yearOf(period);
  const found: DuePhrase[] = [];
  const taken = (i: number, n: number) => found.some((f) => i < f.index + f.length && f.index < i + n);
  for (const { re, resolve } of PATTERNS) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index + (m[0].length - m[0].trimStart().length);
      const written = m[0].trim();
      if (!written || taken(start, written.length)) continue;
      const r = resolve(m, year);
      if (r) found.push({ index: start, length: written.length, text: written, ...r });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
