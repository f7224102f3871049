import { describe, expect, it } from 'vitest';
import { findMentions, personPrefix, resolveMention, splitMentions } from '../../src/core/mentions.ts';
import { bodyHtml, safeBody } from '../../src/core/prose/index.ts';
import { NameIndex } from '../../src/core/name-index.ts';

/** A small directory with the traps real documents bring: a short name that starts longer words, aliases, a shared alias. */
const names = new NameIndex();
names.add({ id: 'ma-changjiu', name: '马长久' });
names.add({ id: 'yao-huan', name: '姚涣', aliases: ['Aaron姚涣'] });
names.add({ id: 'shi-chang', name: '市场' });
names.add({ id: 'zhang-san', name: '张三' });
names.add({ id: 'aaron-li', name: '李亚伦', aliases: ['Aaron'] });
names.add({ id: 'a-yi', name: '阿依·买买提' });
names.add({ id: 'wang-wu', name: '王五', aliases: ['Aaron'] });
const lookup = names.lookup;

/** The names findMentions finds in a text, in order. */
const found = (text: string) => findMentions(text).map((m) => m.name);

describe('findMentions: an @ and the longest run of name characters after it', () => {
  it.each([
    ['由 @马长久负责', ['马长久负责']],
    ['打法@产品主管', ['产品主管']],
    ['KR1@张三', ['张三']],
    ['@ma-changjiu 跟进', ['ma-changjiu']],
    ['@张三。@Aaron姚涣, (@张三)', ['张三', 'Aaron姚涣', '张三']],
    ['@姚涣(Aaron姚涣)', ['姚涣']],
    ['@姚涣（Aaron姚涣）', ['姚涣']],
    ['@阿依·买买提 负责', ['阿依·买买提']],
    ['@张三-', ['张三']],
    ['@张三·，', ['张三']],
    ['@@张三', ['张三']],
    ['＠张三 全角', ['张三']],
    ['@市场主管 @运营主管', ['市场主管', '运营主管']],
    ['结尾是 @', []],
    ['@ 张三', []],
    ['@-张三', []],
    ['写信给 zhang.san@example.com 或 li+si@example.com', []],
    ['a@马长久.com', []],
    ['见 https://example.com/@team 的说明', []],
    ['KR1@张三.下周', ['张三']],
  ])('%s → %j', (text, expected) => {
    expect(found(text)).toEqual(expected);
  });

  it('gives the index of the @ and the text the page shows', () => {
    expect(findMentions('由@马长久，')).toEqual([{ index: 1, name: '马长久', text: '@马长久' }]);
    expect(findMentions('＠张三')).toEqual([{ index: 0, name: '张三', text: '＠张三' }]);
  });
});

describe('resolveMention: the whole name, never a prefix', () => {
  it.each([
    ['马长久', { kind: 'person', id: 'ma-changjiu' }],
    ['ma-changjiu', { kind: 'person', id: 'ma-changjiu' }],
    ['Aaron姚涣', { kind: 'person', id: 'yao-huan' }],
    ['aaron姚涣', { kind: 'person', id: 'yao-huan' }],
    ['阿依·买买提', { kind: 'person', id: 'a-yi' }],
    ['市场', { kind: 'person', id: 'shi-chang' }],
    ['市场主管', { kind: 'unknown' }],
    ['马长久负责', { kind: 'unknown' }],
    ['Aaron姚涣说', { kind: 'unknown' }],
    ['Ma-Changjiu', { kind: 'unknown' }],
    ['Aaron', { kind: 'ambiguous', ids: ['aaron-li', 'wang-wu'] }],
  ])('%s → %j', (name, expected) => {
    expect(resolveMention(name, lookup)).toEqual(expected);
  });
});

describe('personPrefix: the hint for a name run into the next word', () => {
  it('finds the longest person the name starts with', () => {
    expect(personPrefix('马长久负责', lookup)).toEqual({ name: '马长久', id: 'ma-changjiu' });
    expect(personPrefix('市场主管', lookup)).toEqual({ name: '市场', id: 'shi-chang' });
  });

  it('offers nothing for a whole name, an unrelated word, or a shared prefix', () => {
    expect(personPrefix('马长久', lookup)).toBeUndefined();
    expect(personPrefix('产品主管', lookup)).toBeUndefined();
    expect(personPrefix('Aaron说', lookup)).toBeUndefined();
  });
});

