/**
 * Editor text made safe for a Mermaid flowchart (Mermaid 12). Every label is written quoted,
 * `n0["…"]`, and every character that means something to Mermaid's lexer, to its entity pass, to
 * its HTML label renderer or to its line-based preprocessing is written as a Mermaid entity code
 * (`#35;` for `#`), which Mermaid turns into the HTML entity `&#35;` only after parsing, so the
 * reader sees the character itself:
 *
 * - `"` ends the quoted string; `` ` `` at its start would make it a Markdown string;
 * - `#…;` is Mermaid's own entity syntax (`#quot;`), so `#` and `;` are encoded;
 * - `<` `>` `&` would reach the HTML label as markup or as an HTML entity;
 * - `:` lets Mermaid's `style…:…#…;` line rewrite cut a `;`, and `fa:fa-x` turn into an icon;
 * - `\` before `n` would break the line; `$$` would start KaTeX; `%%` a comment or directive;
 * - `|` ends an edge label; brackets and braces are harmless inside quotes but encoded anyway;
 * - `ﬂ°` and `¶ß` are the private markers of Mermaid's entity pass, which it also runs over the
 *   finished SVG; a word joiner (U+2060, invisible) is put between their characters.
 *
 * Node ids never come from editor text: generators number them (`n0`, `n1`, …).
 */

/** The widest line of a node label, in columns: a CJK character counts 2, so 24 columns = 12 CJK characters. */
export const LABEL_COLUMNS = 24;

const ENCODED = /["#;<>&`\\:|$%[\]{}()]/g;
/** Control characters, line and paragraph separators, and the BOM: collapsed to one space. */
const WHITESPACE = /[\s\u0000-\u001F\u007F-\u009F\u2028\u2029\uFEFF]+/g;

/** One line of plain text: newlines, tabs and runs of spaces collapsed to one space, trimmed. */
export function collapse(text: string): string {
  return text.replace(WHITESPACE, ' ').trim();
}

/** Display width in columns: East Asian wide and full-width characters (and emoji) count 2. */
export function columns(text: string): number {
  let n = 0;
  for (const ch of text) n += charColumns(ch);
  return n;
}

function charColumns(ch: string): number {
  const c = ch.codePointAt(0)!;
  if (c < 0x1100) return 1;
  const wide =
    (c >= 0x1100 && c <= 0x115f) || // Hangul Jamo
    (c >= 0x2e80 && c <= 0x303e) || // CJK radicals, punctuation 。、【】
    (c >= 0x3041 && c <= 0x33ff) || // kana, CJK symbols
    (c >= 0x3400 && c <= 0x4dbf) || // CJK extension A
    (c >= 0x4e00 && c <= 0x9fff) || // CJK unified ideographs
    (c >= 0xa000 && c <= 0xa4cf) ||
    (c >= 0xac00 && c <= 0xd7a3) || // Hangul syllables
    (c >= 0xf900 && c <= 0xfaff) ||
    (c >= 0xfe30 && c <= 0xfe4f) ||
    (c >= 0xff00 && c <= 0xff60) || // full-width forms （），
    (c >= 0xffe0 && c <= 0xffe6) ||
    (c >= 0x1f300 && c <= 0x1faff) || // emoji
    (c >= 0x20000 && c <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Characters a line should not start with (closing punctuation): they stay at the end of the line before. */
const NO_LINE_START = /^[，。、；：！？）》」』】,.;:!?)\]%…]/u;
/** Characters a line should not end with (opening brackets): they go to the next line. */
const NO_LINE_END = /[（《「『【(\[]$/u;
/** A word of Latin letters and digits (with its brackets and signs), kept whole on one line when it fits. */
const TOKENS = /[(（]?[A-Za-z0-9][A-Za-z0-9.%+\-_'’/]*[)）]?|\s+|./gsu;

/**
 * The lines of a wrapped label, each at most `max` columns and about equally long: CJK text breaks between
 * any two characters, a Latin word only when it is longer than a line; a closing punctuation mark never
 * starts a line, an opening bracket never ends one. Nothing is cut: joined, the lines are the text (spaces
 * at the breaks dropped).
 */
export function wrap(text: string, max: number = LABEL_COLUMNS): string[] {
  const one = collapse(text);
  const total = columns(one);
  if (total <= max) return one ? [one] : [];
  // Balanced lines, "单 SKU / 产能密度" rather than "单 SKU 产能密 / 度": the narrowest width that needs no more lines than `max` does.
  const fewest = fill(one, max, max).length;
  for (let width = Math.ceil(total / fewest); width < max; width++) {
    const lines = fill(one, width, max);
    if (lines.length <= fewest) return lines;
  }
  return fill(one, max, max);
}

/** Greedy line filling at `width` columns; a word up to `max` columns is never split (see wrap). */
function fill(one: string, width: number, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  const push = () => {
    let carry = '';
    const open = line.trimEnd().match(NO_LINE_END);
    if (open && line.trim().length > 1) { carry = open[0]; line = line.trimEnd().slice(0, -carry.length); }
    if (line.trim()) lines.push(line.trim());
    line = carry;
  };
  for (const token of one.match(TOKENS) ?? []) {
    if (/^\s+$/.test(token)) { if (line) line += ' '; continue; }
    if (columns(line + token) <= width || (NO_LINE_START.test(token) && line.trim())) { line += token; continue; }
    if (columns(token) <= max) { push(); line += token; continue; }
    for (const ch of token) { // a word longer than a line
      if (columns(line + ch) > max && line.trim()) push();
      line += ch;
    }
  }
  push();
  return lines;
}

/** Mermaid entity codes for every character that could mean something to Mermaid (see above). */
export function encode(text: string): string {
  return text
    .replace(ENCODED, (ch) => `#${ch.codePointAt(0)};`)
    .replace(/\uFB02(?=\u00B0)|\u00B6(?=\u00DF)/g, '$&\u2060');
}

/** A quoted Mermaid label from editor text: one line, every special character encoded. Returns `"…"`. */
export function label(text: string): string {
  return `"${encode(collapse(text))}"`;
}

/**
 * A quoted label of several lines (e.g. name, then score): each line wrapped at `max` columns and escaped
 * on its own, all joined by `<br>`. Nothing is shortened.
 */
export function labelLines(lines: readonly string[], max: number = LABEL_COLUMNS): string {
  const kept = lines.flatMap((l) => wrap(l, max)).map(encode);
  return `"${kept.join('<br>')}"`;
}

/**
 * A link target for `click id href "…"`: our URLs are built from slugs, but anything outside the
 * URL-safe set is percent-encoded so a quote, `;` or space can never end the string or form an entity.
 */
export function href(url: string): string {
  return url.replace(/[^A-Za-z0-9\-._~/?#=&+,!*'@%]/g, (ch) => encodeURIComponent(ch));
}
