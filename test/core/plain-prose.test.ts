// A body the check skips as plain prose must be one the parser finds nothing in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/mentions.ts';
import { parsedBodyMentions } from '../../src/core/load/prose.ts';
import { findDeepNesting, inspectBody, isPlainProse, isSimpleMarkdown, mentionTexts, parseBody } from '../../src/core/prose/index.ts';

const PIECES = ['中文段落，', '。', '2026 年', '1. ', '1) ', '- ', '+ ', '* ', '> ', '# ', '    ', '\n', '\n\n', '---', '===', 'a', ' ', '.', ':', 'http://x.cn',
  'www.x.cn', 'a@b.cn', '@张三', '<b>', '{x}', '`c`', '~~', '|', '[x](y)', '&amp;', 'import x from "y"', 'export const a = 1', '\\', '$', '%', '（', '）', '"', "'"];
const body = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((a) => a.join(''));

describe('plain prose', () => {
  it('is never a body with something to report or a mention', () => {
    let plain = 0;
    fc.assert(fc.property(body, fc.boolean(), (text, mdx) => {
      if (!isPlainProse(text, { mdx })) return;
      plain++;
      expect(findDeepNesting(text, { mdx })).toBeFalsy();
      const parsed = parseBody(text, { mdx });
      expect(inspectBody(parsed)).toEqual([]);
      expect([...mentionTexts(parsed.hast)].flatMap((n) => [...findMentions(n.value)])).toEqual([]);
    }), { seed: 20261204, numRuns: 3000 });
    expect(plain).toBeGreaterThan(100);
  });

  it('takes Chinese paragraphs and leaves markup, mentions and ESM to the parser', () => {
    expect(isPlainProse('本季度聚焦续费率。\n\n第二段：2026 年的计划（草案）。', { mdx: true })).toBe(true);
    for (const text of ['见 @张三', '<b>x</b>', '1. 列表', '- 项', '`代码`', '[链接](http://x)', 'www.x.cn', '    缩进代码', '标题\n---', '{x}'])
      expect(isPlainProse(text, { mdx: true }), text).toBe(false);
    expect(isPlainProse('export 计划', { mdx: true }), 'ESM in MDX').toBe(false);
    expect(isPlainProse('export 计划', { mdx: false })).toBe(true);
  });

  // A weekly report's body: headings, bullets and text with mentions. The check takes its mentions from the text as
  // written (no parse), so the parser must find nothing else in it, and the same mentions at the same offsets.
  const REPORT_PIECES = ['## ', '本周进展', '- ', '需要 ', '@姚涣', '@张三', '＠李四', ' 协助', '，', '。', '\n', '\n\n', '2026 年', '1. ', '# ', '    ', '---', '>', 'a@b.cn',
    'www.x.cn', '`c`', '[x](y)', '*', '_', '&amp;', '\\', '<b>', '{x}', 'export const a = 1', '|', '- - ', '+ ', '（示例）', 'leads-转化'];
  const report = fc.array(fc.constantFrom(...REPORT_PIECES), { maxLength: 30 }).map((a) => a.join(''));

  it('takes a simple body (headings, bullets, text) only when the parser finds the same mentions and nothing else', () => {
    let simple = 0;
    fc.assert(fc.property(report, fc.boolean(), (text, mdx) => {
      if (!isSimpleMarkdown(text, { mdx }) || findDeepNesting(text, { mdx })) return;
      simple++;
      const parsed = parseBody(text, { mdx });
      expect(inspectBody(parsed)).toEqual([]);
      const written = findMentions(text).map((m) => [m.text, m.index]);
      expect(parsedBodyMentions(text, parsed).map(({ mention, offset }) => [mention.text, offset]), JSON.stringify(text)).toEqual(written);
    }), { seed: 20261204, numRuns: 4000 });
    expect(simple).toBeGreaterThan(300);
  });

  it('takes the shape of a weekly report as simple, and leaves other markup to the parser', () => {
    expect(isSimpleMarkdown('## 本周进展\n\n- 完成复盘\n\n## 风险同步和资源支持\n\n- 需要 @姚涣 协助\n', { mdx: false })).toBe(true);
    for (const text of ['- [x] 完成', '1. 列表', '> 引用', '    缩进', '标题\n---', 'a@b.cn', '[链接](http://x)', '**粗体**', '# 标题 #', '<b>x</b>'])
      expect(isSimpleMarkdown(text, { mdx: false }), text).toBe(false);
  });
});

