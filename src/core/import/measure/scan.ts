import { FILL } from './mask.ts';
import { chineseNumber, NUMERAL_CHARS } from './numerals.ts';

/**
 * Number-like tokens of a masked KR sentence and the words around them. Nothing here decides what the
 * KR measures (infer.ts does); this only reads what is written: 10%, 两位, 20+, 1 到 2 名, ≥X, 1 亿次.
 */
export interface Candidate {
  index: number;
  end: number;
  /** As written, e.g. `10%`, `两位`, `1 亿次`. */
  text: string;
  value?: number;
  /** The letters of a placeholder: X, xx, xxxx. */
  placeholder?: string;
  /** The other end of a range (1 到 2 名 → 2). */
  upTo?: number;
  unit?: string;
  /** Written with a plus: 20+, 5w+. */
  plus: boolean;
  /** The unit counts things (个, 位, 名, 次, 场…): a count of things done. */
  count: boolean;
  /** Chinese 一 before a counter (一名, 一套): an article, not an amount, unless a cue says otherwise. */
  article: boolean;
  clause: number;
  /** Masked text of the clause before and after the token. */
  before: string;
  after: string;
}

const COUNTERS = '个位名人家次场条份篇套支款项件本期批轮门台笔单张页';
const BASE_UNITS = ['个工作日', '个百分点', '小时', '分钟', '美元', '美金', '人次', '元', '倍', '分', '秒', '天', '周', '日', '%', '‰', ...COUNTERS, '客户', '用户'];
const MAGNITUDE = /^\s*(个亿|个万|千万|百万|亿|万|千|[wW](?![A-Za-z]))/u;
const RATE = /^\s*\/\s*(天|日|周|月|年|人|次|场|单)/u;
const NUMBER = new RegExp(String.raw`(?<![\d.,A-Za-z])(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|(?<![A-Za-z])[xX]{1,4}(?![A-Za-z])|[${NUMERAL_CHARS}]+`, 'gu');
/** After a placeholder, a word that makes it a name (X产品, xx 产品线) rather than an amount. */
const NAME_AFTER = /^\s*\p{Script=Han}/u;
const CLAUSE_END = /[，,；;。！!？?、]/u;

const toNumber = (s: string) => (/^[\d,.]+$/.test(s) ? Number(s.replaceAll(',', '')) : chineseNumber(s));

/** Read a unit written after a number: %, 万元, 亿次, 个, 万/天, 个亿 (→ 亿). */
function readUnit(rest: string): { unit?: string; length: number } {
  let length = 0;
  let unit = '';
  const mag = MAGNITUDE.exec(rest);
  if (mag) {
    unit += { 个亿: '亿', 个万: '万', w: '万', W: '万' }[mag[1]] ?? mag[1];
    length += mag[0].length;
  }
  const tail = rest.slice(length);
  const spaced = /^\s*/.exec(tail)![0].length;
  const base = BASE_UNITS.find((u) => tail.slice(spaced).startsWith(u));
  // 日 before 均/常 (日均) and 分 before 享/析 (分享) are words, not units.
  if (base && !/^(?:日[均常]|分[享析布配])/.test(tail.slice(spaced))) {
    unit += base === '美金' ? '美元' : base;
    length += spaced + base.length;
  }
  const rate = unit ? RATE.exec(rest.slice(length)) : undefined;
  if (rate) {
    unit += `/${rate[1]}`;
    length += rate[0].length;
  }
  return { unit: unit || undefined, length };
}

function clauseBounds(text: string, index: number): { start: number; end: number; clause: number } {
  let start = index;
  while (start > 0 && !CLAUSE_END.test(text[start - 1])) start--;
  let end = index;
  while (end < text.length && !CLAUSE_END.test(text[end])) end++;
  const clause = [...text.slice(0, start)].filter((c) => CLAUSE_END.test(c)).length;
  return { start, end, clause };
}

/** Every amount-like token in the masked sentence, in reading order. */
export function scanCandidates(masked: string): Candidate[] {
  const out: Candidate[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(masked); m; m = NUMBER.exec(masked)) {
    const written = m[0];
    const isX = /^[xX]+$/.test(written);
    const isChinese = chineseNumber(written) !== undefined;
    let end = m.index + written.length;
    let value = isX ? undefined : toNumber(written);
    if (!isX && value === undefined) continue;
    let { unit, length } = readUnit(masked.slice(end));
    // A range: 2-3 个, 1 到 2 名, 90-92%, 12%-14%.
    let upTo: number | undefined;
    const range = /^\s*[-~～到至]\s*(\d+(?:\.\d+)?|[一二两三四五六七八九十]+)/u.exec(masked.slice(end + length));
    if (range && !isX) {
      const second = toNumber(range[1]);
      const after = readUnit(masked.slice(end + length + range[0].length));
      if (second !== undefined && second > (value ?? 0) && (after.unit || unit) && (!unit || !after.unit || after.unit === unit)) {
        upTo = second;
        unit = unit ?? after.unit;
        length += range[0].length + after.length;
      }
    }
    if (isChinese && !unit) continue; // 三方, 一流: not amounts
    end += length;
    let plus = false;
    const plusMatch = /^\s*\+/.exec(masked.slice(end));
    if (plusMatch) {
      plus = true;
      end += plusMatch[0].length;
      if (!unit) {
        const late = readUnit(masked.slice(end));
        unit = late.unit;
        end += late.length;
      }
    }
    if (isX && !unit && NAME_AFTER.test(masked.slice(end)) && !/[≥≤><=至到达为]\s*$/.test(masked.slice(0, m.index))) continue;
    const bounds = clauseBounds(masked, m.index);
    const baseUnit = unit?.replace(/^(亿|万|千万|百万|千)/, '').replace(/\/.*$/, '');
    out.push({
      index: m.index,
      end,
      text: masked.slice(m.index, end).trim(),
      ...(value !== undefined ? { value } : { placeholder: written }),
      ...(upTo !== undefined ? { upTo } : {}),
      ...(unit ? { unit } : {}),
      plus,
      count: !!baseUnit && COUNTERS.includes(baseUnit) && baseUnit.length === 1,
      article: isChinese && written === '一',
      clause: bounds.clause,
      before: masked.slice(bounds.start, m.index).replaceAll(FILL, ' '),
      after: masked.slice(end, bounds.end).replaceAll(FILL, ' '),
    });
  }
  return out;
}
