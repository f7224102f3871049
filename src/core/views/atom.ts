/**
 * Atom 1.0 (RFC 4287) feed text. Every text is escaped here; an entry's content is HTML carried as
 * escaped text (`type="html"`), so even a body that is not well-formed XML cannot break the feed.
 * Links may be site-relative: feed readers resolve them against the feed's own URL (or `base`).
 */

export interface AtomEntry {
  /** An absolute IRI, stable for ever: see `atomId`. */
  id: string;
  title: string;
  /** YYYY-MM-DD or an RFC 3339 date-time. */
  updated: string;
  authorName: string;
  href: string;
  /** The entry's body as HTML (already sanitised: it is escaped here, not cleaned). */
  html: string;
}

export interface AtomFeed {
  id: string;
  title: string;
  /** The page the feed is of, and the feed's own address. */
  href: string;
  self: string;
  /** `zh-CN` or `en`. */
  lang: string;
  /** The feed's author (the company): Atom wants one on the feed or on every entry. */
  authorName: string;
  /** When there are no entries, the date the feed is for. */
  updated: string;
  entries: AtomEntry[];
  /** An absolute base URL for relative links, when the site's address is known. */
  base?: string;
}

/** XML text and attribute values: `&`, `<`, `>` and both quotes escaped; characters XML 1.0 forbids dropped. */
export function escapeXml(text: string): string {
  return text
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '')
    .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** A date as Atom wants it: a full RFC 3339 date-time (a bare date is midnight UTC). */
export function atomDate(date: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(date) ? `${date}T00:00:00Z` : date;
}

/**
 * An entry's or feed's id: a `tag:` URI (RFC 4151) made of the site path, so it is absolute and
 * stable whatever address the site is served from.
 */
export function atomId(path: string): string {
  return `tag:okr-portal,2026:${path}`;
}

export function atomFeed(f: AtomFeed): string {
  const latest = f.entries.reduce((max, e) => (atomDate(e.updated) > max ? atomDate(e.updated) : max), '');
  const x = escapeXml;
  const entries = f.entries.map((e) => [
    '  <entry>',
    `    <id>${x(e.id)}</id>`,
    `    <title type="text">${x(e.title)}</title>`,
    `    <updated>${x(atomDate(e.updated))}</updated>`,
    `    <author><name>${x(e.authorName)}</name></author>`,
    `    <link rel="alternate" type="text/html" href="${x(e.href)}"/>`,
    `    <content type="html">${x(e.html)}</content>`,
    '  </entry>',
  ].join('\n'));
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${x(f.lang)}"${f.base ? ` xml:base="${x(f.base)}"` : ''}>`,
    `  <id>${x(f.id)}</id>`,
    `  <title type="text">${x(f.title)}</title>`,
    `  <updated>${x(latest || atomDate(f.updated))}</updated>`,
    `  <link rel="alternate" type="text/html" href="${x(f.href)}"/>`,
    `  <link rel="self" type="application/atom+xml" href="${x(f.self)}"/>`,
    `  <author><name>${x(f.authorName)}</name></author>`,
    '  <generator>OKR portal</generator>',
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
