// What the search page does with a query around Pagefind: quoted phrases, the key a person is matched by,
// how titles rank, and where a snippet starts.
import { describe, expect, it } from 'vitest';
import { containsPhrase, matchKey, parseQuery, phraseSnippet, snippetStart, titleRank } from '../../src/core/views/search-query.ts';

describe('parseQuery', () => {
  it('takes phrases in ASCII, Chinese and corner quotes, and keeps their words for Pagefind', () => {
    expect(parseQuery('"轻陪伴计划"')).toEqual({ phrases: ['轻陪伴计划'], term: '轻 陪伴 计划' });
    expect(parseQuery('“退费率”').phrases).toEqual(['退费率']);
    expect(parseQuery('「核心健康指标」 马长久')).toEqual({ phrases: ['核心健康指标'], term: '核心 健康 指标 马 长久' });
    expect(parseQuery('『AI Agent』').phrases).toEqual(['AI Agent']);
  });

  it('keeps Chinese quotes inside an ASCII-quoted phrase, as a KR title has them', () => {
    const title = '启动并跑通“结业后3个月轻陪伴计划”，将结业学员3个月内活跃留存率提升至40%。';
    expect(parseQuery(`"${title}"`).phrases).toEqual([title]);
  });

  it('has no phrase without quotes, and none made of punctuation alone', () => {
    expect(parseQuery('ma changjiu')).toEqual({ phrases: [], term: 'ma changjiu' });
    expect(parseQuery('"  "').phrases).toEqual([]);
    expect(parseQuery('，。').term).toBe('');
  });
});

describe('containsPhrase', () => {
  it('matches the phrase as written, ignoring width, case and spaces', () => {
    expect(containsPhrase('将“百万元投诉率”作为核心健康指标', '核心健康指标')).toBe(true);
    expect(containsPhrase('AI Agent 实际上岗率', 'ai agent实际上岗率')).toBe(true);
    expect(containsPhrase('留存率提升至４０％', '提升至40%')).toBe(true);
  });

  it('does not match the same words apart or in another order', () => {
    expect(containsPhrase('投诉下降 · 百万元 率', '投诉率')).toBe(false);
    expect(containsPhrase('健康指标的核心', '核心健康指标')).toBe(false);
  });
});

describe('matchKey', () => {
  it('reduces a name or pinyin to what identifies it', () => {
    expect(matchKey('Ma Changjiu')).toBe('machangjiu');
    expect(matchKey('ma-changjiu')).toBe('machangjiu');
    expect(matchKey(' 马长久 ')).toBe('马长久');
    expect(matchKey('MCJ')).toBe('mcj');
    expect(matchKey('Aaron姚涣')).toBe('aaron姚涣');
  });
});

describe('titleRank', () => {
  it('ranks a title that is the query, then one that begins with it, then one that contains it', () => {
    expect(titleRank('退费率', '退费率')).toBe(0);
    expect(titleRank('退费率', '退费')).toBe(1);
    expect(titleRank('百万元投诉率', '投诉率')).toBe(2);
    expect(titleRank('净营收', '退费')).toBe(3);
    expect(titleRank('服务满意度 (NPS)', 'nps')).toBe(2);
    expect(titleRank('anything', '，')).toBe(3);
  });
});

describe('snippets', () => {
  it('start at a word, never on closing or separating punctuation', () => {
    expect(snippetStart('，不含税，扣除退款')).toBe('不含税，扣除退款');
    expect(snippetStart(' · 市场与增长部')).toBe('市场与增长部');
    expect(snippetStart('）。、；：！？ 退费')).toBe('退费');
    // Opening quotes and brackets begin a phrase: they stay.
    expect(snippetStart('“结业后3个月轻陪伴计划”')).toBe('“结业后3个月轻陪伴计划”');
    expect(snippetStart('（示例）')).toBe('（示例）');
  });

  it('centre on a quoted phrase, from a whole word', () => {
    const content = '启动并跑通“结业后3个月轻陪伴计划”，将结业学员3个月内活跃留存率提升至40%。 · 谢媛 · 服务与交付部';
    const s = phraseSnippet(content, '活跃留存率')!;
    expect(s.match).toBe('活跃留存率');
    expect(`${s.before}${s.match}${s.after}`).toContain('3个月内活跃留存率提升至40%');
    expect(s.before).not.toMatch(/^[，。、·\s]/);
    expect(phraseSnippet(content, 'AI Agent')).toBeUndefined();
    expect(phraseSnippet('AI Agent 实际上岗率', 'agent实际')!.match).toBe('Agent 实际');
    // Near the beginning, from the beginning; further on, from the clause the phrase is in.
    expect(phraseSnippet(content, '轻陪伴计划')!.before).toBe('启动并跑通“结业后3个月');
    const far = phraseSnippet(`${'前文很长的一段话没有标点符号'.repeat(3)}，所服务用户的百万元投诉率强挂钩 · 马长久 ·`, '投诉率')!;
    expect(far.before).toBe('所服务用户的百万元');
    expect(far.after).toBe('强挂钩 · 马长久');
  });
});
