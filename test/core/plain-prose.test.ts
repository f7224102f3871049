// A body the check skips as plain prose must be one the parser finds nothing in.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findMentions } from '../../src/core/mentions.ts';
import { findDeepNesting, inspectBody, isPlainProse, mentionTexts, parseBody } from '../../src/core/prose/index.ts';

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
});
