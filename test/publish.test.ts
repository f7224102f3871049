// The pieces of atomic publish without Astro: the build lock (scripts/lib/build-lock.ts) and the staging
// folders, verification and swap (scripts/lib/publish.ts). test/build.test.ts runs them in real builds.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { BuildLock, LockBusyError, type LockOwner } from '../scripts/lib/build-lock.ts';
import { isRunning, processId } from '../scripts/lib/processes.ts';
import { recoverLeftovers, stagingFolders, swapIn, verifySite } from '../scripts/lib/publish.ts';

const work = mkdtempSync(join(tmpdir(), 'okr-publish-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
let n = 0;
const fresh = () => {
  const dir = join(work, `case-${++n}`);
  mkdirSync(dir);
  return dir;
};

/** The pid of a process that has exited. */
const deadPid = () => spawnSync(process.execPath, ['-e', '']).pid!;

const owner = (over: Partial<LockOwner>): string => JSON.stringify({ pid: 1, token: 'other', since: new Date().toISOString(), out: '/x/dist', ...over });

describe('processes', () => {
  it('tells a running process from an exited one and from a reused pid', () => {
    expect(isRunning(processId())).toBe(true);
    expect(isRunning({ pid: deadPid() })).toBe(false);
    const me = processId();
    if (me.started !== undefined) expect(isRunning({ pid: me.pid, started: `${me.started}1` })).toBe(false);
  });
});

describe('the build lock', () => {
  it('is taken by one build; a second one is told who holds it', async () => {
    const path = join(fresh(), '.build.lock');
    const lock = await BuildLock.acquire(path, { out: '/x/dist' });
    expect(JSON.parse(readFileSync(path, 'utf8'))).toMatchObject({ pid: process.pid, out: '/x/dist' });
    const busy = await BuildLock.acquire(path, { out: '/x/dist', wait: false }).catch((e: unknown) => e);
    expect(busy).toBeInstanceOf(LockBusyError);
    expect((busy as LockBusyError).owner.pid).toBe(process.pid);
    expect((busy as LockBusyError).message).toContain(`pid ${process.pid}`);
    lock.release();
    expect(existsSync(path)).toBe(false);
  });

  it('takes over a lock whose build is gone, whose pid now names another process, or that is not a lock', async () => {
    const me = processId();
    const stale = [owner({ pid: deadPid() }), ...(me.started ? [owner({ pid: me.pid, started: `${me.started}1` })] : []), 'not json'];
    for (const text of stale) {
      const path = join(fresh(), '.build.lock');
      writeFileSync(path, text);
      const seen: (LockOwner | undefined)[] = [];
      const lock = await BuildLock.acquire(path, { out: '/x/dist', wait: false, onStale: (o) => seen.push(o) });
      expect(seen, text).toHaveLength(1);
      expect(lock.held()).toBe(true);
      lock.release();
    }
  });

  it('is not stale while the Astro process of a killed build still runs', async () => {
    const path = join(fresh(), '.build.lock');
    writeFileSync(path, owner({ pid: deadPid(), child: processId() }));
    await expect(BuildLock.acquire(path, { out: '/x/dist', wait: false })).rejects.toBeInstanceOf(LockBusyError);
  });

  it('is released only by its holder', async () => {
    const path = join(fresh(), '.build.lock');
    const lock = await BuildLock.acquire(path, { out: '/x/dist' });
    writeFileSync(path, owner({ pid: process.pid, token: 'someone-else' }));
    expect(lock.held()).toBe(false);
    lock.release();
    expect(existsSync(path)).toBe(true);
  });

  it('makes a waiting build wait for the holder, then go', async () => {
    const path = join(fresh(), '.build.lock');
    const holder = worker(path, 'hold');
    await holder.said('holding');
    const waitedFor: number[] = [];
    const acquired = BuildLock.acquire(path, { out: '/x/dist', pollMs: 20, onWait: (o) => { waitedFor.push(o.pid); holder.child.stdin!.end(); } });
    const lock = await acquired;
    expect(waitedFor).toEqual([holder.child.pid]);
    expect(await holder.exited).toBe(0);
    lock.release();
  });

  it('lets many builds started together (one stale lock in the way) hold it one after another', async () => {
    const dir = fresh();
    const path = join(dir, '.build.lock');
    writeFileSync(path, owner({ pid: deadPid() }));
    const log = join(dir, 'log');
    const workers = Array.from({ length: 4 }, () => worker(path, 'log', log));
    expect(await Promise.all(workers.map((w) => w.exited))).toEqual([0, 0, 0, 0]);
    const lines = readFileSync(log, 'utf8').trim().split('\n');
    expect(lines).toHaveLength(8);
    // Every "in" is followed by the same build's "out": no two builds ever held the lock at once.
    for (let i = 0; i < lines.length; i += 2) expect(lines[i + 1], lines.join('\n')).toBe(lines[i].replace('in', 'out'));
    expect(existsSync(path)).toBe(false);
  });
});

/** A Node process that takes the lock: `hold` keeps it until its stdin closes; `log` writes in/out lines around a short hold. */
function worker(path: string, mode: 'hold' | 'log', log = '') {
  const script = `
    import { appendFileSync } from 'node:fs';
    import { setTimeout as sleep } from 'node:timers/promises';
    import { BuildLock } from ${JSON.stringify(pathToFileURL(join(import.meta.dirname, '../scripts/lib/build-lock.ts')).href)};
    const lock = await BuildLock.acquire(${JSON.stringify(path)}, { out: 'dist', pollMs: 5 });
    if (${JSON.stringify(mode)} === 'hold') {
      console.log('holding');
      process.stdin.resume();
      await new Promise((done) => process.stdin.on('end', done));
    } else {
      appendFileSync(${JSON.stringify(log)}, 'in ' + process.pid + '\\n');
      await sleep(30);
      appendFileSync(${JSON.stringify(log)}, 'out ' + process.pid + '\\n');
    }
    lock.release();`;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], { stdio: ['pipe', 'pipe', 'inherit'] });
  let out = '';
  const waiters: (() => void)[] = [];
  child.stdout.on('data', (b) => { out += b; waiters.forEach((w) => w()); });
  return {
    child,
    said: (text: string) => new Promise<void>((done) => { const check = () => out.includes(text) && done(); waiters.push(check); check(); }),
    exited: new Promise<number | null>((done) => child.on('exit', (code) => done(code))),
  };
}

