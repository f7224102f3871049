// The search page in the browser: queries Pagefind as the editor types, fills the filters, lists results.
// Bundled by Astro for src/components/SearchUI.astro only, so no other page loads it.
import { localize } from '../i18n/lang.ts';
import { containsPhrase, matchKey, parseQuery, phraseSnippet, snippetStart, titleRank } from '../core/views/search-query.ts';

// Pagefind's browser API, as far as this page uses it (pagefind.js is written by the build, not bundled).
type Filters = Record<string, string>;
type FilterCounts = Record<string, Record<string, number>>;
interface Fragment { url: string; excerpt: string; content: string; meta: Record<string, string | undefined>; filters: Record<string, string[]> }
interface Result { id: string; data: () => Promise<Fragment> }
interface Results { results: Result[]; filters: FilterCounts; totalFilters: FilterCounts }
interface SearchOptions { filters?: Filters; sort?: Record<string, 'asc' | 'desc'> }
interface Pagefind {
  options: (o: Record<string, unknown>) => Promise<void>;
  search: (term: string | null, o?: SearchOptions) => Promise<Results>;
  debouncedSearch: (term: string, o?: SearchOptions, ms?: number) => Promise<Results | null>;
  filters: () => Promise<FilterCounts>;
}
interface Config {
  lang: 'zh' | 'en';
  list: string;
  colon: string;
  words: Record<'filters' | 'person' | 'clear' | 'more' | 'loading' | 'failed' | 'prompt' | 'hint' | 'shown' | 'all' | 'results' | 'noResults' | 'owners' | 'collaborators' | 'score' | 'department' | 'role' | 'leads', string>;
  types: Record<string, string>;
  statuses: Record<string, { icon: string; label: string }>;
  departments: Record<string, string>;
}

const PAGE = 20;
const DEBOUNCE_MS = 200;
/** How many people a query is compared with (`keys`) to decide whether it names one. */
const PEOPLE_CHECKED = 5;
/** A quoted query looks for its phrase in at most this many records that have all its words. */
const PHRASE_CANDIDATES = 200;
/** The record filter that lists a person's things (search-record-parts.ts OWNED_BY), and its sort. */
const OWNED_BY = 'ownedBy';

const root = document.querySelector<HTMLElement>('[data-search-config]');
if (root) void start(root);

