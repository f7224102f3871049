import { describe, expect, it } from 'vitest';
import { isDatePlaceholder, parseNumberPlaceholder } from '../../src/core/placeholder.ts';
import { measureSchema, type MeasureInput } from '../../src/core/schemas/measure.ts';
import { whyUnscored } from '../../src/core/scoring/target.ts';
import { formatQuantity, formatWritten, isUnitLike, magnitudeOf } from '../../src/core/units.ts';
import { describeTarget } from '../../src/core/views/format.ts';

describe('formatQuantity', () => {
  it.each<[number, string | undefined, string]>([
    [20, '%', '20%'],
    [5, '‰', '5‰'],
    [85, '分', '85 分'],
    [6, '亿元', '6 亿元'],
    [4.5, '万元', '4.5 万元'],
    [12000, '万元', '1.2 亿元'],
    [0.5, '亿元', '5000 万元'],
    [0.3, '万元', '3000 元'],
    [15000, '万', '1.5 亿'],
    [0.8, '万', '8000'],
    [1, '亿次', '1 亿次'],
    [30000, '万次', '3 亿次'],
    [3, '千万', '3000 万'],
    [3, '次/月', '3 次/月'],
    [2, '个工作日', '2 个工作日'],
    [1.5, '小时', '1.5 小时'],
    [10000, '人', '10,000 人'],
    [12, undefined, '12'],
    [0, '万元', '0 万元'],
    [7, '篇文章', '7 篇文章'],
  ])('%d %s → %s', (value, unit, shown) => {
    expect(formatQuantity(value, unit)).toBe(shown);
  });

  it('keeps the written unit for "how computed"', () => {
    expect(formatWritten(12000, '万元')).toBe('12,000 万元');
    expect(formatWritten(1300, '元/百万元')).toBe('1300 元/百万元');
  });

  it('reads magnitude words, never in rates', () => {
    expect(magnitudeOf('亿元')).toEqual({ factor: 1e8, base: '元' });
    expect(magnitudeOf('万')).toEqual({ factor: 1e4, base: '' });
    expect(magnitudeOf('万次/月')).toBeUndefined();
    expect(magnitudeOf('元')).toBeUndefined();
  });

  it('knows what can stand as a unit after X', () => {
    for (const u of ['万元', '%', '倍', '亿', '亿美元', '千万', '个']) expect(isUnitLike(u), u).toBe(true);
    for (const u of ['产品', '产品线', '服务模式', '']) expect(isUnitLike(u), u).toBe(false);
  });
});

describe('placeholders', () => {
  it.each(['X', 'x', 'xx', 'XX', '≥X', '≥ X', 'X万元', 'X%', 'X％', 'X倍', 'X亿', '+X%', '-X', '不低于X分', '超过 X%'])('%j is a number placeholder', (s) => {
    expect(parseNumberPlaceholder(s)).toBeDefined();
  });

  it.each(['X产品', 'xx 产品线', 'XX 服务模式', 'Xx', 'X1', '10', 'Top X', 'XXXXX'])('%j is not', (s) => {
    expect(parseNumberPlaceholder(s)).toBeUndefined();
  });

  it.each(['X', 'X月', 'X月底', 'X 月底前', 'xx月中旬', 'X月X日', '2026年X月', '2026-XX-XX', '2026-XX', 'QX'])('%j is a date placeholder', (s) => {
    expect(isDatePlaceholder(s)).toBe(true);
  });

  it.each(['2026-03-31', '3月底', 'X产品', '2026-q1', 'X月到岗了吗'])('%j is not a date placeholder', (s) => {
    expect(isDatePlaceholder(s)).toBe(false);
  });
});

describe('describeTarget', () => {
  const describeOf = (m: MeasureInput) => describeTarget(measureSchema.parse(m));

  it.each<[MeasureInput, string, string]>([
    [{ type: 'decrease', baseline: '去年', target: '-10%' }, '较去年 −10%', '−10% on 去年'],
    [{ type: 'decrease', unit: '元/百万元', baseline: { value: 1200, label: '2025 Q4' }, target: '-15%' }, '较 2025 Q4 −15%（= 1020 元/百万元）', '−15% on 2025 Q4 (= 1020 元/百万元)'],
    [{ type: 'increase', unit: '万元', baseline: 12, target: '+15%' }, '较基线 +15%（= 13.8 万元）', '+15% on the baseline (= 13.8 万元)'],
    [{ type: 'increase', baseline: '上期', target: '+X%' }, '较上期 +X%（待定）', '+X% on 上期 (to be decided)'],
    [{ type: 'increase', unit: '万元', target: 15000 }, '提升至 1.5 亿元', 'raise to 1.5 亿元'],
    [{ type: 'increase', unit: '万元', target: 'X万元' }, '提升至 X万元（待定）', 'raise to X万元 (to be decided)'],
    [{ type: 'at-least', unit: '分', target: '≥X' }, '≥ X（待定）', '≥ X (to be decided)'],
    [{ type: 'at-most', unit: '%', target: 5 }, '≤ 5%', '≤ 5%'],
    [{ type: 'decrease', unit: '%', target: 5 }, '降至 5%', 'lower to 5%'],
  ])('%j', (m, zh, en) => {
    expect(describeOf(m)).toEqual({ zh, en });
  });
});

describe('whyUnscored', () => {
  const why = (m: MeasureInput) => whyUnscored(measureSchema.parse(m))?.zh;

  it('names the missing baseline, the placeholder, or nothing when it can be scored', () => {
    expect(why({ type: 'decrease', baseline: '去年', target: '-10%' })).toBe('无法计分：缺少基线（去年）的数值。');
    expect(why({ type: 'decrease', target: 5 })).toBe('无法计分：缺少基线的数值。');
    expect(why({ type: 'decrease', baseline: { value: 'X', label: '2025' }, target: '-10%' })).toBe('无法计分：基线（2025）还是占位符 X。');
    expect(why({ type: 'at-least', target: 'X' })).toBe('目标是占位符，尚不能计算进度。');
    expect(why({ type: 'decrease', baseline: 12, target: 5 })).toBeUndefined();
    expect(why({ type: 'milestone', steps: [{ title: 'a' }] })).toBeUndefined();
  });
});
