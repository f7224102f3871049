/**
 * Whether a body is plain paragraphs: no character or line start that any Markdown, GFM or MDX
 * construct begins with (markup, code, HTML, JSX, links and autolinks, @提及, lists, quotes, headings,
 * tables, entities, ESM). The check has nothing to find in such a body, so it need not parse it; the
 * test (test/core/plain-prose.test.ts) parses generated plain bodies and finds nothing to report.
 */
export function isPlainProse(body: string, { mdx }: { mdx: boolean }): boolean {
  return !MARKUP.test(body) && !(mdx && ESM.test(body));
}

const MARKUP = new RegExp([
  /[<>{}[\]`\\@&*_~|#!=^$]/.source, // inline markup, HTML, JSX, links, entities, mentions, math
  /www\.|:\/\/|mailto:/.source, // autolinks without brackets
  /^(?: {4}|[ ]*(?:[-+]|\d+[.)])(?:\s|$))/.source, // indented code, list items
  /^[ ]*-{3,}/.source, // thematic breaks, setext headings
].join('|'), 'm');

const ESM = /^(?:import|export)\b/m;