async function start(root: HTMLElement) {
  const config = JSON.parse(root.dataset.searchConfig!) as Config;
  const { words } = config;
  const form = root.querySelector<HTMLFormElement>('[data-search-form]')!;
  const input = root.querySelector<HTMLInputElement>('[data-search-input]')!;
  const fieldset = root.querySelector<HTMLFieldSetElement>('[data-search-filters]')!;
  const selects = [...root.querySelectorAll<HTMLSelectElement>('select[data-filter]')];
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const clear = root.querySelector<HTMLButtonElement>('[data-search-clear]')!;

  // The query and filters come from the URL, so a search can be linked and reloaded.
  const params = new URL(location.href).searchParams;
  input.value = params.get('q') ?? '';
  const wanted = new Map(selects.map((s) => [s.dataset.filter!, params.get(s.dataset.filter!) ?? '']));
  status.textContent = words.loading;

  let pagefind: Pagefind;
  let totals: FilterCounts;
  try {
    // A runtime import: the index is written after the site is bundled, so Vite must leave it alone.
    const url = `${import.meta.env.BASE_URL.replace(/\/?$/, '/')}pagefind/pagefind.js`;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ excerptLength: 36 });
    totals = await pagefind.filters();
  } catch (e) {
    console.error(e);
    status.textContent = words.failed;
    list.setAttribute('aria-busy', 'false');
    return;
  }

  for (const select of selects) {
    const key = select.dataset.filter!;
    for (const value of optionOrder(key, Object.keys(totals[key] ?? {}), wanted.get(key)!)) {
      select.add(new Option(optionLabel(key, value), value));
    }
    select.value = wanted.get(key)!;
  }
  delete fieldset.dataset.pending;

  let seq = 0;
  let shown: Result[] = [];
  /** The quoted phrases of the results shown: their snippets are centred on the phrase. */
  let shownPhrases: string[] = [];
  let rendered = 0;

  const chosen = (): Filters => Object.fromEntries(selects.filter((s) => s.value).map((s) => [s.dataset.filter!, s.value]));

  async function run(debounce: boolean) {
    const mine = ++seq;
    list.setAttribute('aria-busy', 'true');
    const q = input.value.trim();
    const filters = chosen();
    keepInUrl(q, filters);
    clear.disabled = Object.keys(filters).length === 0;
    // Filters alone list what they match (term null); punctuation alone is no query.
    const { phrases, term: lookup } = parseQuery(q);
    const term = lookup || null;
    if (!term && Object.keys(filters).length === 0) {
      updateCounts(totals);
      show(mine, [], q ? words.noResults : words.prompt);
      return;
    }
    if (debounce && term !== null && (await pagefind.debouncedSearch(term, { filters }, DEBOUNCE_MS)) === null) return;
    if (mine !== seq) return;
    const found = await find(term, filters, term ? phrases : []);
    // Each filter's counts: what choosing that value would give with the query and the other filters.
    const counts: FilterCounts = { ...found.counts };
    for (const key of Object.keys(filters)) {
      const { [key]: _, ...others } = filters;
      const without = await find(term, others, term ? phrases : []);
      if (mine !== seq) return;
      counts[key] = without.counts[key] ?? {};
    }
    const ordered = term === null ? found.results : await readerOrder(q, term, phrases, filters, found.results);
    if (mine !== seq) return;
    shownPhrases = term ? phrases : [];
    updateCounts(counts);
    show(mine, ordered, ordered.length === 0 ? words.noResults : undefined);
  }

  /**
   * What a query finds and the filter counts that go with it. Quoted phrases are kept as a filter on the
   * records' text (search-query.ts parseQuery), so counts are then tallied from the records kept.
   */
  async function find(term: string | null, filters: Filters, phrases: string[]): Promise<{ results: Result[]; counts: FilterCounts }> {
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
  async function readerOrder(q: string, term: string, phrases: string[], filters: Filters, results: Result[]): Promise<Result[]> {
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

  function show(mine: number, results: Result[], message?: string) {
    shown = results;
    rendered = 0;
    list.replaceChildren();
    status.textContent = message ?? count(results.length);
    void renderMore(mine);
  }

  async function renderMore(mine: number) {
    const next = shown.slice(rendered, rendered + PAGE);
    rendered += next.length;
    const data = await Promise.all(next.map((r) => r.data()));
    if (mine !== seq) return;
    list.append(...data.map(resultItem));
    more.hidden = rendered >= shown.length;
    list.setAttribute('aria-busy', 'false');
    if (shown.length > PAGE) status.textContent = `${count(shown.length)}${config.lang === 'en' ? ', ' : '，'}${words.shown} ${rendered}`;
  }

  function count(n: number) {
    return `${n} ${words.results}`;
  }

  function updateCounts(counts: FilterCounts) {
    for (const select of selects) {
      const key = select.dataset.filter!;
      for (const option of [...select.options].slice(1)) {
        option.text = `${optionLabel(key, option.value)} (${counts[key]?.[option.value] ?? 0})`;
      }
    }
  }

  function resultItem(d: Fragment): HTMLLIElement {
    const m = d.meta;
    const li = el('li', 'panel search-result');
    const h = el('h2', 'h3');
    const a = el('a');
    a.href = localize(d.url, config.lang);
    a.textContent = m.title ?? d.url;
    h.append(a);
    const facts = el('p', 'small search-meta');
    const fact = (...nodes: (Node | string)[]) => {
      const span = el('span');
      span.append(...nodes);
      facts.append(span);
    };
    const type = el('span', 'tag');
    type.textContent = config.types[m.type ?? ''] ?? m.type ?? '';
    fact(type);
    if (m.role) fact(`${words.role}${config.colon}${m.role}`);
    if (m.owners) fact(`${words.owners}${config.colon}${names(m.owners)}`);
    if (m.collaborators) fact(`${words.collaborators}${config.colon}${names(m.collaborators)}`);
    if (m.department) fact(`${words.department}${config.colon}${departmentName(m.department)}`);
    if (m.leads) fact(`${words.leads}${config.colon}${m.leads.split('、').map(departmentName).join(config.list)}`);
    if (m.set) fact(m.set);
    if (m.status) {
      const s = el('span', `status s-${m.status}`);
      const icon = el('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = config.statuses[m.status]?.icon ?? '';
      s.append(icon, ` ${config.statuses[m.status]?.label ?? m.status}`);
      fact(s);
    }
    const stale = config.lang === 'en' ? m.staleEn : m.stale;
    if (stale && config.statuses.stale) {
      const s = el('span', 'status s-stale');
      const icon = el('span');
      icon.setAttribute('aria-hidden', 'true');
      icon.textContent = config.statuses.stale.icon;
      s.append(icon, ` ${config.statuses.stale.label}${config.lang === 'en' ? ` (${stale})` : `（${stale}）`}`);
      fact(s);
    }
    if (m.score) {
      const score = el('b', `score${m.status ? ` s-${m.status}` : ''}`);
      score.textContent = m.score;
      fact(`${words.score} `, score);
    }
    li.append(h, facts);
    // A person is told by title and department; their record's text is only names and pinyin.
    if (m.type !== 'person') {
      const excerpt = el('p', 'small search-excerpt');
      const around = shownPhrases.map((p) => phraseSnippet(d.content, p)).find(Boolean);
      if (around) {
        const mark = el('mark');
        mark.textContent = around.match;
        excerpt.append(around.before, mark, around.after);
      } else excerpt.append(...marked(d.excerpt));
      li.append(excerpt);
    }
    return li;
  }

  function names(joined: string) {
    return joined.split('、').join(config.list);
  }

  function departmentName(name: string) {
    return config.departments[name] ?? name;
  }

  function optionLabel(key: string, value: string) {
    if (key === 'type') return config.types[value] ?? value;
    if (key === 'status') return config.statuses[value] ? `${config.statuses[value].icon} ${config.statuses[value].label}` : value;
    if (key === 'department') return departmentName(value);
    return value;
  }

  function optionOrder(key: string, values: string[], keep: string) {
    const all = keep && !values.includes(keep) ? [...values, keep] : values;
    const fixed = key === 'type' ? Object.keys(config.types) : key === 'status' ? Object.keys(config.statuses) : undefined;
    if (fixed) return all.sort((a, b) => rank(fixed, a) - rank(fixed, b));
    return all.sort((a, b) => a.localeCompare(b, 'zh-CN'));
  }

  input.addEventListener('input', () => void run(true));
  for (const select of selects) select.addEventListener('change', () => void run(false));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(false);
  });
  clear.addEventListener('click', () => {
    for (const select of selects) select.value = '';
    void run(false);
    input.focus();
  });
  more.addEventListener('click', () => {
    const first = rendered;
    list.setAttribute('aria-busy', 'true');
    void renderMore(seq).then(() => list.children[first]?.querySelector('a')?.focus());
  });
  void run(false);
}

