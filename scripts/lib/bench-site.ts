// What the bench measures in a built site and in its build log.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => join(root, f)).filter((f) => statSync(f).isFile());
}

export interface SiteSize {
  pages: number;
  distMB: number;
  /** The largest HTML page, search fragment and JSON file, with their size in KB. */
  largest: { kind: 'HTML' | 'fragment' | 'JSON'; path: string; kb: number }[];
  searchIndexMB: number;
}

export function siteSize(out: string): SiteSize {
  const files = filesUnder(out).map((f) => ({ path: relative(out, f), bytes: statSync(f).size }));
  const biggest = (kind: SiteSize['largest'][number]['kind'], test: (p: string) => boolean) => {
    const top = files.filter((f) => test(f.path)).sort((a, b) => b.bytes - a.bytes)[0];
    return top ? [{ kind, path: top.path, kb: top.bytes / 1024 }] : [];
  };
  return {
    pages: files.filter((f) => f.path.endsWith('.html')).length,
    distMB: files.reduce((n, f) => n + f.bytes, 0) / 1024 / 1024,
    largest: [
      ...biggest('HTML', (p) => p.endsWith('.html')),
      ...biggest('fragment', (p) => p.endsWith('.pf_fragment')),
      ...biggest('JSON', (p) => p.endsWith('.json')),
    ],
    searchIndexMB: files.filter((f) => f.path.startsWith('pagefind/')).reduce((n, f) => n + f.bytes, 0) / 1024 / 1024,
  };
}

/** gzip size of the HTML plus every CSS and JS file it links (not chunks loaded later on demand), in KB. */
export function pageWeight(out: string, page: string): number {
  const html = readFileSync(join(out, page), 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => readFileSync(join(out, m[1])));
  return [Buffer.from(html), ...assets].reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024;
}

/** Route segments that name a page kind; any other segment is an id (a person, a set, a metric). */
const KIND_WORDS = new Set(['people', 'departments', 'search', 'health', 'alignment', 'bsc', 'perspectives', 'page', 'index.html']);

/** `/en/2026/bsc/nps/index.html` → `/[period]/bsc/[id]/`: pages of one kind share the pattern. */
export function pageKind(route: string): string {
  const segments = route.replace(/^\/en(?=\/)/, '').split('/').filter(Boolean).filter((s) => s !== 'index.html');
  const kinds = segments.map((s, i) => (KIND_WORDS.has(s) ? s : i === 0 && /^\d{4}(?:-|$)/.test(s) ? '[period]' : /^\d+$/.test(s) ? '[n]' : '[id]'));
  return `/${kinds.map((k) => `${k}/`).join('')}`;
}

export interface KindTiming { kind: string; pages: number; medianMs: number; maxMs: number; totalS: number }

/** Astro's per-page lines (`├─ /people/p0001/index.html (+4ms)`), grouped by page kind, the costliest first. */
export function pageTimings(log: string): KindTiming[] {
  const byKind = new Map<string, number[]>();
  for (const m of log.matchAll(/[├└]─ (\/\S*) \(\+(\d+(?:\.\d+)?)(ms|s)\)/g)) {
    const ms = Number(m[2]) * (m[3] === 's' ? 1000 : 1);
    const kind = pageKind(m[1]);
    byKind.set(kind, [...(byKind.get(kind) ?? []), ms]);
  }
  return [...byKind].map(([kind, ms]) => {
    const sorted = [...ms].sort((a, b) => a - b);
    return { kind, pages: ms.length, medianMs: sorted[Math.floor((sorted.length - 1) / 2)], maxMs: sorted.at(-1)!, totalS: ms.reduce((a, b) => a + b, 0) / 1000 };
  }).sort((a, b) => b.totalS - a.totalS);
}

/** The integrations' own summary lines (diagrams drawn, search records written), with their time. */
export function hookLines(log: string): string[] {
  return [...log.matchAll(/\[(okr-[a-z-]+)\] (.*\bin \d+ ms.*)$/gm)].map((m) => `${m[1]}: ${m[2]}`);
}
