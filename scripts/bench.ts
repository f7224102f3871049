#!/usr/bin/env node
// npm run bench [-- --people 250,1000,5000 --departments 40 --build --no-draw --keep --reports]
// For each size, generates an organisation next to the demo's BSC (scripts/lib/bench-org.ts) and measures the
// check (validate + score); --reports adds weekly reports per set (every Friday of 2026 up to asOf, 47 each); with --build also the build (npm run build's scripts/build.ts: check, Astro, diagrams,
// search index; --no-draw publishes diagrams as their text version, about what a build with every drawing
// cached costs), its peak RSS, the site's size, its largest files, the weight of typical pages, each page kind's
// render time from the build log, and the search page in headless Chromium. docs/performance.md has the results
// and how to compare with Starlight and Hugo (../shared/perf/run.sh).
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrganisation, scoreOrganisation } from '../src/core/index.ts';
import { readContentFiles } from '../src/content-files.ts';
import { generateOrg } from './lib/bench-org.ts';
import { probeSearch, type SearchProbe } from './lib/bench-search.ts';
import { hookLines, pageTimings, pageWeight, siteSize, type KindTiming, type SiteSize } from './lib/bench-site.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '250,1000,5000' },
    departments: { type: 'string' },
    build: { type: 'boolean', default: false },
    'no-draw': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    reports: { type: 'boolean', default: false },
    port: { type: 'string', default: '4390' },
  },
});
const GOALS = { checkSeconds5000: 1, largestKB: 300, pageGzipKB: 12, firstQueryKB: 300, queryMs: 100 };

interface Run {
  people: number;
  departments: number;
  sets: number;
  reports: number;
  checkSeconds: number;
  build?: { seconds: number; peakMiB?: number; size: SiteSize; personKB: number; setKB: number; kinds: KindTiming[]; hooks: string[]; search?: SearchProbe };
}

const runs = values.people.split(',').map(Number).map((people) => measure(people, Number(values.departments ?? Math.max(10, Math.round(people / 25)))));
for (const run of runs) if (run.build) run.build.search = await probeSearch(keptDist(run), Number(values.port), ['员工12号', '满意度', '部门3', '第2个方向']);
report(runs);
if (!values.keep) for (const run of runs) cleanUp(run);
process.exit(0);

function measure(people: number, departments: number): Run & { dir: string } {
  const dir = mkdtempSync(join(tmpdir(), `okr-bench-${people}-`));
  const content = join(dir, 'content');
  generateOrg(content, people, departments, { reports: values.reports });
  const t0 = performance.now();
  const { org, diagnostics } = loadOrganisation(readContentFiles(content), { today: '2026-11-22', asOf: '2026-11-20' });
  const scores = org && scoreOrganisation(org);
  const checkSeconds = (performance.now() - t0) / 1000;
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!scores || errors.length) {
    console.error(`The generated content has ${errors.length} errors, e.g.`, errors.slice(0, 3));
    process.exit(1);
  }
  const run: Run & { dir: string } = { dir, people, departments, sets: org!.sets.length, reports: org!.reports.length, checkSeconds };
  if (values.build) run.build = build(content, join(dir, 'dist'), dir);
  // ../shared/perf/run.sh reads the kept folder from this line.
  if (values.keep) console.log(`kept ${dir}`);
  return run;
}

function build(content: string, out: string, dir: string): NonNullable<Run['build']> {
  // Through scripts/build.ts, like `npm run build`: it waits for any other build of this checkout (they share
  // Astro's caches) and publishes atomically. Its check of the content is part of the time.
  const rssFile = join(dir, 'peak-rss');
  const time = existsSync('/usr/bin/time') ? ['/usr/bin/time', '-f', '%M', '-o', rssFile] : [];
  const command = [...time, process.execPath, 'scripts/build.ts'];
  const t0 = performance.now();
  const result = spawnSync(command[0], command.slice(1), {
    encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, OKR_CONTENT: content, OKR_OUT_DIR: out, OKR_AS_OF: '2026-11-20', ...(values['no-draw'] ? { OKR_DIAGRAMS: 'off' } : {}) },
  });
  const seconds = (performance.now() - t0) / 1000;
  const log = `${result.stdout}\n${result.stderr}`;
  writeFileSync(join(dir, 'build.log'), log);
  if (result.status !== 0) {
    console.error(log.slice(-3000));
    process.exit(1);
  }
  return {
    seconds,
    peakMiB: time.length ? Number(readFileSync(rssFile, 'utf8').trim().split('\n').pop()) / 1024 : undefined,
    size: siteSize(out),
    personKB: pageWeight(out, 'people/p0001/index.html'),
    setKB: pageWeight(out, '2026/p0001/index.html'),
    kinds: pageTimings(log),
    hooks: hookLines(log),
  };
}

