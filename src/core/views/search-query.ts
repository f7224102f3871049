// What the search page does with a query before and after Pagefind answers it, as pure functions
// (bundled into src/scripts/search-page.ts, and unit-tested): quoted phrases, words, ranking keys, snippets.

/** Quotes a reader may put around an exact phrase: "…", “…”, 「…」 and 『…』. */
const QUOTED = /"([^"]+)"|“([^”]+)”|「([^」]+)」|『([^』]+)』/g;

export interface ParsedQuery {
  /** The phrases in quotes, as typed; a result must contain each one exactly. */
  phrases: string[];
  /** Everything, phrases included, as words for Pagefind (empty when there is nothing to look up). */
  term: string;
}

/**
 * Splits a query into quoted phrases and words. Pagefind's own exact mode compares its index's
 * segmentation of Chinese with the browser's, which do not always agree, so the phrase is only a
 * filter here: Pagefind finds the records with all the words, `containsPhrase` keeps those that have
 * them together, as typed.
 */
export function parseQuery(q: string): ParsedQuery {
  const phrases = [...q.matchAll(QUOTED)].map((m) => (m[1] ?? m[2] ?? m[3] ?? m[4]).trim()).filter((p) => phraseKey(p).length > 0);
  return { phrases, term: words(q.replace(QUOTED, ' $1$2$3$4 ')) };
}

/**
 * Words as Pagefind segments Chinese on a zh-CN page. The English page has `lang="en"`, where Pagefind
 * would not segment the query, so it is done here for both: 百万元投诉率 → 百万 元 投诉 率.
 */
export function words(text: string): string {
  const segmenter = new Intl.Segmenter('zh-CN', { granularity: 'word' });
  return [...segmenter.segment(text)].map((s) => s.segment.trim()).filter((w) => /[\p{L}\p{N}]/u.test(w)).join(' ');
}

/** A phrase compared as a reader sees it: full- and half-width alike, any case, spaces ignored. */
export function phraseKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');
}

export function containsPhrase(content: string, phrase: string): boolean {
  return phraseKey(content).includes(phraseKey(phrase));
}

/**
 * A name or query reduced to what identifies it: 马长久, "Ma Changjiu" and "ma-changjiu" give 马长久,
 * machangjiu, machangjiu. The records' person keys are built with it, and the query is compared with it.
 */
export function matchKey(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s\p{P}\p{S}]+/gu, '');
}

/**
 * How well a title answers a query, for the first page of results: 0 the title is the query (退费率),
 * 1 it begins with it (退费 → 退费率), 2 it contains it, 3 it does not. Results keep Pagefind's order
 * within a rank, so its relevance decides among equals.
 */
export function titleRank(title: string, query: string): 0 | 1 | 2 | 3 {
  const t = matchKey(title);
  const q = matchKey(query);
  if (!q) return 3;
  if (t === q) return 0;
  if (t.startsWith(q)) return 1;
  return t.includes(q) ? 2 : 3;
}

/** Closing and separating punctuation a snippet must not begin with; opening quotes and brackets may. */
const LEADING = /^[\s\p{Pd}\p{Pe}\p{Pf}\p{Po}\p{Sm}\p{Sk}]+/u;

/** A snippet's first text starts at a word: "，不含税…" → "不含税…", " · 市场" → "市场". */
export function snippetStart(text: string): string {
  return text.replace(LEADING, '');
}

export interface Snippet {
  before: string;
  match: string;
  after: string;
}

/**
 * A snippet around a quoted phrase in a record's text, for results Pagefind's excerpt would centre on the
 * words scattered elsewhere. Starts and ends at word boundaries; undefined when the text does not have the
 * phrase as written (it may differ in width only: the excerpt then is Pagefind's).
 */
export function phraseSnippet(content: string, phrase: string, before = 16, after = 40): Snippet | undefined {
  const chars = [...phrase.replace(/\s+/g, '')].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const found = new RegExp(chars.join('\\s*'), 'iu').exec(content);
  if (!found) return undefined;
  const start = found.index;
  const end = start + found[0].length;
  // Near the beginning, the snippet is the beginning.
  const from = start <= before * 1.5 ? 0 : start - before;
  const head = wordsFrom(content.slice(from, start), from > 0);
  const tail = content.slice(end, end + after);
  const tailWords = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(tail)];
  const cut = end + after < content.length && tailWords.length > 1 ? tailWords.slice(0, -1) : tailWords;
  return { before: head, match: found[0], after: cut.map((s) => s.segment).join('').replace(/[\s·]+$/u, '') };
}

/**
 * The text from its first whole word (dropping a word cut by the window), and not from punctuation; when the
 * window was cut and holds the end of a clause (，。；·), from the clause after it.
 */
function wordsFrom(text: string, cut: boolean): string {
  if (!cut) return text;
  const clause = /.*[，。；：！？·;!?]/su.exec(text);
  if (clause && clause[0].length < text.length) return snippetStart(text.slice(clause[0].length));
  const parts = [...new Intl.Segmenter('zh-CN', { granularity: 'word' }).segment(text)].map((s) => s.segment);
  return snippetStart((parts.length > 1 ? parts.slice(1) : parts).join(''));
}
