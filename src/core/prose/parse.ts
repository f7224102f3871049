import type { Element, ElementContent, Root as HastRoot } from 'hast';
import { raw } from 'hast-util-raw';
import { h } from 'hastscript';
import type { Root as MdastRoot } from 'mdast';
import { defaultHandlers, toHast, type Handler, type State } from 'mdast-util-to-hast';
import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';

/**
 * A body, parsed once the way both the check and the pages read it: Markdown + GFM (+ MDX for .mdx),
 * turned into an HTML tree (hast) with raw HTML of .md bodies parsed by an HTML parser (parse5, via
 * hast-util-raw) and JSX elements of .mdx bodies turned into the elements they name. Nothing here is
 * sanitised or run: the tree is what the editor wrote, with positions, for inspect.ts to report on
 * and sanitize.ts to clean.
 */

const markdown = unified().use(remarkParse).use(remarkGfm).freeze();
const mdx = unified().use(remarkParse).use(remarkGfm).use(remarkMdx).freeze();

export interface ParsedBody {
  /** The Markdown tree (mdast), with MDX nodes in .mdx bodies. */
  mdast: MdastRoot;
  /** The HTML tree before sanitising, positions relative to the body. */
  hast: HastRoot;
}

export interface ParseOptions {
  /** MDX (`.mdx` files): `<` and `{` start JSX and expressions; raw HTML is not a thing. */
  mdx: boolean;
  /** Prefix of the ids footnotes get, unique per body so two bodies on one page never share an id. */
  idPrefix?: string;
  /** The words screen readers hear for footnotes, in the content's language. */
  footnotes?: { label: string; backLabel: (n: number) => string };
}

/** A body that Markdown or MDX cannot parse: the parser's reason and its place in the body. */
export class BodySyntaxError extends Error {
  readonly reason: string;
  readonly line: number;
  readonly column: number;

  constructor(reason: string, line: number, column: number) {
    super(reason);
    this.reason = reason;
    this.line = line;
    this.column = column;
  }
}

/** Whether a file's body is read as MDX. */
export function isMdxPath(path: string): boolean {
  return path.endsWith('.mdx');
}

/** Parse a body; throws BodySyntaxError when MDX cannot read it. */
export function parseBody(source: string, options: ParseOptions): ParsedBody {
  let mdast: MdastRoot;
  try {
    mdast = (options.mdx ? mdx : markdown).parse(source);
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    throw new BodySyntaxError(e.reason ?? e.message, e.line ?? 1, e.column ?? 1);
  }
  const footnotes = options.footnotes ?? { label: '脚注', backLabel: (n: number) => `返回引用 ${n}` };
  const tree = toHast(mdast, {
    allowDangerousHtml: !options.mdx,
    clobberPrefix: `user-content-${options.idPrefix ?? ''}`,
    footnoteLabel: footnotes.label,
    footnoteBackLabel: (index, rereference) => footnotes.backLabel(index + 1) + (rereference > 1 ? `-${rereference}` : ''),
    handlers: MDX_HANDLERS,
  }) as HastRoot;
  const hast = options.mdx ? tree : (raw(tree, { file: new VFile(source) }) as HastRoot);
  return { mdast, hast };
}

interface JsxAttribute {
  type: 'mdxJsxAttribute' | 'mdxJsxExpressionAttribute';
  name?: string;
  value?: string | null | { type: string };
}

interface JsxElement {
  type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
  name: string | null;
  attributes: JsxAttribute[];
  children: unknown[];
}

/**
 * JSX in an MDX body is read as the HTML element it names, with its literal attributes
 * (`<details open>`, `<abbr title="…">`); a fragment `<>…</>` is its children. Expression attributes
 * (`onClick={f}`, `{...props}`) are left out here, and reported by the check as code; so are ESM
 * (`import`, `export`) and `{…}` expressions, which never become content (`{/* … *\/}` is a comment).
 */
const jsxElement: Handler = (state: State, node) => {
  const jsx = node as unknown as JsxElement;
  const children = state.all(node as never) as ElementContent[];
  if (jsx.name === null) return children;
  const attributes: Record<string, string | boolean> = {};
  for (const a of jsx.attributes) {
    if (a.type !== 'mdxJsxAttribute' || !a.name) continue;
    if (a.value === null || a.value === undefined) attributes[a.name] = true;
    else if (typeof a.value === 'string') attributes[a.name] = a.value;
  }
  // hastscript maps attribute names to hast properties (class → className, onclick → onClick);
  // the tag name is taken as written, so `<Chart>` or `<motion.div>` stay what they are.
  const element: Element = { type: 'element', tagName: jsx.name, properties: h('div', attributes).properties, children };
  state.patch(node as never, element);
  return element;
};

const nothing: Handler = () => undefined;

/** Elements that cannot sit inside a paragraph: a browser would close the paragraph before them. */
const BLOCK = new Set(['details', 'summary', 'dl', 'dt', 'dd', 'table', 'ul', 'ol', 'li', 'blockquote', 'pre', 'hr', 'section', 'p',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * MDX wraps a line like `<summary>更多</summary>` in a paragraph (`<p><summary>…`), which browsers
 * split apart and which breaks `<details>`. A paragraph that holds nothing but one such element is
 * that element.
 */
const paragraph: Handler = (state, node) => {
  const children = (node as unknown as { children: { type: string; name?: string | null; value?: string }[] }).children
    .filter((c) => !(c.type === 'text' && !c.value?.trim()));
  if (children.length === 1 && children[0].type === 'mdxJsxTextElement' && BLOCK.has(children[0].name ?? '')) {
    return state.one(children[0] as never, node as never);
  }
  return defaultHandlers.paragraph(state, node as never);
};

const MDX_HANDLERS: Record<string, Handler> = {
  paragraph,
  mdxJsxFlowElement: jsxElement,
  mdxJsxTextElement: jsxElement,
  mdxFlowExpression: nothing,
  mdxTextExpression: nothing,
  mdxjsEsm: nothing,
};
