// scripts/check.ts as editors and CI run it: a real process, its output and its exit code.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..');
const BASE = join(ROOT, 'test/fixtures/_base/content');

/** Run the check CLI; process.execPath is the Node that runs the tests (Node 24 under npm test). */
function check(...args: string[]) {
  const r = spawnSync(process.execPath, ['scripts/check.ts', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

let tmp: string;
/** A copy of the base content with one edit to okrs/2026/sales.mdx. */
function variant(name: string, from: string, to: string): string {
  const dir = join(tmp, name);
  cpSync(BASE, dir, { recursive: true });
  const file = join(dir, 'okrs/2026/sales.mdx');
  const text = readFileSync(file, 'utf8');
  if (!text.includes(from)) throw new Error(`${name}: "${from}" not in sales.mdx`);
  writeFileSync(file, text.replace(from, to));
  return dir;
}

let broken: string; // one error: an unknown KR owner (and the kr-no-owner warning it brings)
let warnOnly: string; // one warning: a KR without due
beforeAll(() => {
  tmp = mkdtempSync(join(tmpdir(), 'okr-cli-'));
  broken = variant('broken', 'owners: [王五]\n        measure: { type: increase', 'owners: [王六]\n        measure: { type: increase');
  warnOnly = variant('warn-only', "target: 30 }\n        due: 2026-12-31\n", "target: 30 }\n");
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('text format', () => {
  it('exits 0 on valid content, with a zero summary', () => {
    const r = check('--content', BASE);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe('0 个错误，0 个警告');
  });

  it('exits 1 on an error and prints file:line:col  severity  rule  message', () => {
    const r = check('--content', broken);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${broken}/okrs/2026/sales.mdx:32:18  error  unknown-person  找不到人员 "王六"`);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 个错误，0 个警告');
  });

  it('speaks English with --lang en', () => {
    const r = check('--content', broken, '--lang', 'en');
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('error  unknown-person  No person is called "王六"');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 error(s), 0 warning(s)');
  });
});

describe('--format json', () => {
  it('prints an empty list for valid content', () => {
    const r = check('--content', BASE, '--format', 'json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([]);
  });

  it('prints one object per problem', () => {
    const r = check('--content', broken, '--format', 'json');
    expect(r.code).toBe(1);
    const problems = JSON.parse(r.stdout);
    expect(problems).toContainEqual({
      file: `${broken}/okrs/2026/sales.mdx`,
      line: 32,
      column: 18,
      severity: 'error',
      rule: 'unknown-person',
      message: expect.stringContaining('找不到人员 "王六"'),
      messages: { zh: expect.stringContaining('王六'), en: expect.stringContaining('王六') },
    });
    expect(problems.map((p: { severity: string }) => p.severity)).toEqual(['error']);
  });
});

describe('--format github', () => {
  it('prints workflow annotations, and the summary on stderr', () => {
    const r = check('--content', broken, '--format', 'github');
    expect(r.code).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    for (const line of lines) expect(line).toMatch(/^::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z-]+::.+$/);
    expect(lines).toContainEqual(expect.stringMatching(
      new RegExp(`^::error file=${broken.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&')}/okrs/2026/sales\\.mdx,line=32,col=18,title=unknown-person::找不到人员 "王六"`),
    ));
    expect(r.stderr.trim()).toBe('1 个错误，0 个警告');
  });
});

describe('--strict', () => {
  it('lets warnings pass without it', () => {
    const r = check('--content', warnOnly);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning  kr-no-due');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('0 个错误，1 个警告');
  });

  it('fails on warnings with it', () => {
    expect(check('--content', warnOnly, '--strict').code).toBe(1);
    expect(check('--content', BASE, '--strict').code).toBe(0);
  });
});

describe('options', () => {
  it('--help prints the usage and exits 0', () => {
    const r = check('--help');
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Usage: npm run check');
    expect(r.stdout).toContain('--strict');
  });

  it('an unknown --format exits 2 with the usage', () => {
    const r = check('--content', BASE, '--format', 'xml');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Unknown --format');
    expect(r.stderr).toContain('Usage: npm run check');
  });

  it('an unknown --lang exits 2', () => {
    expect(check('--content', BASE, '--lang', 'fr').code).toBe(2);
  });

  it.each([
    [['--formt', 'json'], "Unknown option '--formt'"],
    [['stray'], 'positional argument'],
    [['--as-of', 'banana'], '--as-of "banana" is not a date'],
    [['--content', '/no/such/folder'], 'does not exist'],
  ])('rejects %j with exit 2 and the usage, not a stack trace', (args, problem) => {
    const r = check(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(problem);
    expect(r.stderr).toContain('Usage: npm run check');
    expect(r.stderr).not.toContain('    at ');
  });
});