describe('publishing', () => {
  const site = (dir: string, files: Record<string, string> = {}) => {
    const all = { 'index.html': '<html>', 'pagefind/pagefind.js': '', 'pagefind/pagefind-entry.json': '{"languages":{"zh-cn":{"page_count":1}}}', ...files };
    for (const [file, text] of Object.entries(all)) {
      mkdirSync(join(dir, file, '..'), { recursive: true });
      writeFileSync(join(dir, file), text);
    }
    return dir;
  };

  it('accepts a complete site and names what is missing or left over from Astro', () => {
    expect(verifySite(site(fresh()))).toEqual([]);
    const bad = fresh();
    site(bad, { '.prerender/chunks/a_1.mjs': '', 'entry.mjs': '' });
    rmSync(join(bad, 'index.html'));
    rmSync(join(bad, 'pagefind', 'pagefind-entry.json'));
    const problems = verifySite(bad);
    expect(problems).toHaveLength(3);
    expect(problems[0]).toBe('no index.html');
    expect(problems[1]).toMatch(/pagefind-entry\.json/);
    expect(problems[2]).toMatch(/\.prerender.*entry\.mjs/);
  });

  it('swaps a built site in, and puts the previous one back if the swap fails', () => {
    const dir = fresh();
    const out = join(dir, 'dist');
    const { building, previous } = stagingFolders(out);
    site(out, { 'old.html': 'old' });
    site(building, { 'new.html': 'new' });
    expect(swapIn(building, out, previous)).toBeUndefined();
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(existsSync(join(out, 'new.html'))).toBe(true);
    expect(() => swapIn(join(dir, 'no-such-build'), out, previous)).toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(existsSync(join(out, 'new.html'))).toBe(true);
  });

  it('after killed builds, restores a site caught mid-swap and removes half-built ones, leaving running builds alone', () => {
    const dir = fresh();
    const out = join(dir, 'dist');
    const [dead1, dead2] = [deadPid(), deadPid()];
    site(stagingFolders(out, dead1).previous, { 'old.html': 'old' });
    site(stagingFolders(out, dead1).building);
    site(stagingFolders(out, dead2).building);
    site(stagingFolders(out, process.ppid).building); // a running build (of another checkout, say)
    mkdirSync(join(dir, 'dist.other'));
    const done = recoverLeftovers(out);
    expect(done.map((d) => d.action).sort()).toEqual(['removed', 'removed', 'restored']);
    expect(readFileSync(join(out, 'old.html'), 'utf8')).toBe('old');
    expect(readdirSync(dir).sort()).toEqual(['dist', `dist.building-${process.ppid}`, 'dist.other']);
    // With a site published, a replaced one is just removed.
    site(stagingFolders(out, dead2).previous);
    expect(recoverLeftovers(out)).toEqual([{ action: 'removed', path: stagingFolders(out, dead2).previous, pid: dead2 }]);
    expect(readFileSync(join(out, 'old.html'), 'utf8')).toBe('old');
  });
});

describe('npm run build, before it builds anything', () => {
  const build = (args: string[], env: Record<string, string> = {}) =>
    spawnSync(process.execPath, ['scripts/build.ts', ...args], { cwd: join(import.meta.dirname, '..'), encoding: 'utf8', env: { ...process.env, ...env } });

  it('prints its usage for --help, and exits 2 with it for a bad option or an output folder that would replace the project', () => {
    const help = build(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: npm run build -- \[options\]/);
    for (const option of ['--include-private', '--no-wait', 'OKR_OUT_DIR', 'OKR_AS_OF']) expect(help.stdout).toContain(option);
    for (const [args, env, problem] of [
      [['--bogus'], {}, "Unknown option '--bogus'"],
      [['dist'], {}, "Unexpected argument 'dist'"],
      [[], { OKR_OUT_DIR: '..' }, 'would replace the project or the content folder'],
      [[], { OKR_OUT_DIR: 'content/site' }, 'would replace the project or the content folder'],
    ] as const) {
      const result = build([...args], env);
      expect(result.status, problem).toBe(2);
      expect(result.stderr).toContain(problem);
      expect(result.stderr).toContain('Usage: npm run build');
    }
  });
});