describe('splitMentions', () => {
  it('splits text into plain runs and resolved, unknown and ambiguous mentions', () => {
    expect(splitMentions('由@马长久负责，@张三 与 @市场主管 协同，@Aaron 知会。', lookup)).toEqual([
      { kind: 'text', text: '由' },
      { kind: 'unknown', text: '@马长久负责' },
      { kind: 'text', text: '，' },
      { kind: 'person', text: '@张三', personId: 'zhang-san' },
      { kind: 'text', text: ' 与 ' },
      { kind: 'unknown', text: '@市场主管' },
      { kind: 'text', text: ' 协同，' },
      { kind: 'ambiguous', text: '@Aaron', ids: ['aaron-li', 'wang-wu'] },
      { kind: 'text', text: ' 知会。' },
    ]);
  });

  it('keeps the text as written: joined back it is the input', () => {
    for (const text of ['@姚涣(Aaron姚涣)', '打法@产品主管', '@@张三', 'a@b.com @', '＠马长久']) {
      expect(splitMentions(text, lookup).map((s) => s.text).join('')).toBe(text);
    }
  });

  it('links an alias and leaves the parenthesis as text', () => {
    expect(splitMentions('@姚涣(Aaron姚涣)', lookup)).toEqual([
      { kind: 'person', text: '@姚涣', personId: 'yao-huan' },
      { kind: 'text', text: '(Aaron姚涣)' },
    ]);
  });

  it('returns nothing for empty text and one run for text without mentions', () => {
    expect(splitMentions('', lookup)).toEqual([]);
    expect(splitMentions('发信到 a@b.cn', lookup)).toEqual([{ kind: 'text', text: '发信到 a@b.cn' }]);
  });
});

describe('mentions in a rendered body (prose/mentions.ts, on the sanitised tree)', () => {
  const html = { hrefOf: (id: string) => `/people/${id}/`, unknownLabel: '未找到此人', unknownNote: '（未找到此人）' };
  const unknown = (text: string) => `<span class="mention-unknown" title="未找到此人">${text}<span class="sr-only">（未找到此人）</span></span>`;
  const render = (text: string, options = html, path = 'departments/x.md') => bodyHtml(safeBody({ path, text }), lookup, options);

  it('links mentions in text, in the page language chosen by the caller', () => {
    expect(render('由 @马长久 负责，@Aaron姚涣 协同。')).toBe(
      '<p>由 <a class="mention" href="/people/ma-changjiu/">@马长久</a> 负责，<a class="mention" href="/people/yao-huan/">@Aaron姚涣</a> 协同。</p>',
    );
    expect(render('@姚涣', { ...html, hrefOf: (id) => `/en/people/${id}/` })).toBe('<p><a class="mention" href="/en/people/yao-huan/">@姚涣</a></p>');
  });

  it('marks a mention that names no one, without a link', () => {
    expect(render('打法@产品主管，@马长久负责')).toBe(`<p>打法${unknown('@产品主管')}，${unknown('@马长久负责')}</p>`);
  });

  it('leaves links, code, keys, e-mail addresses and attributes alone', () => {
    expect(render('[@马长久](/x/) `@马长久` <kbd>@姚涣</kbd> a@马长久.com <abbr title="@马长久">x</abbr>\n\n```\n@姚涣\n```')).toBe(
      '<p><a href="/x/">@马长久</a> <code>@马长久</code> <kbd>@姚涣</kbd> a@马长久.com <abbr title="@马长久">x</abbr></p>\n<pre><code>@姚涣\n</code></pre>');
  });

  it('links mentions inside the HTML a body may use, in .md and .mdx alike', () => {
    const link = '<a class="mention" href="/people/zhang-san/">@张三</a>';
    expect(render('<details><summary>由 @张三 负责</summary>x</details>')).toBe(`<details><summary>由 ${link} 负责</summary>x</details>`);
    expect(render('<details>\n<summary>由 @张三 负责</summary>\n\nx\n</details>', html, 'periods/2026.mdx')).toBe(`<details><summary>由 ${link} 负责</summary><p>x</p></details>`);
  });

  it('escapes the labels it adds', () => {
    expect(render('@无名', { ...html, unknownLabel: '"<x>"', unknownNote: '&' })).toBe(
      '<p><span class="mention-unknown" title="&#x22;<x>&#x22;">@无名<span class="sr-only">&#x26;</span></span></p>',
    );
  });

  it('keeps escaped text escaped: a mention stops at an entity', () => {
    expect(render('@张三&lt;script&gt;')).toBe('<p><a class="mention" href="/people/zhang-san/">@张三</a>&#x3C;script></p>');
  });
});
