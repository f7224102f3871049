import type { Element, Root, RootContent } from 'hast';
import { toHtml } from 'hast-util-to-html';
import type { Lookup } from '../mentions.ts';
import { linkMentions, type MentionHtml } from './mentions.ts';
import { isMdxPath, parseBody } from './parse.ts';
import { sanitizeBody } from './sanitize.ts';

/**
 * A body as pages show it: parsed (parse.ts), sanitised with the portal's schema (sanitize.ts), then
 * our own markup added to the safe tree (mention links, footnote ids unique to the body), serialised
 * once per page language. Content with errors is never rendered (the build checks first), so the
 * sanitiser removes nothing here; it runs all the same, as the last word on what reaches a page.
 */

export interface BodySource {
  /** The content file, e.g. `okrs/2026/market.mdx`: MDX or Markdown by its extension. */
  path: string;
  /** The body after the frontmatter. */
  text: string;
}

/** Footnote words in the content's language (settings.yaml `locale`), for screen readers. */
const FOOTNOTE_WORDS = {
  'zh-CN': { label: '脚注', backLabel: (n: number) => `返回引用 ${n}` },
  en: { label: 'Footnotes', backLabel: (n: number) => `Back to reference ${n}` },
} as const;

/** A body's ids start with this, so two bodies on one page (the home page shows two) never share one. */
export function bodyIdPrefix(path: string): string {
  return `${path.replace(/\.mdx?$/, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase()}-`;
}

/** The sanitised tree of a body: the same for every page language, worth keeping for the build. */
export function safeBody(body: BodySource, locale: keyof typeof FOOTNOTE_WORDS = 'zh-CN'): Root {
  const idPrefix = bodyIdPrefix(body.path);
  const { hast } = parseBody(body.text, { mdx: isMdxPath(body.path), idPrefix, footnotes: FOOTNOTE_WORDS[locale] });
  return withoutHeadingEmoji(uniqueFootnoteLabel(sanitizeBody(hast), `user-content-${idPrefix}footnote-label`));
}

// A pictograph with its variation selectors and joiners (🔄, ⚖️, 👩‍💻) and the space after it.
const EMOJI = /(?:\p{Extended_Pictographic}[\u{FE0E}\u{FE0F}\u{1F3FB}-\u{1F3FF}]*\u200D?)+\s*/gu;

/**
 * Headings without their emoji (001 writes "## 🔄 被移除指标的安置"): decoration, and where no emoji font is
 * installed (an intranet machine, a server's browser) they would show as empty boxes in the largest text of
 * the page. Emoji in running text are kept: there they may say something (✅).
 */
function withoutHeadingEmoji(tree: Root): Root {
  const strip = (node: RootContent): void => {
    if (node.type === 'text') node.value = node.value.replace(EMOJI, '');
    else if (node.type === 'element') node.children.forEach(strip);
  };
  const visit = (node: RootContent): void => {
    if (node.type !== 'element') return;
    if (/^h[1-6]$/.test(node.tagName)) node.children.forEach(strip);
    else node.children.forEach(visit);
  };
  tree.children.forEach(visit);
  return tree;
}

/** The HTML of a safe body for one page language: mentions linked to that language's person pages. */
export function bodyHtml(tree: Root, lookup: Lookup, mentions: MentionHtml): string {
  return toHtml(linkMentions(tree, lookup, mentions));
}

/** mdast-util-to-hast names every footnote heading `footnote-label`; give this body's its own id. */
function uniqueFootnoteLabel(tree: Root, id: string): Root {
  const visit = (node: RootContent): void => {
    if (node.type !== 'element') return;
    const e = node as Element;
    if (e.properties.id === 'footnote-label') e.properties.id = id;
    if (Array.isArray(e.properties.ariaDescribedBy) && e.properties.ariaDescribedBy.includes('footnote-label')) e.properties.ariaDescribedBy = [id];
    e.children.forEach(visit);
  };
  tree.children.forEach(visit);
  return tree;
}
