// Builds the demo site for real (`npm run build`: check, then astro) and reads the pages it wrote.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

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
    expect(html).toMatch(/\(1300 − 1190\) ÷ \(1300 − 1170\) = 0\.846/);
  });

  it('shows honest numbers at asOf 2026-11-20: coverage, no 落后 for missing data, the quarter beside the year', () => {
    const market = page('2026/market');
    expect(market).toContain('2/4 个 KR 有数据');
    expect(market).toContain('1/2 个 KR 有数据');
    expect(market).not.toContain('落后');
    expect(market).toContain('最近更新 2026-10-31，已 20 天');
    expect(page('en/2026/market')).toContain('2 of 4 KRs have data');
    const home = page('');
    expect(home).toMatch(/id="now-2026-q4"[\s\S]*?href="\/2026-q4\/du-kangjie\/"/);
    expect(home).toContain('数据截至 2026-11-13 · 按 2026-11-20 计算');
    const health = page('2026/health');
    expect(health).toMatch(/id="period-2026-q4"/);
    expect(health).toContain('待更新的关键结果');
  });

  it('writes every page kind at its stable URL, in Chinese and under /en/ in English', () => {
    expect(readdirSync(join(out, '2026')).sort()).toEqual(['alignment', 'bsc', 'curriculum', 'health', 'index.html', 'market', 'sales', 'service', 'tech']);
    for (const path of ['2026-q1', '2026/bsc/nps', '2026/alignment', '2026/health', 'people', 'people/ma-changjiu', 'departments', 'departments/market', 'search']) {
      expect(existsSync(join(out, path, 'index.html')), path).toBe(true);
      expect(existsSync(join(out, 'en', path, 'index.html')), `en/${path}`).toBe(true);
    }
    expect(page('en/2026/market')).toContain('<html lang="en"');
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
 * href, src and id attributes of an HTML page (the insides of scripts, styles and comments left out), plus the links
 * of Mermaid diagram sources (`click n1 href "/2026/bsc/nps/"`).
 */
function parseHtml(html: string): BuiltPage {
  const markup = html.replace(/<!--[\s\S]*?-->/g, '').replace(/(<(script|style)\b[^>]*>)[\s\S]*?<\/\2>/gi, '$1</$2>');
  const links: string[] = [];
  const ids = new Set<string>();
  for (const tag of markup.matchAll(/<[a-z][a-z0-9-]*\b[^>]*>/gi)) {
    for (const [, name, ...values] of tag[0].matchAll(/\s(href|src|id)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/gi)) {
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
