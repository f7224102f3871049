// The search page in the browser: queries Pagefind as the editor types, fills the filters, lists results.
// Bundled by Astro for src/components/SearchUI.astro only, so no other page loads it.
import { parseQuery } from '../core/views/search-query.ts';
import { find, PAGE, readerOrder, type FilterCounts, type Filters, type Pagefind, type Result } from './search-pagefind.ts';
import { optionLabel, optionOrder, resultItem, type Config } from './search-results.ts';

const DEBOUNCE_MS = 200;

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
    for (const value of optionOrder(config, key, Object.keys(totals[key] ?? {}), wanted.get(key)!)) {
      select.add(new Option(optionLabel(config, key, value), value));
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
    const found = await find(pagefind, term, filters, term ? phrases : []);
    // Each filter's counts: what choosing that value would give with the query and the other filters.
    const counts: FilterCounts = { ...found.counts };
    for (const key of Object.keys(filters)) {
      const { [key]: _, ...others } = filters;
      const without = await find(pagefind, term, others, term ? phrases : []);
      if (mine !== seq) return;
      counts[key] = without.counts[key] ?? {};
    }
    const ordered = term === null ? found.results : await readerOrder(pagefind, q, term, phrases, filters, found.results);
    if (mine !== seq) return;
    shownPhrases = term ? phrases : [];
    updateCounts(counts);
    show(mine, ordered, ordered.length === 0 ? words.noResults : undefined);
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
    list.append(...data.map((d) => resultItem(config, d, shownPhrases)));
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
        option.text = `${optionLabel(config, key, option.value)} (${counts[key]?.[option.value] ?? 0})`;
      }
    }
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

function keepInUrl(q: string, filters: Filters) {
  const url = new URL(location.href);
  url.search = '';
  if (q) url.searchParams.set('q', q);
  for (const [k, v] of Object.entries(filters)) url.searchParams.set(k, v);
  history.replaceState(history.state, '', url);
}
