/**
 * @提及: finding them in text and resolving them to people (prose/mentions.ts links them in bodies).
 *
 * A mention is `@` (or the full-width `＠` a Chinese input method types) followed by the longest run
 * of name characters. It means a person only when that whole run is an id, a name or an alias: never
 * a prefix of it, so `@市场主管` is not the person 市场 and `@马长久负责` is not 马长久.
 */

/** Letters of any script, digits, combining marks, and the joiners ids and names use (ma-changjiu, 阿依·买买提). */
const NAME_CHAR = /[\p{L}\p{M}\p{N}_\-·・]/u;
/** A name starts with a letter or a digit. */
const NAME_START = /^[\p{L}\p{N}]/u;
/** Joiners end no name: `@张三-` is 张三. */
const TRAILING_JOINERS = /[_\-·・]+$/u;
const AT = new Set(['@', '＠']);
/** The part of an e-mail address before the @ ends in one of these. */
const LOCAL_PART_END = /[A-Za-z0-9._%+-]/;
/** What follows the @ of an e-mail address: a domain whose last label is ASCII letters (a@b.com, a@马长久.com). */
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}(?![\p{L}\p{N}])/u;
/** A web address; an @ inside it (https://example.com/@team) is part of the address. */
const URL_PATTERN = /https?:\/\/[\x21-\x7e]+/g;

export interface MentionToken {
  /** Index of the @ in the text. */
  index: number;
  /** The name as written after the @. */
  name: string;
  /** The @ and the name: the text a page shows for the mention. */
  text: string;
}

/** Every @提及 in `text`, in order; e-mail and web addresses are skipped. */
export function findMentions(text: string): MentionToken[] {
  const urls = [...text.matchAll(URL_PATTERN)].map((m) => [m.index, m.index + m[0].length] as const);
  const found: MentionToken[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!AT.has(text[i])) continue;
    if (urls.some(([from, to]) => i >= from && i < to)) continue;
    if (i > 0 && LOCAL_PART_END.test(text[i - 1]) && DOMAIN.test(text.slice(i + 1))) continue;
    let end = i + 1;
    while (end < text.length && NAME_CHAR.test(text[end])) end++;
    const name = text.slice(i + 1, end).replace(TRAILING_JOINERS, '');
    if (!name || !NAME_START.test(name)) continue;
    found.push({ index: i, name, text: text.slice(i, i + 1 + name.length) });
    i += name.length;
  }
  return found;
}

/** Who a written name means: person ids, as the directory resolves them (id, then name, then alias). */
export type Lookup = (name: string) => string[];

export type MentionMatch =
  | { kind: 'person'; id: string }
  | { kind: 'ambiguous'; ids: string[] }
  | { kind: 'unknown' };

/** Resolve a mentioned name exactly: the whole name is an id, a name or an alias, or it is no one. */
export function resolveMention(name: string, lookup: Lookup): MentionMatch {
  const ids = lookup(name);
  if (ids.length === 1) return { kind: 'person', id: ids[0] };
  if (ids.length > 1) return { kind: 'ambiguous', ids };
  return { kind: 'unknown' };
}

/**
 * The person a name starts with, if exactly one does (`马长久负责` starts with 马长久): not a match,
 * only a hint for the message that says how to write the mention so it does match.
 */
export function personPrefix(name: string, lookup: Lookup): { name: string; id: string } | undefined {
  const chars = [...name];
  for (let n = chars.length - 1; n > 0; n--) {
    const candidate = chars.slice(0, n).join('');
    const ids = lookup(candidate);
    if (ids.length === 1) return { name: candidate, id: ids[0] };
    if (ids.length > 1) return undefined;
  }
  return undefined;
}

/** A run of text: plain, a mention of one person, or a mention that names no one (or several). */
export type Segment =
  | { kind: 'text'; text: string }
  | { kind: 'person'; text: string; personId: string }
  | { kind: 'unknown'; text: string }
  | { kind: 'ambiguous'; text: string; ids: string[] };

/** Split text into plain runs and mentions, each resolved; joining the texts gives `text` back. */
export function splitMentions(text: string, lookup: Lookup): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of findMentions(text)) {
    if (m.index > last) out.push({ kind: 'text', text: text.slice(last, m.index) });
    const match = resolveMention(m.name, lookup);
    out.push(match.kind === 'person' ? { kind: 'person', text: m.text, personId: match.id }
      : match.kind === 'ambiguous' ? { kind: 'ambiguous', text: m.text, ids: match.ids }
        : { kind: 'unknown', text: m.text });
    last = m.index + m.text.length;
  }
  if (last < text.length) out.push({ kind: 'text', text: text.slice(last) });
  return out;
}
