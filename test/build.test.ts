// Builds the demo site for real (`npm run build`: check, then astro, then publish) and reads the pages it wrote;
// then fails, interrupts, kills and races builds over it, which must leave it byte for byte as it was.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOwner } from '../scripts/lib/build-lock.ts';
import { RULE_IDS } from '../src/core/rules.ts';
import { isRunning, type ProcessId } from '../scripts/lib/processes.ts';

const ROOT = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'okr-build-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function npmBuild(content: string, out: string) {
  return spawnSync('npm', ['run', 'build'], {
    cwd: ROOT, encoding: 'utf8',
    env: { ...process.env, OKR_CONTENT: content, OKR_OUT_DIR: out, OKR_AS_OF: '2026-11-20' },
  });
}

describe('the demo site', () => {
  const out = join(work, 'demo');
  let result: ReturnType<typeof npmBuild>;
  beforeAll(() => {
    result = npmBuild('content', out);
  });
  const page = (path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');

  it('builds', () => {
    expect(result.status, result.stderr + result.stdout).toBe(0);
  });

  it('has a BSC home page in Chinese with every perspective, metric and hedge rule of 001', () => {
    const home = page('');
    expect(home).toContain('<html lang="zh-CN"');
    for (const text of ['财务', '客户', '内部运营', '学习与成长', '净营收', '净利润率', '百万元投诉率', '大黑用户拦截率', '服务满意度 (NPS)', '单 SKU 产能密度', '兼职人效', 'AI Agent 实际上岗率']) {
      expect(home).toContain(text);
    }
    expect(home).toContain('退费率 &gt; 20%');
    expect(home).toContain('已触发');
    expect(home).toContain('大黑用户拦截率 &lt; 80%');
    expect(home).toContain('未触发');
    expect(home).toContain('示例');
  });

  it('has a page per department set with its objectives and key results', () => {
    for (const [owner, objective] of [['market', '【提升获客质量，保障财务健康线】'], ['sales', '【严控销售风险，重塑用户信任】'], ['curriculum', '【交付高质量的课程产品，提升完课与毕业标准】'], ['service', '【构建“毕业不离校”的长期价值生态】'], ['tech', '【以AI工具全面提效，支撑业务健康化运营】']]) {
      const html = page(`2026/${owner}`);
      expect(html).toContain(objective);
      expect(html).toMatch(/id="o1-kr1"/);
    }
  });

  it('shows the computed score with how it was computed', () => {
    const html = page('2026/market');
    expect(html).toContain('如何计算');
    expect(html).toMatch(/\(1300 − 1190\) ÷ \(1300 − 1170\) = 0\.85/);
  });

  it('shows honest numbers at asOf 2026-11-20: coverage, no 落后 for missing data, the quarter beside the year', () => {
    const market = page('2026/market');
    expect(market).toContain('2/4 个 KR 有数据');
    expect(market).toContain('1/2 个 KR 有数据');
    // The diagram may say 落后 of what it aligns to (the finance perspective); the set's own numbers may not.
    expect(market.replace(/<figure class="diagram"[\s\S]*?<\/figure>/g, '')).not.toContain('落后');
    expect(market).toContain('最近更新 2026-10-31，已 20 天');
    expect(page('en/2026/market')).toContain('2 of 4 KRs have data');
    const home = page('');
    expect(home).toMatch(/id="now-2026-q4"[\s\S]*?href="\/2026-q4\/du-kangjie\/"/);
    // The demo's weekly reports of 2026-11-20 are the newest data.
    expect(home).toContain('数据截至 2026-11-20');
    expect(home).not.toContain('按 2026-11-20 计算');
    const health = page('2026/health');
    expect(health).toMatch(/id="period-2026-q4"/);
    expect(health).toMatch(/<tr data-group="people">[\s\S]*?href="\/2026\/health\/people\/#index-2026-q4"/);
    // 杜康杰 has no department: his quarter's KRs are on the page of the people without one.
    const people = page('2026/health/people');
    expect(people).toContain('待更新的关键结果');
    expect(people).toMatch(/id="period-2026-q4"[\s\S]*?href="\/2026-q4\/du-kangjie\/#o1-kr2"/);
  });

  it('writes every page kind at its stable URL, in Chinese and under /en/ in English', () => {
    // Besides the sets' pages, a reports page for each owner who reports without a set of the period (a metric's owner).
    const reportOnly = existsSync(join(ROOT, 'content', 'reports', '2026'))
      ? readdirSync(join(ROOT, 'content', 'reports', '2026')).filter((o) => !o.includes('.') && !existsSync(join(ROOT, 'content', 'okrs', '2026', `${o}.mdx`))) : [];
    expect(readdirSync(join(out, '2026')).sort()).toEqual(['alignment', 'bsc', 'curriculum', 'health', 'index.html', 'market', 'perspectives', 'reports', 'review', 'sales', 'service', 'tech', 'week', ...reportOnly].sort());
    for (const path of ['2026-q1', '2026/bsc/nps', '2026/bsc/refund-rate', '2026/perspectives/finance', '2026/alignment', '2026/alignment/market', '2026/alignment/people', '2026/health', '2026/health/market', '2026/health/people', '2026-q1/health/sales', '2026/market/reports', '2026/week', '2026/week/market', '2026-q4/week/people', '2026/review', '2026/review/market', '2026-q4/review/people', 'people', 'people/a-z/m', 'people/ma-changjiu', 'departments', 'departments/market', 'search']) {
      expect(existsSync(join(out, path, 'index.html')), path).toBe(true);
      expect(existsSync(join(out, 'en', path, 'index.html')), `en/${path}`).toBe(true);
    }
    expect(page('en/2026/market')).toContain('<html lang="en"');
    for (const feed of ['2026/market/reports/feed.xml', '2026/reports/feed.xml']) {
      expect(readFileSync(join(out, feed), 'utf8')).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
      expect(existsSync(join(out, 'en', feed)), `en/${feed}`).toBe(true);
    }
  });

  it('has no broken internal link or anchor', () => {
    expect(result.status, result.stderr + result.stdout).toBe(0);
    const site = readSite(out);
    expect(site.size).toBeGreaterThan(50);
    const broken: string[] = [];
    let checked = 0;
    for (const [from, { links }] of site) {
      for (const href of links) {
        const url = new URL(href, `${ORIGIN}${from}`);
        if (url.origin !== ORIGIN) continue; // external: not checked
        checked++;
        const path = decodeURIComponent(url.pathname);
        const target = site.get(pageUrl(path)) ?? site.get(path);
        if (!target) {
          if (!isFile(out, path)) broken.push(`${from}: ${href} → no such page or file`);
          else if (url.hash) broken.push(`${from}: ${href} → a file, it has no #${url.hash.slice(1)}`);
          continue;
        }
        const id = decodeURIComponent(url.hash.slice(1));
        if (id && !target.ids.has(id)) broken.push(`${from}: ${href} → ${pageUrl(path)} has no id="${id}"`);
      }
    }
    expect(checked).toBeGreaterThan(1000);
    expect(broken, `${broken.length} broken links:\n${broken.join('\n')}`).toEqual([]);
  });
});

describe('the demo site\'s reading path', () => {
  // Readers see names, never ids: refs (2026:bsc/finance, sales/o2/kr2), bare objective and KR ids (kr2),
  // the ids of hedge rules (refund-guard) and the check's rule ids (objective-count). Ids stay in URLs and
  // anchors, which are attributes, not text.
  const REF = /\b\d{4}(?:-q\d)?:[a-z0-9]|\bbsc\/[a-z0-9]|\b[a-z0-9][a-z0-9-]*\/o\d+\b|\b(?:o|kr)\d+\b|\b[a-z]+-guard\b/;
  const RULE = new RegExp(`\\b(?:${RULE_IDS.filter((id) => id.includes('-')).join('|')})\\b`);

  it('shows no ref, raw objective or KR id, hedge rule id or check rule id in any text a reader sees', () => {
    const out = join(work, 'demo');
    const found: string[] = [];
    for (const [url, text] of visibleTexts(out)) {
      for (const line of text.split('\n')) {
        const m = REF.exec(line) ?? RULE.exec(line);
        if (m) found.push(`${url}: "${m[0]}" in "${line.trim().slice(0, 120)}"`);
      }
    }
    expect(found, `${found.length} ids shown to readers:\n${found.slice(0, 40).join('\n')}`).toEqual([]);
  });
});

/**
 * The text of every page as a reader meets it: element text, and the aria-label, title and alt a screen reader
 * says; not scripts, styles, comments, or the Mermaid source a diagram is drawn from (the text version is text).
 */
function visibleTexts(out: string): Map<string, string> {
  const pages = new Map<string, string>();
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const html = readFileSync(join(out, file), 'utf8')
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1>/gi, '')
      .replace(/<pre\b[^>]*class="[^"]*\bmermaid\b[^"]*"[^>]*>[\s\S]*?<\/pre>/gi, '');
    const said = [...html.matchAll(/\s(?:aria-label|title|alt)="([^"]*)"/g)].map((m) => m[1]);
    pages.set(file, decodeEntities([...said, html.replace(/<[^>]*>/g, '\n')].join('\n')));
  }
  return pages;
}

