import type { Schema } from 'hast-util-sanitize';
import { IMAGE_SCHEMES, LINK_SCHEMES } from '../url-policy.ts';

/**
 * What a body may contain once it is HTML: the explicit hast-util-sanitize schema of the portal.
 * Every key is written out (the library fills missing keys from its GitHub-flavoured default).
 *
 * - Markdown and GFM: paragraphs, headings, emphasis, lists, task lists, block quotes, code, links,
 *   images, rules, tables, strikethrough, footnotes.
 * - HTML an editor may write among them (BODY_HTML): harmless inline and block elements, with the
 *   few attributes listed for each. No scripts, styles, frames, forms, event handlers, ids or classes.
 *
 * docs/content-format.md §16 lists the same; the check (inspect.ts) reports every element, attribute
 * and address this schema would remove, so the sanitiser never silently drops anything.
 */

/** Elements Markdown and GFM produce; an editor may also write them as HTML. */
const MARKDOWN_ELEMENTS = [
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'ul', 'ol', 'li', 'pre', 'code', 'em', 'strong', 'del',
  'a', 'img', 'hr', 'br', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'input', 'section', 'sup',
];

/** HTML elements an editor may write in a body besides those of Markdown (documented for editors). */
export const BODY_HTML = ['details', 'summary', 'kbd', 'sub', 'sup', 'br', 'mark', 'abbr', 'ins', 'del', 's', 'small', 'b', 'i', 'u', 'dl', 'dt', 'dd', 'q'];

/**
 * Ids, classes, data and ARIA attributes only as Markdown makes them (footnotes, task lists, code
 * languages); `true` or `""` because .md bodies pass through the HTML parser and .mdx bodies do not.
 */
const GENERATED_ID = /^user-content-/;

export const BODY_SCHEMA: Schema = {
  tagNames: [...new Set([...MARKDOWN_ELEMENTS, ...BODY_HTML])],
  attributes: {
    a: ['href', 'title', ['id', GENERATED_ID], ['dataFootnoteRef', '', true], ['dataFootnoteBackref', '', true],
      ['ariaDescribedBy', 'footnote-label'], ['ariaLabel', /^(?:Back to reference|返回引用) \d+(?:-\d+)?$/], ['className', 'data-footnote-backref']],
    img: ['src', 'alt', 'title', 'width', 'height'],
    abbr: ['title'],
    details: ['open'],
    th: [['align', 'left', 'center', 'right'], 'colSpan', 'rowSpan'],
    td: [['align', 'left', 'center', 'right'], 'colSpan', 'rowSpan'],
    ol: ['start', ['className', 'contains-task-list']],
    ul: [['className', 'contains-task-list']],
    li: [['className', 'task-list-item'], ['id', GENERATED_ID]],
    input: [['type', 'checkbox'], 'checked', ['disabled', true]],
    code: [['className', /^language-[\w-]+$/]],
    section: [['dataFootnotes', '', true], ['className', 'footnotes']],
    h2: [['id', 'footnote-label'], ['className', 'sr-only']],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: [...LINK_SCHEMES], src: [...IMAGE_SCHEMES] },
  strip: ['script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'noscript', 'noembed', 'noframes',
    'template', 'textarea', 'title', 'xmp', 'plaintext', 'select', 'option', 'svg', 'math', 'head', 'meta', 'link', 'base'],
  ancestors: {},
  clobber: [],
  clobberPrefix: '',
  allowComments: false,
  allowDoctypes: false,
};

/** One entry of `attributes`: a property name, or a name with the values it may take. */
export type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];
