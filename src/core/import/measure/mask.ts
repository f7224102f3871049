import { msg, type Msg } from '../../text.ts';
import type { DuePhrase } from './due.ts';

/** Filler for masked text: keeps every index in place, matches no number pattern. */
export const FILL = '□';

export type IgnoreReason = 'date' | 'year' | 'period' | 'code' | 'rank' | 'duration' | 'ordinal' | 'quoted' | 'aside' | 'phrase';

export const IGNORE_REASON: Record<IgnoreReason, Msg> = {
  date: msg('日期', 'a date'),
  year: msg('年份', 'a year'),
  period: msg('季度或半年', 'a quarter or half-year'),
  code: msg('编号或代号', 'a code or label'),
  rank: msg('排名', 'a rank'),
  duration: msg('时长或统计口径', 'a duration or a measurement window'),
  ordinal: msg('序数', 'an ordinal'),
  quoted: msg('引号或书名号中的名称', 'a quoted name'),
  aside: msg('括号中的说明', 'an aside in brackets'),
  phrase: msg('固定说法', 'a set phrase'),
};

export interface Ignored {
  text: string;
  reason: IgnoreReason;
}

const NUM = '(?:\\d+(?:\\.\\d+)?|[xX]{1,4}|[一二两三四五六七八九十百]+)';
const TIME = '(?:个工作日|个月|小时|分钟|天|日|周|月|年|秒)';

/** Look-alikes, in the order they are masked. Each names why it is not a target. */
const RULES: { reason: IgnoreReason; re: RegExp }[] = [
  { reason: 'quoted', re: /[“"「『《][^”"」』》]*[”"」』》]/gu },
  { reason: 'aside', re: /[（(][^）)]*[）)]/gu },
  { reason: 'year', re: /(?<![\d.,])(?:19|20)\d{2}(?:\s*(?:年度?|财年))?(?!\s*[\d%‰万亿千百元个人次家位名份条场篇套分倍小天周秒])/gu },
  { reason: 'period', re: /\bQ\s*[1-4]\b|\bH[12]\b|第?[一二三四1-4]季度|[上下]半年/gu },
  { reason: 'rank', re: /top\s*\d+\s*%?|(?:行业|市场|全球|全国|领域|排名|影响力)\s*前\s*[\d一二三四五六七八九十]+|(?:世界|行业|市场)第一/giu },
  { reason: 'ordinal', re: /第\s*[\d一二三四五六七八九十百]+\s*(?:个|名|位|次|期|周|月|年|批|轮|代|梯队|季)?|二次(?=\p{Script=Han})|一次性/gu },
  { reason: 'phrase', re: /(?<![\d.])0\s*[-到至~]\s*1(?![\d.%])/gu },
  { reason: 'code', re: /T\s*\+\s*\d+|[A-Za-z]+\d+(?:\.\d+)*(?:\s*\/\s*[A-Za-z]*\d+(?:\.\d+)*)*|(?<![\d.])\d+[A-VYZa-vyz]{1,3}(?![A-Za-z])/gu },
  { reason: 'duration', re: new RegExp(`(?<=[前后])\\s*${NUM}\\s*${TIME}`, 'gu') },
  {
    reason: 'duration',
    re: new RegExp(`(?<![至到在\\d.xX])${NUM}(?:\\s*[-到至~]\\s*${NUM})?\\s*${TIME}(?=\\s*(?:内|之内|以内|时间|后|之后|以来|大厂|新领域|行业|经验)|[^\\s，。,；;、]{0,6}?(?:率|度|留存|满意|活跃|发展|规划))`, 'gu'),
  },
];

/** The sentence with look-alikes and due phrases blanked out, and what was blanked, for the report. */
export function maskLookAlikes(text: string, dues: DuePhrase[]): { masked: string; ignored: Ignored[] } {
  let masked = text;
  const ignored: Ignored[] = [];
  const blank = (index: number, length: number) => {
    masked = masked.slice(0, index) + FILL.repeat(length) + masked.slice(index + length);
  };
  for (const d of dues) blank(d.index, d.length);
  for (const { reason, re } of RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      if (m[0].includes(FILL) && !/[\dxX一二两三四五六七八九十]/.test(m[0].replaceAll(FILL, ''))) continue;
      const original = text.slice(m.index, m.index + m[0].length);
      if (/[\dxX]|[一二两三四五六七八九十]/.test(original) || reason === 'quoted' || reason === 'aside') {
        if (/[\dxX]/.test(original) || /[一二两三四五六七八九十]/.test(original)) ignored.push({ text: original.trim(), reason });
      }
      blank(m.index, m[0].length);
    }
  }
  for (const d of dues) if (/\d|[xX]|[一二三四五六七八九十]/.test(d.text)) ignored.unshift({ text: d.text, reason: 'date' });
  return { masked, ignored: dedupe(ignored) };
}

function dedupe(items: Ignored[]): Ignored[] {
  const seen = new Set<string>();
  return items.filter((i) => (seen.has(i.text) ? false : (seen.add(i.text), true)));
}