describe('publishing', () => {
  // The demo site built above is the previous site: every build below runs over it.
  const out = join(work, 'demo');
  let before: Map<string, string>;
  beforeAll(() => {
    before = hashTree(out);
  });
  /** What builds may leave beside the published site or in the checkout: nothing, once they are over. */
  const leftovers = () => [
    ...readdirSync(work).filter((name) => name.startsWith('demo.')),
    ...['.build.lock', '.astro/.prerender'].filter((path) => existsSync(join(ROOT, path))),
  ];

  it('a build that fails after writing every page leaves the previous site byte for byte', async () => {
    const build = startBuild(out, { OKR_BUILD_TEST_HOOK: 'fail' });
    expect(await build.exited, build.output()).toEqual({ code: 1, signal: null });
    expect(build.output()).toContain('build-test-hook: failing the build on purpose');
    expect(build.output()).toContain(`build: The build failed (astro exit code 1); ${out} is unchanged.`);
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  it('a build stopped by SIGTERM stops Astro, removes its folder and leaves the previous site', async () => {
    const build = startBuild(out, { OKR_BUILD_TEST_HOOK: 'pause-at-start' });
    await build.said('build-test-hook: paused');
    expect(existsSync(`${out}.building-${build.pid}`)).toBe(true);
    const astro = parseOwner(readFileSync(join(ROOT, '.build.lock'), 'utf8'))?.child as ProcessId;
    build.child.kill('SIGTERM');
    expect(await build.exited, build.output()).toEqual({ code: 143, signal: null });
    expect(isRunning(astro)).toBe(false);
    expect(build.output()).toContain(`build: The build was interrupted by SIGTERM; ${out} is unchanged.`);
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });

  let killed = 0;
  it('a build killed with SIGKILL mid-way leaves the previous site, and its Astro process stops too', async () => {
    const build = startBuild(out, { OKR_BUILD_TEST_HOOK: 'pause' });
    await build.said('build-test-hook: paused');
    const building = `${out}.building-${build.pid}`;
    expect(existsSync(join(building, '2026', 'market', 'index.html')), 'pages are half written').toBe(true);
    expect(existsSync(join(building, 'pagefind')), 'no search index yet').toBe(false);
    const astro = parseOwner(readFileSync(join(ROOT, '.build.lock'), 'utf8'))?.child as ProcessId;
    expect(isRunning(astro)).toBe(true);
    build.child.kill('SIGKILL');
    expect(await build.exited).toEqual({ code: null, signal: 'SIGKILL' });
    killed = build.pid;
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toContain(`demo.building-${killed}`); // nobody could clean up: the next build does
    while (isRunning(astro)) await sleep(50); // the test's timeout is the hang guard
  });

  it('two builds started together: the second waits for the first, both publish, nothing is left over', async () => {
    const release = join(work, 'release');
    const first = startBuild(out, { OKR_BUILD_TEST_HOOK: 'pause', OKR_BUILD_TEST_RELEASE: release });
    await first.said('build-test-hook: paused');
    const second = startBuild(out);
    await second.said(`Another build is running in this checkout (pid ${first.pid}, `);
    writeFileSync(release, '');
    expect(await first.exited, first.output()).toEqual({ code: 0, signal: null });
    expect(await second.exited, second.output()).toEqual({ code: 0, signal: null });
    // The first build cleaned up after the killed one.
    if (killed) expect(first.output()).toContain(`build: removed ${out}.building-${killed}, left by build pid ${killed}, which did not finish`);
    for (const build of [first, second]) {
      expect(build.output()).not.toContain('Cannot find module');
      expect(build.output()).toContain(`build: Published ${out} (`);
    }
    // The same content as of the same day: the same site, complete, and nothing beside it.
    expect(hashTree(out)).toEqual(before);
    expect(leftovers()).toEqual([]);
  });
});

/** sha256 of every file under `dir`, by relative path (empty folders too, so a lost folder shows). */
function hashTree(dir: string): Map<string, string> {
  const hashes = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    const path = join(entry.parentPath, entry.name);
    hashes.set(relative(dir, path), entry.isDirectory() ? 'folder' : createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return hashes;
}

/** `node scripts/build.ts` (what `npm run build` runs, without npm in between, so signals reach it directly). */
function startBuild(out: string, env: Record<string, string> = {}) {
  const child = spawn(process.execPath, ['scripts/build.ts'], {
    cwd: ROOT, env: { ...process.env, OKR_CONTENT: 'content', OKR_OUT_DIR: out, OKR_AS_OF: '2026-11-20', ...env },
  });
  let text = '';
  const listeners = new Set<() => void>();
  const append = (chunk: Buffer) => {
    text += chunk;
    for (const listener of listeners) listener();
  };
  child.stdout.on('data', append);
  child.stderr.on('data', append);
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((done) => child.on('close', (code, signal) => done({ code, signal })));
  return {
    child, pid: child.pid!, exited,
    output: () => text,
    /** Resolves once the build has printed `line` (or rejects if it exits first). */
    said: (line: string) => new Promise<void>((done, reject) => {
      const look = () => text.includes(line) && (listeners.delete(look), done());
      listeners.add(look);
      look();
      void exited.then(() => !text.includes(line) && reject(new Error(`the build ended without saying "${line}":\n${text}`)));
    }),
  };
}

describe('broken content', () => {
  const broken = join(work, 'broken');
  const out = join(work, 'broken-out');
  beforeAll(() => {
    cpSync(join(ROOT, 'content'), broken, { recursive: true });
    const file = join(broken, 'okrs/2026/sales.mdx');
    writeFileSync(file, readFileSync(file, 'utf8').replace('owners: [马长久, 李萍]', 'owners: [马长久, 李平]'));
  });

  it('stops `npm run build` before any page is written, naming the file and line', () => {
    const result = npmBuild(broken, out);
    expect(result.status).not.toBe(0);
    expect(result.stdout).toMatch(new RegExp(`${broken}/okrs/2026/sales\\.mdx:\\d+:\\d+  error  unknown-person  找不到人员 "李平".*你是不是想写 李萍 \\(li-ping\\)`));
    expect(existsSync(out)).toBe(false);
  });

  it('stops a bare `astro build` too, without writing pages', () => {
    const result = spawnSync(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build'], {
      cwd: ROOT, encoding: 'utf8', env: { ...process.env, OKR_CONTENT: broken, OKR_OUT_DIR: out },
    });
    expect(result.status).not.toBe(0);
    expect(result.stdout + result.stderr).toContain('okrs/2026/sales.mdx');
    expect(existsSync(join(out, 'index.html'))).toBe(false);
  });
});

// --- the link check: every built page's internal links and ids ---

const ORIGIN = 'http://site.invalid';

interface BuiltPage { links: string[]; ids: Set<string> }

/** Every .html file under `out`, by its URL (`/2026/market/`), with its links and ids. */
function readSite(out: string): Map<string, BuiltPage> {
  const site = new Map<string, BuiltPage>();
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8' })) {
    if (!file.endsWith('.html')) continue;
    const url = `/${file.split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1');
    site.set(url, parseHtml(readFileSync(join(out, file), 'utf8')));
  }
  return site;
}

/** The page a path names: `/2026/market` and `/2026/market/index.html` are `/2026/market/`. */
function pageUrl(path: string): string {
  if (path.endsWith('/index.html')) return path.slice(0, -'index.html'.length);
  return path.endsWith('/') || /\.[a-z0-9]+$/i.test(path) ? path : `${path}/`;
}

function isFile(out: string, path: string): boolean {
  const file = join(out, ...path.split('/'));
  return existsSync(file) && statSync(file).isFile();
}

/**
 * href (also an SVG's xlink:href), src and id attributes of an HTML page (the insides of scripts, styles and comments left out), plus the links
 * of Mermaid diagram sources (`click n1 href "/2026/bsc/nps/"`).
 */
function parseHtml(html: string): BuiltPage {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1</$2>');
  const links: string[] = [];
  const ids = new Set<string>();
  for (const tag of markup.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
    for (const [, name, ...values] of tag[0].matchAll(/\s((?:xlink:)?href|src|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
      const value = decodeEntities(values.find((v) => v !== undefined) ?? '');
      if (name.toLowerCase() === 'id') ids.add(value);
      else if (value && !/^(mailto|tel|javascript|data):/i.test(value)) links.push(value);
    }
  }
  for (const pre of markup.matchAll(/<pre\b[^>]*class="[^"]*\bmermaid\b[^"]*"[^>]*>([\s\S]*?)<\/pre>/gi)) {
    for (const [, href] of decodeEntities(pre[1]).matchAll(/\bclick\s+\S+\s+href\s+"([^"]+)"/g)) links.push(href);
  }
  return { links, ids };
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, e: string) =>
    e[0] === '#' ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e.toLowerCase()] ?? all));
}
