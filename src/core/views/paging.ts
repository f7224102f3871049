/**
 * Pages of a long list. Aggregate pages (a department's health and alignment, its members, the people of a
 * letter) grow with the organisation; each is cut into pages of a bounded number of rows, every page a real
 * URL (no JS), linked first/previous/next with `rel`, and saying where it is ("第 2 / 5 页").
 */

/** Rows per page: at most this many KRs, objectives, people or warnings, whatever the organisation's size. */
export const PAGE_SIZE = 100;

export interface PageLink {
  page: number;
  href: string;
  current: boolean;
}

export interface Pager {
  page: number;
  pages: number;
  prev?: string;
  next?: string;
  /**
   * The first and last pages and a window of two either side of this one, in order; `null` stands for
   * the pages left out between them. Bounded, however many pages there are.
   */
  links: (PageLink | null)[];
}

export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** Clamp a page number to the pages there are (a route always asks for one that exists). */
export function pageNumber(page: number | string | undefined, pages: number): number {
  const n = Math.trunc(Number(page ?? 1));
  return Number.isFinite(n) ? Math.min(Math.max(n, 1), pages) : 1;
}

export function pager(page: number, pages: number, href: (page: number) => string): Pager {
  const shown = new Set([1, pages]);
  for (let n = page - 2; n <= page + 2; n++) if (n >= 1 && n <= pages) shown.add(n);
  const links: (PageLink | null)[] = [];
  let last = 0;
  for (const n of [...shown].sort((a, b) => a - b)) {
    if (n > last + 1) links.push(null);
    links.push({ page: n, href: href(n), current: n === page });
    last = n;
  }
  return {
    page, pages, links,
    ...(page > 1 ? { prev: href(page - 1) } : {}),
    ...(page < pages ? { next: href(page + 1) } : {}),
  };
}

/** One list's rows on one page: which of them (1-based `from`), out of how many. */
export interface Part<T> {
  key: string;
  items: T[];
  total: number;
  from: number;
}

/** Where a list starts: its size and the page its first row is on (page 1 for an empty list). */
export interface PartStart {
  key: string;
  total: number;
  page: number;
}

/**
 * Several lists read one after another, cut into pages of `size` rows in all: a page holds the end of one
 * list and the start of the next, so every page is bounded by `size` however the rows fall. `parts` are
 * the pieces on `page` (empty lists have none); `starts` says where every list begins, for an overview.
 */
export function paginateLists<T>(lists: { key: string; items: T[] }[], page: number, size = PAGE_SIZE): { pages: number; parts: Part<T>[]; starts: PartStart[] } {
  const total = lists.reduce((n, l) => n + l.items.length, 0);
  const pages = pageCount(total, size);
  const lo = (page - 1) * size;
  const hi = lo + size;
  const parts: Part<T>[] = [];
  const starts: PartStart[] = [];
  let at = 0;
  for (const l of lists) {
    starts.push({ key: l.key, total: l.items.length, page: Math.floor(Math.min(at, Math.max(total - 1, 0)) / size) + 1 });
    const from = Math.max(lo, at);
    const to = Math.min(hi, at + l.items.length);
    if (from < to) parts.push({ key: l.key, items: l.items.slice(from - at, to - at), total: l.items.length, from: from - at + 1 });
    at += l.items.length;
  }
  return { pages, parts, starts };
}

/** One list cut into pages: the rows of `page`, as a part. */
export function paginate<T>(items: T[], page: number, size = PAGE_SIZE): { pages: number; part: Part<T> } {
  const pages = pageCount(items.length, size);
  const from = (page - 1) * size;
  return { pages, part: { key: '', items: items.slice(from, from + size), total: items.length, from: from + 1 } };
}
