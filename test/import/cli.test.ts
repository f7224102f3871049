// scripts/import.ts as an editor runs it: a real process, its files, output and exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, SEEDS } from './helpers.ts';

const SEED_000 = join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('000'))!);

function run(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/import.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'okr-import-'));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run import', () => {
  it('without --out prints the files and the report and writes nothing', () => {
    const r = run(SEED_000);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('===== okrs/2026/shi-chang-yu-zeng-zhang-bu.mdx');
    expect(r.stdout).toContain('（试运行，未写入文件）');
    expect(r.stdout).toMatch(/L12 shi-chang-yu-zeng-zhang-bu\/o1\/kr1 → decrease，目标 -10%，基线 去年（来自"同比下降10%"）/);
    expect(r.stdout).toMatch(/检查（npm run check）：0 个错误，\d+ 个警告/);
  });

  it('--out NEW writes a complete content folder that passes npm run check', () => {
    const out = join(tmp, 'new');
    const r = run(SEED_000, '--out', out);
    expect(r.code).toBe(0);
    for (const f of ['settings.yaml', 'periods/2026.mdx', 'people/yao-huan.yaml', 'departments/chan-yan-yu-shu-ju-bu.md', 'okrs/2026/chan-yan-yu-shu-ju-bu.mdx']) {
      expect(existsSync(join(out, f)), f).toBe(true);
    }
    expect(readFileSync(join(out, 'people/yao-huan.yaml'), 'utf8')).toContain('aliases: [Aaron姚涣]');
    const checked = spawnSync(process.execPath, ['scripts/check.ts', '--content', out], { cwd: ROOT, encoding: 'utf8' });
    expect(checked.status).toBe(0);
  });

  it('--out EXISTING adds to it, skips files that exist, and --force overwrites them', () => {
    const out = join(tmp, 'existing');
    cpSync(join(ROOT, 'content'), out, { recursive: true });
    for (const f of readdirSync(join(out, 'okrs/2026'))) rmSync(join(out, 'okrs/2026', f));
    const overview = readFileSync(join(out, 'periods/2026.mdx'), 'utf8');
    writeFileSync(join(out, 'okrs/2026/market.mdx'), '---\nowner: market\nperiod: "2026"\nobjectives: []\n---\n');
    const r = run(SEED_000, '--out', out, '--lang', 'en');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Skipped (the file exists; --force overwrites): periods/2026.mdx, okrs/2026/market.mdx');
    expect(r.stdout).toContain('People created: none');
    expect(r.stdout).toContain('Departments matched: 市场与增长部 (market)');
    expect(readFileSync(join(out, 'okrs/2026/market.mdx'), 'utf8')).toContain('objectives: []');
    expect(readFileSync(join(out, 'okrs/2026/tech.mdx'), 'utf8')).toContain('owner: tech');
    const forced = run(SEED_000, '--out', out, '--force', '--lang', 'en');
    expect(forced.stdout).toContain('Overwritten (--force): periods/2026.mdx, okrs/2026/market.mdx');
    expect(readFileSync(join(out, 'okrs/2026/market.mdx'), 'utf8')).toContain('title: 【提升获客质量，保障财务健康线】');
    expect(readFileSync(join(out, 'periods/2026.mdx'), 'utf8')).not.toBe(overview);
    expect(forced.stdout).toMatch(/Check \(npm run check\): 0 error\(s\)/);
  });

  it('--format json gives the report as data, with the files of a dry run', () => {
    const r = run(SEED_000, '--format', 'json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.period).toBe('2026');
    expect(report.counts).toMatchObject({ sections: 5, objectives: 10, keyResults: 20 });
    expect(report.items.find((i: any) => i.where === 'shi-chang-yu-zeng-zhang-bu/o1/kr1' && i.status === 'inferred').message.en).toContain('decrease, target -10%, baseline 去年');
    expect(report.files.find((f: any) => f.path === 'settings.yaml')).toMatchObject({ action: 'create', text: expect.stringContaining('company: 喜播教育') });
    expect(report.check.errors).toBe(0);
  });

  it('exits 2 with the usage on bad options', () => {
    for (const args of [[], [SEED_000, '--format', 'xml'], [SEED_000, '--lang', 'fr'], [SEED_000, '--bogus'], [join(tmp, 'missing.md')], [SEED_000, '--period', '2026 Q1'], [SEED_000, SEED_000]]) {
      const r = run(...args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr).toContain('Usage: npm run import -- <file> [options]');
    }
  });

  it('exits 1 when the document names no period and none is given', () => {
    const doc = join(tmp, 'no-year.md');
    writeFileSync(doc, 'O1：提升质量\nKR1：NPS 达到 60 分\n');
    const r = run(doc);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('--period');
    expect(run(doc, '--period', '2026').code).toBe(0);
  });
});
