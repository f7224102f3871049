/** `@马长久`, `@Aaron姚涣`, `@ma-changjiu`: the characters a mention may use after the @. */
const NAME_CHAR = /[\p{Script=Han}\p{L}\p{N}_·-]/u;
/** An @ right after these is part of an e-mail address or a word, not a mention. */
const WORD_BEFORE = /[A-Za-z0-9_.+-]/;

export interface MentionToken {
  /** Index of the @ in the text. */
  index: number;
  /** Everything after the @ that could be a name; the resolver decides how much of it is. */
  token: string;
}

export function findMentionTokens(text: string): MentionToken[] {
  const found: MentionToken[] = [];
  for (let i = text.indexOf('@'); i >= 0; i = text.indexOf('@', i + 1)) {
    if (i > 0 && WORD_BEFORE.test(text[i - 1])) continue;
    let end = i + 1;
    while (end < text.length && NAME_CHAR.test(text[end])) end++;
    if (end > i + 1) found.push({ index: i, token: text.slice(i + 1, end) });
  }
  return found;
}

export type MentionMatch =
  | { kind: 'person'; id: string; length: number }
  | { kind: 'ambiguous'; ids: string[]; length: number }
  | { kind: 'unknown' };

/**
 * Chinese prose runs names into the next word (@马长久负责), so the longest prefix of the token that
 * is a known id, name or alias wins.
 */
export function matchMention(token: string, lookup: (name: string) => string[]): MentionMatch {
  const chars = [...token];
  for (let n = chars.length; n > 0; n--) {
    const candidate = chars.slice(0, n).join('');
    const ids = lookup(candidate);
    const length = candidate.length;
    if (ids.length === 1) return { kind: 'person', id: ids[0], length };
    if (ids.length > 1) return { kind: 'ambiguous', ids, length };
  }
  return { kind: 'unknown' };
}

export type Segment = { text: string } | { text: string; personId: string };

/** Split text into plain runs and resolved mentions, for renderers that link them. */
export function splitMentions(text: string, lookup: (name: string) => string[]): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const { index, token } of findMentionTokens(text)) {
    const m = matchMention(token, lookup);
    if (m.kind !== 'person') continue;
    if (index > last) out.push({ text: text.slice(last, index) });
    out.push({ text: text.slice(index, index + 1 + m.length), personId: m.id });
    last = index + 1 + m.length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

/** Elements whose text is never a mention: links already, code, and raw text. */
const NO_MENTIONS = new Set(['a', 'code', 'pre', 'script', 'style', 'kbd']);

/**
 * Link every @提及 in rendered prose HTML to the person's page. Text inside links and code is left
 * alone; names resolve exactly as the check resolves them (`lookup`), which has already failed the
 * build on an unknown or ambiguous one.
 */
export function linkMentionsInHtml(html: string, lookup: (name: string) => string[], hrefOf: (personId: string) => string): string {
  let skipDepth = 0;
  return html.split(/(<[^>]*>)/).map((part) => {
    const tag = /^<(\/?)([a-zA-Z][\w-]*)/.exec(part);
    if (tag) {
      if (NO_MENTIONS.has(tag[2].toLowerCase()) && !part.endsWith('/>')) skipDepth += tag[1] ? -1 : 1;
      return part;
    }
    if (skipDepth > 0 || !part.includes('@')) return part;
    return splitMentions(part, lookup)
      .map((s) => ('personId' in s ? `<a class="mention" href="${hrefOf(s.personId)}">${s.text}</a>` : s.text))
      .join('');
  }).join('');
}
