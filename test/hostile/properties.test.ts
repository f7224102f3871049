// Properties of the pieces every hostile input passes through, checked with fast-check on generated
// input (a fixed seed, so a failure is reproducible; fast-check prints the smallest input it found).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { label } from '../../src/core/diagram/escape.ts';
import { BodySyntaxError, bodyHtml, BODY_SCHEMA, safeBody } from '../../src/core/prose/index.ts';
import { formatRef, parseRef } from '../../src/core/refs.ts';
import { checkUrl, LINK_SCHEMES } from '../../src/core/url-policy.ts';

const RUNS = { seed: 20260630, numRuns: 300 };
const MENTIONS = { hrefOf: (id: string) => `/people/${id}/`, unknownLabel: '未找到此人', unknownNote: '（未找到此人）' };
const lookup = (name: string) => (name === '张三' ? ['zhang-san'] : []);

/** Pieces of hostile markup; bodies and titles are strings of them mixed with any text. */
const PIECES = ['<script>', '</script>', '<img src=x onerror=alert(1)>', '<svg onload=alert(1)>', '<a href="', 'javascript:', 'java&#x09;script:',
  '&#58;', 'data:text/html,', 'vbscript:', '<iframe srcdoc="', '<!--', '-->', '<details>', '</details>', '<summary>', '[x](', '](', '![i](', ')', '"', "'", '<', '>',
  '{', '}', '`', '```', '\n', '\n\n', '> ', '- ', '| a |', '\n| --- |', '*', '_', '@张三', '@', '[^1]', '[^1]: ', '<b onclick="', '<p style="', '%%{init: {}}%%',
  '"]-->x[', '#quot;', '&lt;', '&amp;', '\u202e', '\u0000', '\t', 'x', '中文', ' '];
const hostile = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 40 }).map((a) => a.join(''));

/** The schema's elements, and the span our mention markup adds to the safe tree. */
const TAGS = new Set([...BODY_SCHEMA.tagNames, 'span']);
const ATTRIBUTES = new Set(['href', 'title', 'src', 'alt', 'width', 'height', 'open', 'align', 'colspan', 'rowspan', 'start', 'class', 'id', 'type', 'checked',
  'disabled', 'data-footnote-ref', 'data-footnote-backref', 'data-footnotes', 'aria-describedby', 'aria-label']);

/** Every way an HTML string could run something or leave the allow-list (empty: none). */
function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  for (const m of html.matchAll(/<\/?([^\s/>]+)([^>]*)>/g)) {
    const [, tag, attrs] = m;
    if (!TAGS.has(tag.toLowerCase())) problems.push(`element <${tag}>`);
    for (const a of attrs.matchAll(/([^\s="']+)(?:="([^"]*)")?/g)) {
      const [, name, value = ''] = a;
      if (!ATTRIBUTES.has(name.toLowerCase())) problems.push(`attribute ${name} on <${tag}>`);
      if ((name === 'href' || name === 'src') && !checkUrl(decode(value), LINK_SCHEMES).ok) problems.push(`${name}="${value}"`);
    }
  }
  return problems;
}
const decode = (v: string) => v.replace(/&#x([0-9a-f]+);/gi, (_, h) => String.fromCodePoint(parseInt(h, 16))).replace(/&#(\d+);/g, (_, d) => String.fromCodePoint(Number(d)))
  .replace(/&quot;/g, '"').replace(/&amp;/g, '&');

/** The body pipeline of the pages; MDX may refuse to parse (a syntax error the check reports), nothing else may throw. */
function render(text: string, path: string): string | undefined {
  try {
    return bodyHtml(safeBody({ path, text }), lookup, MENTIONS);
  } catch (error) {
    if (path.endsWith('.mdx') && error instanceof BodySyntaxError) return undefined;
    throw error;
  }
}

describe('properties', () => {
  it.each(['departments/sales.md', 'okrs/2026/sales.mdx'])('any body in %s renders without throwing, to HTML that passes a strict scan', (path) => {
    fc.assert(fc.property(hostile, (text) => {
      const html = render(text, path);
      if (html !== undefined) expect(htmlProblems(html), html).toEqual([]);
    }), RUNS);
  });

  it('any title, as a Markdown heading in a body, is text: only the heading element comes out', () => {
    fc.assert(fc.property(hostile, (title) => {
      const html = render(`# ${title.replace(/\n/g, ' ')}`, 'departments/sales.md')!;
      expect(htmlProblems(html)).toEqual([]);
      expect(html).toMatch(/^<h1>[^<]*<\/h1>$|^<h1>.*<\/h1>$/s);
    }), RUNS);
  });

  it('any title is one quoted Mermaid label: no quote, newline, markup or directive can leave it', () => {
    fc.assert(fc.property(hostile, (title) => {
      const out = label(title);
      expect(out).toMatch(/^"[^"\n\r<>%`|[\]{}]*"$/);
      expect(out.slice(1, -1)).not.toMatch(/#(?![0-9]+;)|;(?<!#[0-9]+;)/);
    }), RUNS);
  });

  it('parseRef and formatRef round-trip: every ref written as formatRef writes it reads back the same', () => {
    const segment = fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,20}$/);
    const ref = fc.tuple(fc.option(segment), segment, fc.option(segment), fc.option(segment)).map(([p, a, b, c]) =>
      `${p ? `${p}:` : ''}${a}${b ? `/${b}` : ''}${b && c ? `/${c}` : ''}`);
    fc.assert(fc.property(fc.oneof(ref, hostile), (text) => {
      const parsed = parseRef(text);
      if (parsed === undefined) return;
      expect(parseRef(formatRef(parsed))).toEqual(parsed);
      expect(formatRef(parsed)).toBe(text.trim());
    }), RUNS);
  });

  it('no address the URL policy accepts runs code, however it is spelled', () => {
    const scheme = fc.constantFrom('javascript', 'vbscript', 'data', 'JaVaScRiPt', 'java\tscript', ' javascript', 'java\nscript', '\u0001javascript');
    fc.assert(fc.property(fc.oneof(scheme.map((s) => `${s}:alert(1)`), hostile), (url) => {
      if (!checkUrl(url, LINK_SCHEMES).ok) return;
      expect(url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase()).not.toMatch(/^(javascript|vbscript|data):/);
    }), RUNS);
  });
});
