import type { Nodes, Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { findDeepNesting, MAX_BRACKET_DEPTH, MAX_BRACKETS_PER_PARAGRAPH, MAX_CONTAINER_DEPTH, MAX_TAG_DEPTH, parseBody } from '../../src/core/prose/index.ts';
import { demoFiles } from './demo.ts';

const parse = unified().use(remarkParse).use(remarkGfm);

/** How deep lists and quotes really nest, as the Markdown parser reads them. */
function parsedDepth(source: string): number {
  const walk = (node: Nodes, depth: number): number => {
    const here = node.type === 'listItem' || node.type === 'blockquote' ? depth + 1 : depth;
    return 'children' in node ? Math.max(here, ...node.children.map((c) => walk(c as Nodes, here))) : here;
  };
  return walk(parse.parse(source) as Root, 0);
}

const indentedList = (n: number, indent = '  ') => Array.from({ length: n }, (_, i) => `${indent.repeat(i)}- item ${i}`).join('\n');

describe('findDeepNesting', () => {
  it('lets every body of the demo through', () => {
    const bodies = demoFiles().filter((f) => /\.mdx?$/.test(f.path));
    expect(bodies.length).toBeGreaterThan(10);
    for (const f of bodies) expect(findDeepNesting(f.text, { mdx: f.path.endsWith('.mdx') }), f.path).toBeUndefined();
  });

  it('allows lists and quotes up to the limit and refuses one level more, at the line that passes it', () => {
    expect(findDeepNesting(indentedList(MAX_CONTAINER_DEPTH), { mdx: false })).toBeUndefined();
    expect(findDeepNesting(indentedList(MAX_CONTAINER_DEPTH + 1), { mdx: false }))
      .toMatchObject({ kind: 'container', depth: MAX_CONTAINER_DEPTH + 1, line: MAX_CONTAINER_DEPTH + 1, column: 2 * MAX_CONTAINER_DEPTH + 1 });
    expect(findDeepNesting(`${'>'.repeat(MAX_CONTAINER_DEPTH)} x`, { mdx: false })).toBeUndefined();
    expect(findDeepNesting(`intro\n\n${'> '.repeat(5000)}x`, { mdx: false })).toMatchObject({ kind: 'container', line: 3 });
    expect(findDeepNesting(`${'- '.repeat(MAX_CONTAINER_DEPTH + 1)}x`, { mdx: false })).toMatchObject({ kind: 'container', line: 1 });
  });

  it('sees nesting through tabs, lazy lines, ordered lists and lists inside quotes', () => {
    const shapes = {
      tabs: indentedList(40, '\t'),
      lazy: Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- item ${i}\nlazy text`).join('\n'),
      ordered: Array.from({ length: 40 }, (_, i) => `${'   '.repeat(i)}1. item ${i}`).join('\n'),
      quoted: Array.from({ length: 40 }, (_, i) => `> ${'  '.repeat(i)}- item ${i}`).join('\n'),
      alternating: Array.from({ length: 40 }, (_, i) => `${'> '.repeat(i)}- x`).join('\n'),
    };
    for (const [name, source] of Object.entries(shapes)) {
      expect(parsedDepth(source), name).toBeGreaterThan(MAX_CONTAINER_DEPTH);
      expect(findDeepNesting(source, { mdx: false }), name).toMatchObject({ kind: 'container' });
    }
  });

  it('never counts shallower than the parser reads, on thousands of random documents', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const pieces = ['- ', '* ', '1. ', '2) ', '> ', '  ', '   ', '    ', '\t', ' '];
    for (let doc = 0; doc < 2000; doc++) {
      const lines = Array.from({ length: 1 + random(12) }, () => {
        if (random(6) === 0) return '';
        const prefix = Array.from({ length: random(7) }, () => pieces[random(pieces.length)]).join('');
        return `${prefix}${random(3) === 0 ? '' : 'text'}`;
      });
      const source = lines.join('\n');
      const depth = parsedDepth(source);
      if (depth === 0) continue;
      // With a limit one below the real depth, the scan must find it: it never sees less than there is.
      expect(findDeepNesting(source, { mdx: false, limits: { container: depth - 1 } }), JSON.stringify(source)).toBeDefined();
    }
  });

  it('counts open HTML elements, not those HTML closes by itself, and every JSX element in MDX', () => {
    const divs = (n: number) => `${'<div>'.repeat(n)}x${'</div>'.repeat(n)}`;
    expect(findDeepNesting(divs(MAX_TAG_DEPTH), { mdx: false })).toBeUndefined();
    expect(findDeepNesting(divs(MAX_TAG_DEPTH + 1), { mdx: false })).toMatchObject({ kind: 'tag', depth: MAX_TAG_DEPTH + 1, line: 1 });
    expect(findDeepNesting(`<p>a${'<p>b<br>'.repeat(500)}`, { mdx: false })).toBeUndefined();
    expect(findDeepNesting(`<details>\n${'<kbd>x</kbd>'.repeat(500)}\n</details>`, { mdx: true })).toBeUndefined();
    expect(findDeepNesting(`a\n\n${'<details>'.repeat(2000)}x`, { mdx: true })).toMatchObject({ kind: 'tag', line: 3 });
    expect(findDeepNesting(`${'<br/>'.repeat(500)}`, { mdx: true })).toBeUndefined();
  });

  it('counts link and image brackets: nested, and in one paragraph', () => {
    const images = (n: number) => `${'!['.repeat(n)}a${'](x)'.repeat(n)}`;
    expect(findDeepNesting(images(MAX_BRACKET_DEPTH), { mdx: false })).toBeUndefined();
    expect(findDeepNesting(images(MAX_BRACKET_DEPTH + 1), { mdx: false })).toMatchObject({ kind: 'bracket-depth', line: 1 });
    expect(findDeepNesting(`${'\\['.repeat(5000)}`, { mdx: false })).toBeUndefined();

    const links = (n: number) => Array.from({ length: n / 4 }, () => '[甲](/a) [乙](/b) [丙](/c) [丁](/d)');
    expect(findDeepNesting(links(MAX_BRACKETS_PER_PARAGRAPH).join('\n'), { mdx: false })).toBeUndefined();
    expect(findDeepNesting(links(MAX_BRACKETS_PER_PARAGRAPH + 4).join('\n'), { mdx: false })).toMatchObject({ kind: 'brackets' });
    // Paragraphs and bullet items each start afresh; an ordered item "2." cannot interrupt a paragraph, so it runs on.
    expect(findDeepNesting(links(3 * MAX_BRACKETS_PER_PARAGRAPH).join('\n\n'), { mdx: false })).toBeUndefined();
    expect(findDeepNesting(links(3 * MAX_BRACKETS_PER_PARAGRAPH).map((l) => `- ${l}`).join('\n'), { mdx: false })).toBeUndefined();
    expect(findDeepNesting(links(3 * MAX_BRACKETS_PER_PARAGRAPH).map((l) => `2. ${l}`).join('\n'), { mdx: false })).toMatchObject({ kind: 'brackets' });
  });

  it('lets the largest shapes within the limits through to the parser, which reads them', () => {
    // A parser upgrade that turns one of these pathological shows up here, as a test timeout.
    const shapes = [
      `${'!['.repeat(MAX_BRACKET_DEPTH)}a${'](x)'.repeat(MAX_BRACKET_DEPTH)}`,
      `${'[a '.repeat(MAX_BRACKET_DEPTH)}${'] '.repeat(MAX_BRACKET_DEPTH)}`.repeat(MAX_BRACKETS_PER_PARAGRAPH / MAX_BRACKET_DEPTH),
      '[a] '.repeat(MAX_BRACKETS_PER_PARAGRAPH),
      indentedList(MAX_CONTAINER_DEPTH),
      `${'> '.repeat(MAX_CONTAINER_DEPTH)}x`,
      `${'<div>'.repeat(MAX_TAG_DEPTH)}x`,
    ];
    for (const source of shapes) {
      expect(findDeepNesting(source, { mdx: false })).toBeUndefined();
      expect(parseBody(source, { mdx: false }).hast.children.length).toBeGreaterThan(0);
    }
  });
});
