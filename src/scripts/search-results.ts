// One search result as the page lists it, and the labels of the filter options: DOM built from the
// record's fields as text (the excerpt keeps only its <mark>s), never from its HTML.
import { localize } from '../i18n/lang.ts';
import { phraseSnippet, snippetStart } from '../core/views/search-query.ts';
import type { Fragment } from './search-pagefind.ts';

export interface Config {
  lang: 'zh' | 'en';
  list: string;
  colon: string;
  words: Record<'filters' | 'person' | 'clear' | 'more' | 'loading' | 'failed' | 'prompt' | 'hint' | 'shown' | 'all' | 'results' | 'noResults' | 'owners' | 'collaborators' | 'score' | 'department' | 'role' | 'leads', string>;
  types: Record<string, string>;
  statuses: Record<string, { icon: string; label: string }>;
  departments: Record<string, string>;
}

/** A result's list item: title linked, facts (type, role, owners, department, status, score), a snippet. `phrases` centre the snippet. */
export function resultItem(config: Config, d: Fragment, phrases: string[]): HTMLLIElement {
  const { words } = config;
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
  if (m.owners) fact(`${words.owners}${config.colon}${names(config, m.owners)}`);
  if (m.collaborators) fact(`${words.collaborators}${config.colon}${names(config, m.collaborators)}`);
  if (m.department) fact(`${words.department}${config.colon}${departmentName(config, m.department)}`);
  if (m.leads) fact(`${words.leads}${config.colon}${m.leads.split('、').map((d) => departmentName(config, d)).join(config.list)}`);
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
    const around = phrases.map((p) => phraseSnippet(d.content, p)).find(Boolean);
    if (around) {
      const mark = el('mark');
      mark.textContent = around.match;
      excerpt.append(around.before, mark, around.after);
    } else excerpt.append(...marked(d.excerpt));
    li.append(excerpt);
  }
  return li;
}

function names(config: Config, joined: string) {
  return joined.split('、').join(config.list);
}

function departmentName(config: Config, name: string) {
  return config.departments[name] ?? name;
}

export function optionLabel(config: Config, key: string, value: string) {
  if (key === 'type') return config.types[value] ?? value;
  if (key === 'status') return config.statuses[value] ? `${config.statuses[value].icon} ${config.statuses[value].label}` : value;
  if (key === 'department') return departmentName(config, value);
  return value;
}

export function optionOrder(config: Config, key: string, values: string[], keep: string) {
  const all = keep && !values.includes(keep) ? [...values, keep] : values;
  const fixed = key === 'type' ? Object.keys(config.types) : key === 'status' ? Object.keys(config.statuses) : undefined;
  if (fixed) return all.sort((a, b) => rank(fixed, a) - rank(fixed, b));
  return all.sort((a, b) => a.localeCompare(b, 'zh-CN'));
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

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  return node;
}