function keptDist(run: Run): string {
  return join((run as Run & { dir: string }).dir, 'dist');
}

function report(results: Run[]): void {
  const goal = (ok: boolean, text: string) => `${text} ${ok ? '✓' : '✗'}`;
  const rows: [string, (r: Run) => string, string][] = [
    ['content', (r) => `${r.people} people, ${r.departments} departments, ${r.sets} sets, ${r.reports} reports`, ''],
    ['check (validate + score), s', (r) => r.checkSeconds.toFixed(2), `< ${GOALS.checkSeconds5000} s at 5,000 people`],
  ];
  if (results.some((r) => r.build)) {
    const b = (f: (x: NonNullable<Run['build']>) => string) => (r: Run) => (r.build ? f(r.build) : '–');
    rows.push(
      ['build (npm run build), s', b((x) => x.seconds.toFixed(1)), ''],
      ['pages (HTML, both languages)', b((x) => String(x.size.pages)), ''],
      ['peak RSS, MiB', b((x) => x.peakMiB?.toFixed(0) ?? 'n/a (no /usr/bin/time)'), ''],
      ['dist, MB', b((x) => x.size.distMB.toFixed(1)), ''],
      ...(['HTML', 'fragment', 'JSON'] as const).map((kind): [string, (r: Run) => string, string] => [
        `largest ${kind}, KB`, b((x) => { const f = x.size.largest.find((l) => l.kind === kind); return f ? goal(f.kb <= GOALS.largestKB, `${f.kb.toFixed(0)} ${f.path}`) : '–'; }), `≤ ${GOALS.largestKB} KB`]),
      ['person page, gzip KB (HTML + CSS + JS)', b((x) => goal(x.personKB <= GOALS.pageGzipKB, x.personKB.toFixed(1))), `≤ ${GOALS.pageGzipKB} KB`],
      ['set page, gzip KB (HTML + CSS + JS)', b((x) => goal(x.setKB <= GOALS.pageGzipKB, x.setKB.toFixed(1))), `≤ ${GOALS.pageGzipKB} KB`],
      ['search index (pagefind/), MB', b((x) => x.size.searchIndexMB.toFixed(1)), ''],
      ['search: first query downloads, KB', b((x) => (x.search ? goal(x.search.firstQueryKB <= GOALS.firstQueryKB, `${x.search.firstQueryKB.toFixed(0)} (Pagefind ${x.search.pagefindKB.toFixed(0)})`) : 'n/a')), `≤ ${GOALS.firstQueryKB} KB`],
      ['search: a query in the browser, ms', b((x) => (x.search ? goal(x.search.queryMs < GOALS.queryMs, x.search.queryMs.toFixed(0)) : 'n/a')), `< ${GOALS.queryMs} ms`],
    );
  }
  const width = 44;
  console.log(`\n${'measure'.padEnd(width)}${results.map((r) => `${r.people} people`.padEnd(width)).join('')}goal`);
  for (const [name, cell, target] of rows) console.log(`${name.padEnd(width)}${results.map((r) => cell(r).padEnd(width)).join('')}${target}`);
  for (const r of results) {
    if (!r.build) continue;
    console.log(`\npage render time by kind, ${r.people} people (Astro's per-page log; median and max ms per page, total s)`);
    for (const k of r.build.kinds) console.log(`  ${k.kind.padEnd(34)} ${String(k.pages).padStart(6)} pages  median ${k.medianMs.toFixed(0).padStart(4)} ms  max ${k.maxMs.toFixed(0).padStart(5)} ms  total ${k.totalS.toFixed(1).padStart(6)} s`);
    for (const line of r.build.hooks) console.log(`  ${line}`);
  }
}

function cleanUp(run: Run & { dir?: string }): void {
  const dir = run.dir!;
  rmSync(dir, { recursive: true, force: true });
  // Only this content's Astro cache (the folder astro.config.mjs names after it): other builds may be using theirs.
  rmSync(`node_modules/.astro-content/${createHash('sha1').update(resolve(join(dir, 'content'))).digest('hex').slice(0, 12)}`, { recursive: true, force: true });
}
