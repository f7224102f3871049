// Querying Pagefind for the search page (search-page.ts): what a query finds with its filter counts, and
// the order a reader expects. Pagefind's browser API as far as the page uses it (pagefind.js is written
// by the build, not bundled).
import { containsPhrase, matchKey, titleRank } from '../core/views/search-query.ts';

export type Filters = Record<string, string>;
export type FilterCounts = Record<string, Record<string, number>>;
export interface Fragment { url: string; excerpt: string; content: string; meta: Record<string, string | undefined>; filters: Record<string, string[]> }
export interface Result { id: string; data: () => Promise<Fragment> }
export interface Results { results: Result[]; filters: FilterCounts; totalFilters: FilterCounts }
export interface SearchOptions { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }
export interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: SearchOptions) => Promise<Results>;
  debouncedSearch: (term: string, o?: SearchOptions, ms?: number) => Promise<Results | null>;
  filters: () => Promise<FilterCounts>;
}

/** Results a page shows at a time, and the first page the reader's order re-ranks. */
export const PAGE = 20;
/** How many people a query is compared with (`keys`) to decide whether it names one. */
const PEOPLE_CHECKED = 5;
/** A quoted query looks for its phrase in at most this many records that have all its words. */
const PHRASE_CANDIDATES = 200;
/** The record filter that lists a person's things (search-record-parts.ts OWNED_BY), and its sort. */
const OWNED_BY = 'ownedBy';

/**
 * What a query finds and the filter counts that go with it. Quoted phrases are kept as a filter on the
 * records' text (search-query.ts parseQuery), so counts are then tallied from the records kept.
 */
export async function find(pagefind: Pagefind, term: string | null, filters: Filters, phrases: string[]): Promise<{ results: Result[]; counts: FilterCounts }> {
  const res = await pagefind.search(term, term === null ? { filters, sort: { order: 'asc' } } : { filters });
  if (phrases.length === 0) return { results: res.results, counts: res.filters };
  const candidates = res.results.slice(0, PHRASE_CANDIDATES);
  const data = await Promise.all(candidates.map((r) => r.data()));
  const kept = candidates.filter((_, i) => phrases.every((p) => containsPhrase(data[i].content, p)));
  const counts: FilterCounts = {};
  for (const d of data.filter((_, i) => kept.includes(candidates[i]))) {
    for (const [key, values] of Object.entries(d.filters)) for (const v of values) (counts[key] ??= {})[v] = (counts[key][v] ?? 0) + 1;
  }
  return { results: kept, counts };
}

/**
 * The order a reader expects. A query that names a person (name, alias or pinyin, search-pinyin.ts)
 * puts the person first, then what they own ranked by weight (search-owned.ts), then the rest. Any other
 * query puts the first page's titles that are the query, begin with it or contain it first; Chinese
 * words are split (投诉率 → 投诉 率) and each part may match anywhere, so after those come the results
 * that have the words together, as typed (a quoted query has only those); then Pagefind's order.
 */
export async function readerOrder(pagefind: Pagefind, q: string, term: string, phrases: string[], filters: Filters, results: Result[]): Promise<Result[]> {
  const key = matchKey(q);
  if (phrases.length === 0 && (!filters.type || filters.type === 'person')) {
    const people = await pagefind.search(term, { filters: { ...filters, type: 'person' } });
    const top = people.results.slice(0, PEOPLE_CHECKED);
    const data = await Promise.all(top.map((r) => r.data()));
    const i = data.findIndex((d) => d.meta.keys?.split('|').includes(key));
    if (i >= 0) {
      const owned = await pagefind.search(null, { filters: { ...filters, [OWNED_BY]: data[i].meta.personId! }, sort: { owned: 'asc' } });
      return uniqueResults([top[i], ...owned.results, ...results]);
    }
  }
  let ordered = results;
  if (phrases.length === 0 && term.includes(' ')) {
    const phrase = await pagefind.search(`"${term}"`, { filters });
    ordered = uniqueResults([...phrase.results, ...results]);
  }
  const page = ordered.slice(0, PAGE);
  const titles = (await Promise.all(page.map((r) => r.data()))).map((d) => d.meta.title ?? '');
  const ranks = page.map((r, i) => ({ r, i, rank: titleRank(titles[i], q), length: titles[i].length }));
  // Among titles that begin with the query, the shorter is the closer (退费 → 退费率 before 退费率 > 20% → …).
  ranks.sort((a, b) => a.rank - b.rank || (a.rank === 1 ? a.length - b.length : 0) || a.i - b.i);
  return [...ranks.map((x) => x.r), ...ordered.slice(PAGE)];
}

/** Results in the order given, each once. */
function uniqueResults(results: Result[]): Result[] {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
}
