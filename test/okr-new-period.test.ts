// npm run okr -- new-period as editors run it: a real process writing into a copy of the base content.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BASE = join(ROOT, 'test/fixtures/_base/content');

function okr(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/okr.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function check(dir: string) {
  return spawnSync(process.execPath, ['scripts/check.ts', '--content', dir], { cwd: ROOT, encoding: 'utf8' });
}

let tmp: string;
let content: string;
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'okr-new-period-'));
  content = join(tmp, 'content');
  cpSync(BASE, content, { recursive: true });
  const settings = join(content, 'settings.yaml');
  writeFileSync(settings, readFileSync(settings, 'utf8').replace('currentPeriod:', `  - id: 2026-q2
    name: 2026 Q2
    start: 2026-04-01
    end: 2026-06-30
    parent: '2026'
currentPeriod:`));
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('npm run okr -- new-period', () => {
  it('prints what it would write with --dry-run, and writes nothing', () => {
    const r = okr('new-period', '2026-q2', '--from', '2026-q1', '--content', content, '--dry-run');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`# ${content}/okrs/2026-q2/li-si.mdx (预览，未写入)`);
    expect(r.stdout).toContain('period: 2026-q2\n');
    expect(existsSync(join(content, 'okrs/2026-q2/li-si.mdx'))).toBe(false);
  });

  it('copies the quarter: aligned to the year as before, dues at the new end, and the result passes the check', () => {
    const r = okr('new-period', '2026-q2', '--from', '2026-q1', '--content', content);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain(`${content}/okrs/2026-q1/li-si.mdx → ${content}/okrs/2026-q2/li-si.mdx`);
    const text = readFileSync(join(content, 'okrs/2026-q2/li-si.mdx'), 'utf8');
    expect(text).toContain("      - { id: kr2, title: 违规率降至 8%, measure: { type: decrease, unit: '%', baseline: 12, target: 8 }, due: 2026-06-30 }\n");
    expect(text).toContain('    alignsTo: [sales/o1]\n');
    expect(text).toContain("    alignsTo: ['2026:sales/o3']\n");
    const c = check(content);
    expect([c.status, c.stdout.trim().split('\n').at(-1)]).toEqual([0, '0 个错误，0 个警告']);
  });

  it('refuses to overwrite without --force, and overwrites with it', () => {
    const again = okr('new-period', '2026-q2', '--from', '2026-q1', '--content', content, '--lang', 'en');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('These files exist already; nothing was written:');
    expect(okr('new-period', '2026-q2', '--from', '2026-q1', '--content', content, '--force').code).toBe(0);
  });

  it('says what is wrong on the command line, and with an unknown period', () => {
    expect(okr('new-period', '2026-q2', '--content', content).code).toBe(2);
    const r = okr('new-period', '2027-q1', '--from', '2026-q1', '--content', content);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('周期 2027-q1 不存在。请先在 settings.yaml 的 periods 中添加它');
  });

  it('has its own --help', () => {
    const r = okr('new-period', '--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^Usage: npm run okr -- new-period <to> --from <from>/);
  });
});
