#!/usr/bin/env node
// npm run build [-- --include-private] [--no-wait]
// Check, build into a folder beside the output folder, verify, swap in: a build never half-publishes.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { constants } from 'node:os';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { BuildLock, LockBusyError, type LockOwner } from './lib/build-lock.ts';
import { processId } from './lib/processes.ts';
import { recoverLeftovers, stagingFolders, swapIn, verifySite } from './lib/publish.ts';

const HELP = `Usage: npm run build -- [options]

Checks the content (npm run check), then builds the site with Astro into a folder beside the output
folder, and only when the build is complete and verified (home page, search index, no server files)
swaps it in. A failed, crashed or interrupted build leaves the published site as it was. One build runs
at a time in a checkout: a second one waits for the first.
Exits 0 when the site is published, 1 when the content has errors or the build failed, 2 when the
command itself is wrong, 128+N when stopped by signal N (130 for Ctrl-C).

  --include-private  include private OKRs (sets OKR_INCLUDE_PRIVATE=1): only for a protected host
  --no-wait          if another build is running in this checkout, fail at once instead of waiting
  --help             show this help

Environment: OKR_CONTENT (content folder, default content), OKR_OUT_DIR (output folder, default
dist), OKR_AS_OF (compute as of this date, YYYY-MM-DD; default settings.asOf, else today).`;

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const EXIT_WITH_PARENT = pathToFileURL(join(ROOT, 'scripts', 'lib', 'exit-with-parent.ts')).href;
const LOCK = join(ROOT, '.build.lock');
// Where Astro puts its server chunks when the output folder is outside the project (otherwise it is
// <outDir>/.prerender, inside our building folder). Shared by every build of the checkout, like the lock.
const ASTRO_SCRATCH = join(ROOT, '.astro', '.prerender');

function usage(problem: string): never {
  console.error(`${problem}\n\n${HELP}`);
  process.exit(2);
}

function parseOptions() {
  try {
    return parseArgs({
      options: {
        'include-private': { type: 'boolean', default: false },
        'no-wait': { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    }).values;
  } catch (error) {
    usage((error as Error).message);
  }
}
const values = parseOptions();
if (values.help) {
  console.log(HELP);
  process.exit(0);
}

const out = resolve(ROOT, process.env.OKR_OUT_DIR || 'dist');
const content = resolve(ROOT, process.env.OKR_CONTENT || 'content');
const shown = show(out);
if (within(ROOT, out) || within(out, content) || within(content, out)) {
  usage(`OKR_OUT_DIR "${out}" would replace the project or the content folder; choose a folder of its own, e.g. dist.`);
}
const { building } = stagingFolders(out);

/** Prints a line in both languages to stderr (stdout is for check's report and Astro's log). */
function say(zh: string, en: string): void {
  console.error(`build: ${zh}\nbuild: ${en}`);
}

// --- stopping: whatever happens, the published folder is untouched until the swap, so stopping means
// removing our half-built folder and our lock ---

let lock: BuildLock | undefined;
let child: ChildProcess | undefined;
let stopping: NodeJS.Signals | undefined;

function cleanUp(): void {
  rmSync(building, { recursive: true, force: true, maxRetries: 2 });
  if (lock?.held()) rmSync(ASTRO_SCRATCH, { recursive: true, force: true, maxRetries: 2 });
  lock?.release();
}

function fail(code: number, zh: string, en: string): never {
  cleanUp();
  say(`${zh}；${shown} 保持原样。`, `${en}; ${shown} is unchanged.`);
  process.exit(code);
}

function interrupted(signal: NodeJS.Signals): never {
  fail(128 + constants.signals[signal], `构建被 ${signal} 中断`, `The build was interrupted by ${signal}`);
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.on(signal, () => {
    if (stopping) {
      child?.kill('SIGKILL'); // a second Ctrl-C: no more waiting
      return;
    }
    stopping = signal;
    if (!child) interrupted(signal);
    // Forward the signal and let the main flow clean up once the child has gone; a child that ignores it is
    // killed (a hang guard, not a timing).
    child.kill(signal);
    setTimeout(() => child?.kill('SIGKILL'), 15_000).unref();
  });
}

/** Runs a Node script of ours on this Node (Node 24 from node_modules, see TOOLCHAIN), signals forwarded. */
function run(args: string[], env: NodeJS.ProcessEnv, withParentSocket = false): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((done, reject) => {
    child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: withParentSocket ? ['inherit', 'inherit', 'inherit', 'pipe'] : 'inherit' });
    const started = child;
    started.on('error', reject);
    started.on('exit', (code, signal) => {
      started.stdio[3]?.destroy();
      child = undefined;
      done({ code, signal });
    });
  });
}