function rank(order: string[], value: string) {
  const i = order.indexOf(value);
  return i < 0 ? order.length : i;
}

/**
 * Pagefind's excerpt keeps only its <mark>s (adjacent ones joined: 投诉|率); everything else becomes text.
 * Its window may open on punctuation (，不含税…): the snippet starts at the first word.
 */
function marked(excerpt: string): Node[] {
  const tpl = document.createElement('template');
  tpl.innerHTML = excerpt;
  const out: Node[] = [];
  for (const n of tpl.content.childNodes) {
    const text = n.textContent ?? '';
    const last = out.at(-1);
    if (n.nodeName !== 'MARK') out.push(document.createTextNode(text));
    else if (last instanceof HTMLElement) last.textContent += text;
    else {
      const mark = el('mark');
      mark.textContent = text;
      out.push(mark);
    }
  }
  while (out[0] instanceof Text && !(out[0].data = snippetStart(out[0].data))) out.shift();
  return out;
}

/** Results in the order given, each once. */
function uniqueResults(results: Result[]): Result[] {
  const seen = new Set<string>();
  return results.filter((r) => !seen.has(r.id) && Boolean(seen.add(r.id)));
}

function keepInUrl(q: string, filters: Filters) {
  const url = new URL(location.href);
  url.search = '';
  if (q) url.searchParams.set('q', q);
  for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
  history.replaceState(history.state, '', url);
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
