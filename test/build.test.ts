// Builds the demo site for real (`npm run build`: check, then astro) and reads the pages it wrote.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

  it('writes every page kind at its stable URL, in Chinese and under /en/ in English', () => {
    expect(readdirSync(join(out, '2026')).sort()).toEqual(['alignment', 'bsc', 'curriculum', 'health', 'index.html', 'market', 'sales', 'service', 'tech']);
    for (const path of ['2026-q1', '2026/bsc/nps', '2026/alignment', '2026/health', 'people', 'people/ma-changjiu', 'departments', 'departments/market', 'search']) {
      expect(existsSync(join(out, path, 'index.html')), path).toBe(true);
      expect(existsSync(join(out, 'en', path, 'index.html')), `en/${path}`).toBe(true);
    }
    expect(page('en/2026/market')).toContain('<html lang="en"');
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
