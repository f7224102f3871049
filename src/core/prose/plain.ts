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

/**
 * Whether a body is headings, bullet items and paragraphs of plain text, @提及 allowed (the shape of a weekly
 * report): nothing in it the parser would report or change, so its mentions are exactly findMentions over the
 * text, at their offsets in it. test/core/plain-prose.test.ts parses generated bodies to hold this.
 */
export function isSimpleMarkdown(body: string, { mdx }: { mdx: boolean }): boolean {
  return !SIMPLE_MARKUP.test(body) && !(mdx && ESM.test(body)) && body.split('\n').every((line) => SIMPLE_LINE.test(line));
}

const SIMPLE_MARKUP = new RegExp([
  /[<>{}[\]`\\&*_~|=^$!]/.source, // inline markup, HTML, JSX, links, entities, tables, setext headings, math
  /www\.|:\/\/|mailto:/.source, // autolinks without brackets
  /[A-Za-z0-9._%+-][@＠]/.source, // an e-mail address (GFM links it)
].join('|'));

/** A blank line, an ATX heading, a bullet item, or a paragraph line that starts no block. */
const SIMPLE_LINE = /^(?:[ \t]*|#{1,6} [^#\n]*|- [^#\n]*|[^\s#\-+*>\d][^#\n]*)$/;
