import { describe, expect, it } from 'vitest';
import { findMentionTokens, linkMentionsInHtml, matchMention, splitMentions } from '../../src/core/mentions.ts';
import { NameIndex } from '../../src/core/name-index.ts';

/** The names @mentions may use, as the directory indexes them. */
const NAMES: Record<string, string[]> = {
  马长久: ['ma-changjiu'],
  'ma-changjiu': ['ma-changjiu'],
  马长: ['ma-chang'],
  Aaron姚涣: ['yao-huan'],
  Aaron: ['yao-huan', 'aaron-li'],
  张三: ['zhang-san'],
};
const lookup = (name: string) => NAMES[name] ?? [];

describe('findMentionTokens', () => {
  it('finds each @ and the name characters after it', () => {
    expect(findMentionTokens('由 @马长久负责，@ma-changjiu 跟进')).toEqual([
      { index: 2, token: '马长久负责' },
      { index: 9, token: 'ma-changjiu' },
    ]);
  });

  it('stops at punctuation and spaces', () => {
    expect(findMentionTokens('@张三。@Aaron姚涣, (@张三)')).toEqual([
      { index: 0, token: '张三' },
      { index: 4, token: 'Aaron姚涣' },
      { index: 15, token: '张三' },
    ]);
  });

  it('an e-mail address is not a mention', () => {
    expect(findMentionTokens('写信给 zhang.san@example.com 或 li+si@example.com')).toEqual([]);
  });

  it('an @ with nothing after it is not a mention', () => {
    expect(findMentionTokens('@ 张三 @')).toEqual([]);
  });

  it('an @ after Chinese text still is a mention', () => {
    expect(findMentionTokens('请@张三确认')).toEqual([{ index: 1, token: '张三确认' }]);
  });
});

describe('matchMention', () => {
  it('takes the longest known prefix: @马长久负责 is 马长久', () => {
    expect(matchMention('马长久负责', lookup)).toEqual({ kind: 'person', id: 'ma-changjiu', length: 3 });
  });

  it('prefers the longer name over a shorter one it starts with', () => {
    expect(matchMention('Aaron姚涣说', lookup)).toEqual({ kind: 'person', id: 'yao-huan', length: 7 });
  });

  it('matches an id', () => {
    expect(matchMention('ma-changjiu', lookup)).toEqual({ kind: 'person', id: 'ma-changjiu', length: 11 });
  });

  it('reports a name shared by several people as ambiguous', () => {
    expect(matchMention('Aaron说', lookup)).toEqual({ kind: 'ambiguous', ids: ['yao-huan', 'aaron-li'], length: 5 });
  });

  it('reports an unknown name', () => {
    expect(matchMention('王五', lookup)).toEqual({ kind: 'unknown' });
  });
});

describe('splitMentions', () => {
  it('splits text into plain runs and resolved mentions', () => {
    expect(splitMentions('由@马长久负责，@张三 协同。', lookup)).toEqual([
      { text: '由' },
      { text: '@马长久', personId: 'ma-changjiu' },
      { text: '负责，' },
      { text: '@张三', personId: 'zhang-san' },
      { text: ' 协同。' },
    ]);
  });

  it('leaves unknown and ambiguous mentions and e-mail addresses as plain text', () => {
    expect(splitMentions('@王五 与 @Aaron 发信到 a@b.cn', lookup)).toEqual([{ text: '@王五 与 @Aaron 发信到 a@b.cn' }]);
  });

  it('handles a mention at the very start and end', () => {
    expect(splitMentions('@张三', lookup)).toEqual([{ text: '@张三', personId: 'zhang-san' }]);
  });

  it('returns nothing for empty text', () => {
    expect(splitMentions('', lookup)).toEqual([]);
  });
});

describe('linkMentionsInHtml', () => {
  const names = new NameIndex();
  names.add({ id: 'ma-changjiu', name: '马长久' });
  names.add({ id: 'yao-huan', name: '姚涣', aliases: ['Aaron姚涣'] });
  const href = (id: string) => `/people/${id}/`;

  it('links mentions in text, in the page language chosen by the caller', () => {
    expect(linkMentionsInHtml('<p>由 @马长久负责，@Aaron姚涣 协同。</p>', names.lookup, href)).toBe(
      '<p>由 <a class="mention" href="/people/ma-changjiu/">@马长久</a>负责，<a class="mention" href="/people/yao-huan/">@Aaron姚涣</a> 协同。</p>',
    );
    expect(linkMentionsInHtml('<p>@姚涣</p>', names.lookup, (id) => `/en/people/${id}/`)).toBe('<p><a class="mention" href="/en/people/yao-huan/">@姚涣</a></p>');
  });

  it('leaves links, code, unknown names and e-mail addresses alone', () => {
    const html = '<p><a href="/x/">@马长久</a> <code>@马长久</code> <pre><code>@姚涣</code></pre> a@马长久.com @无名氏</p>';
    expect(linkMentionsInHtml(html, names.lookup, href)).toBe(html);
  });

  it('keeps attributes that contain an @ untouched', () => {
    const html = '<p title="@马长久">x</p>';
    expect(linkMentionsInHtml(html, names.lookup, href)).toBe(html);
  });
});
