/**
 * How deep a body may nest before it is refused unparsed. The Markdown parser slows down sharply on
 * deeply nested lists and quotes (300 nested list items take seconds, a few thousand hang the check),
 * and the tree walks overflow the stack a few thousand levels down; no real document comes close.
 */
export const MAX_CONTAINER_DEPTH = 32;
export const MAX_TAG_DEPTH = 64;
/** Link and image brackets: the parser is quadratic in those of one paragraph, and worse when they nest. */
export const MAX_BRACKET_DEPTH = 32;
export const MAX_BRACKETS_PER_PARAGRAPH = 2000;

export interface DeepNesting {
  kind: 'container' | 'tag' | 'bracket-depth' | 'brackets';
  depth: number;
  limit: number;
  /** 1-based, in the body, where the limit is first passed. */
  line: number;
  column: number;
}

/**
 * The first place a body nests deeper than the limits, found by a linear scan of the text before any
 * parser sees it. The scan errs on the side of counting too deep: code blocks are counted too, and a
 * list is only closed by a marker further left, never by a lazy line, so nesting cannot hide.
 */
export function findDeepNesting(source: string, options: { mdx: boolean; limits?: Partial<NestingLimits> }): DeepNesting | undefined {
  const limits = { ...NESTING_LIMITS, ...options.limits };
  return containerDepth(source, limits.container) ?? tagDepth(source, options.mdx, limits.tag) ?? brackets(source, limits);
}

export interface NestingLimits {
  container: number;
  tag: number;
  bracketDepth: number;
  bracketsPerParagraph: number;
}

const NESTING_LIMITS: NestingLimits = {
  container: MAX_CONTAINER_DEPTH,
  tag: MAX_TAG_DEPTH,
  bracketDepth: MAX_BRACKET_DEPTH,
  bracketsPerParagraph: MAX_BRACKETS_PER_PARAGRAPH,
};

const LIST_MARKER = /^(?:[-*+]|\d{1,9}[.)])(?=[ \t]|$)/;

/** Block quotes (`>`) and list items, on one line (`> - - x`) and by indentation across lines. */
function containerDepth(source: string, limit: number): DeepNesting | undefined {
  // Per number of quote markers in front: the content columns of the list items still open.
  const open = new Map<number, number[]>();
  const itemsAt = (quotes: number) => open.get(quotes) ?? open.set(quotes, []).get(quotes)!;
  const lines = source.split('\n');
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim()) continue;
    let i = 0;
    // The column, with tabs to the next multiple of 4 as CommonMark counts them.
    let col = 0;
    let quotes = 0;
    const depth = () => {
      let d = quotes;
      for (let q = 0; q <= quotes; q++) d += open.get(q)?.length ?? 0;
      return d;
    };
    for (;;) {
      for (; line[i] === ' ' || line[i] === '\t'; i++) col = line[i] === '\t' ? col + 4 - (col % 4) : col + 1;
      const start = i;
      if (line[i] === '>') {
        quotes++;
        i++;
        col++;
      } else {
        const marker = LIST_MARKER.exec(line.slice(i))?.[0];
        if (!marker) break;
        const items = itemsAt(quotes);
        // A marker closes the items whose content starts right of it, then opens its own.
        while (items.length > 0 && items[items.length - 1] > col) items.pop();
        i += marker.length;
        col += marker.length;
        items.push(col + 1);
      }
      const d = depth();
      if (d > limit) return { kind: 'container', depth: d, limit, line: n + 1, column: start + 1 };
    }
  }
  return undefined;
}

/** Elements that HTML closes by itself or that hold nothing: they never nest in a .md body. */
const NON_NESTING = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'thead', 'tbody', 'tfoot', 'option', 'optgroup', 'rt', 'rp', 'caption', 'colgroup']);

const TAG = /<(\/?)([A-Za-z][\w.:-]*)[^<>]*?(\/?)>/g;

/** Open HTML or JSX elements; in MDX every element nests, since JSX closes nothing by itself. */
function tagDepth(source: string, mdx: boolean, limit: number): DeepNesting | undefined {
  let depth = 0;
  for (const m of source.matchAll(TAG)) {
    const [, closing, name, selfClosing] = m;
    if (selfClosing || (!mdx && NON_NESTING.has(name.toLowerCase()))) continue;
    depth = closing ? Math.max(0, depth - 1) : depth + 1;
    if (depth > limit) {
      const before = source.slice(0, m.index);
      const line = before.split('\n').length;
      return { kind: 'tag', depth, limit, line, column: m.index - before.lastIndexOf('\n') };
    }
  }
  return undefined;
}

/**
 * `[` of links and images, per paragraph: nested (`![![![…`) and in all. A paragraph ends at a blank
 * line or at a bullet item; lines that only look like a new block (`2.` cannot interrupt a paragraph)
 * run on, as they do for the parser, and brackets in code count too.
 */
function brackets(source: string, limits: NestingLimits): DeepNesting | undefined {
  const lines = source.split('\n');
  let depth = 0;
  let count = 0;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n];
    if (!line.trim() || /^[\s>]*[-*+][ \t]+\S/.test(line)) {
      depth = 0;
      count = 0;
    }
    for (let i = 0; i < line.length; i++) {
      const c = line[i];
      if (c === '\\') i++;
      else if (c === ']') depth = Math.max(0, depth - 1);
      else if (c === '[') {
        depth++;
        count++;
        const at = { line: n + 1, column: i + 1 };
        if (depth > limits.bracketDepth) return { kind: 'bracket-depth', depth, limit: limits.bracketDepth, ...at };
        if (count > limits.bracketsPerParagraph) return { kind: 'brackets', depth: count, limit: limits.bracketsPerParagraph, ...at };
      }
    }
  }
  return undefined;
}