async function main(): Promise<void> {
  // 1. Check: content with errors never reaches Astro. No lock yet: checking writes nothing.
  const check = await run([join(ROOT, 'scripts', 'check.ts'), ...(process.env.OKR_AS_OF ? ['--as-of', process.env.OKR_AS_OF] : [])], process.env);
  if (stopping) interrupted(stopping);
  if (check.code === 2) process.exit(2); // check printed its usage problem (a bad OKR_AS_OF, a missing folder)
  if (check.code === 1) fail(1, '内容有错误，未构建', 'The content has errors, nothing was built');
  if (check.code !== 0) fail(1, `校验没有完成（${describeExit(check, 'zh')}），未构建`, `The check did not finish (${describeExit(check, 'en')}), nothing was built`);

  // 2. One build at a time in this checkout.
  const waiting = (owner: LockOwner) => say(
    `另一个构建正在进行（${describeOwner(owner, 'zh')}），等它结束……（Ctrl-C 停止）`,
    `Another build is running in this checkout (${describeOwner(owner, 'en')}); waiting for it to finish (Ctrl-C to stop, --no-wait to fail at once).`,
  );
  try {
    lock = await BuildLock.acquire(LOCK, {
      out, wait: !values['no-wait'], onWait: waiting,
      onStale: (owner) => console.error(`build: taking over the lock of build pid ${owner?.pid ?? '?'}, which is no longer running`),
    });
  } catch (error) {
    if (!(error instanceof LockBusyError)) throw error;
    fail(1, `另一个构建正在进行（${describeOwner(error.owner, 'zh')}），未构建`,
      `Another build is running in this checkout (${describeOwner(error.owner, 'en')}); nothing was built`);
  }
  if (stopping) interrupted(stopping);

  // 3. What killed builds left behind: a site caught between the two renames of a swap goes back first.
  for (const r of recoverLeftovers(out)) {
    console.error(r.action === 'restored'
      ? `build: restored ${shown} from ${show(r.path)}, left by build pid ${r.pid}, which was killed while publishing`
      : `build: removed ${show(r.path)}, left by build pid ${r.pid}, which did not finish`);
  }
  rmSync(building, { recursive: true, force: true }); // a killed build that had our pid
  rmSync(ASTRO_SCRATCH, { recursive: true, force: true });
  mkdirSync(building, { recursive: true });

  // 4. Astro builds into the folder beside the output folder. Its server chunks go to .prerender/ inside that
  // folder (or to .astro/.prerender/ for an output folder outside the project); it removes them when it succeeds.
  const env = { ...process.env, OKR_OUT_DIR: building, ...(values['include-private'] ? { OKR_INCLUDE_PRIVATE: '1' } : {}) };
  const astro = run(['--import', EXIT_WITH_PARENT, ASTRO, 'build'], env, true);
  if (child?.pid) lock.setChild(processId(child.pid));
  const result = await astro;
  lock.setChild(undefined);
  if (stopping) interrupted(stopping);
  if (result.code !== 0) fail(1, `构建失败（astro ${describeExit(result, 'zh')}）`, `The build failed (astro ${describeExit(result, 'en')})`);

  // 5. Verify, then swap in.
  const problems = verifySite(building);
  if (problems.length > 0) fail(1, `构建结果不完整：${problems.join('; ')}`, `The built site is incomplete: ${problems.join('; ')}`);
  if (!lock.held()) fail(1, `构建锁 ${show(LOCK)} 在构建期间被删除，未发布`, `The build lock ${show(LOCK)} was removed during the build; not publishing`);
  const warning = swapIn(building, out, stagingFolders(out).previous);
  if (warning) console.error(`build: ${warning}`);
  lock.release();
  const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).length;
  say(`已发布 ${shown}（${pages} 个页面）。`, `Published ${shown} (${pages} pages).`);
  process.exit(0); // now, before a late signal could report an interrupted build
}

function describeExit({ code, signal }: { code: number | null; signal: NodeJS.Signals | null }, lang: 'zh' | 'en'): string {
  if (signal) return lang === 'zh' ? `被 ${signal} 终止` : `killed by ${signal}`;
  return lang === 'zh' ? `退出码 ${code}` : `exit code ${code}`;
}

/** Another build, for the messages: its pid, when it started (local time) and what it publishes. */
function describeOwner(owner: LockOwner, lang: 'zh' | 'en'): string {
  const since = new Date(owner.since).toLocaleTimeString('en-GB');
  return lang === 'zh' ? `pid ${owner.pid}，${since} 开始，发布到 ${show(owner.out)}` : `pid ${owner.pid}, started ${since}, publishing ${show(owner.out)}`;
}

/** A path as the user would write it: relative to the project when inside it. */
function show(path: string): string {
  return within(path, ROOT) && path !== ROOT ? `${relative(ROOT, path)}/` : path;
}

/** Whether `inner` is `outer` or inside it. */
function within(inner: string, outer: string): boolean {
  const rel = relative(outer, inner);
  return rel === '' || (rel.split(sep)[0] !== '..' && !isAbsolute(rel));
}

main().catch((error) => {
  console.error(error);
  fail(1, '构建脚本出错', 'The build script failed');
});
