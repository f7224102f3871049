// npm run okr -- report: the weekly report scaffold, as an editor runs it, and what it writes.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadOrganisation } from '../src/core/index.ts';
import { readContentFiles } from '../src/content-files.ts';

const ROOT = join(import.meta.dirname, '..');
const BASE = join(ROOT, 'test/fixtures/ok-weekly-report/content');

function okr(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/okr.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let content: string;
beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'okr-report-'));
  cpSync(join(ROOT, 'test/fixtures/_base/content'), content, { recursive: true });
  cpSync(BASE, content, { recursive: true });
});
afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('npm run okr -- report', () => {
  it("writes this week's file with the owner's KRs and their last values, and the file checks clean", () => {
    const r = okr('report', '销售部', '--date', '2026-07-03', '--content', content);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const file = join(content, 'reports/2026/sales/2026-07-03.md');
    expect(r.stdout).toContain(file);
    // The previous report's plan, to write this week's progress against.
    expect(r.stdout).toContain('复盘高危话术 TOP10');
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('  sales/o1/kr1: { value: 7.9, confidence: 0.7 }');
    expect(text).toContain('  sales/o3/kr2: { progress: 0.5, confidence: 0.6 }');
    // No value yet: commented out, never a made-up number.
    expect(text).toContain('  # sales/o2/kr1: { value: , confidence: }');
    expect(text).toMatch(/## 本周进展\n[\s\S]*## 风险同步和资源支持\n[\s\S]*## 下周计划\n/);
    const { org, diagnostics } = loadOrganisation(readContentFiles(content), { today: '2026-07-03' });
    expect(diagnostics).toEqual([]);
    expect(org!.reports.map((x) => x.key)).toContain('2026:sales@2026-07-03');
  });

  it('refuses a second report in the same week, naming the first', () => {
    const r = okr('report', 'sales', '--date', '2026-07-02', '--content', content);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('reports/2026/sales/2026-07-03.md');
    expect(existsSync(join(content, 'reports/2026/sales/2026-07-02.md'))).toBe(false);
  });

  it("picks the quarter for a person's quarter OKRs, and says so for an unknown owner", () => {
    const r = okr('report', '李四', '--date', '2026-03-13', '--content', content, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('li-si/o1/kr2: { value: 10, confidence: 0.8 }');
    const unknown = okr('report', '赵六', '--content', content);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('找不到负责方 "赵六"');
  });

  it('lists the command in the overview, and has its own --help', () => {
    expect(okr('--help').stdout).toMatch(/report\s+write this week's weekly report/);
    expect(okr('report', '--help').stdout).toContain('Usage: npm run okr -- report <owner>');
    expect(okr('nope').code).toBe(2);
  });
});
