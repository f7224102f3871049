import { existsSync, lstatSync, readFileSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { isRunning } from './processes.ts';

/**
 * Atomic publish: a build writes the whole site into a folder beside the published one (same parent, so the
 * same file system, so a rename moves it in one step), and only a complete, verified site replaces it.
 *
 *   dist.building-<pid>/   the site being built (Astro's outDir, with its `.prerender/` scratch inside)
 *   dist.previous-<pid>/   the site being replaced, for the instant between the two renames of the swap
 *
 * Whatever stops a build, the published folder is either the previous site or the new one. The one window
 * where it is briefly absent is between the two renames; a build killed there leaves the previous site as
 * `dist.previous-<pid>`, and the next build puts it back before doing anything else.
 */
export function stagingFolders(out: string, pid = process.pid): { building: string; previous: string } {
  return { building: `${out}.building-${pid}`, previous: `${out}.previous-${pid}` };
}

/** What recoverLeftovers did, one line each, for the build's log. */
export type Recovery = { action: 'restored' | 'removed'; path: string; pid: number };

/**
 * Cleans up after builds that were killed (their pid is gone): puts back a previous site left between the two
 * renames of a swap if nothing is published, and removes half-built sites and replaced sites. Folders of
 * running builds are left alone. Call with the build lock held.
 */
export function recoverLeftovers(out: string): Recovery[] {
  const parent = dirname(out);
  const name = basename(out);
  const pattern = new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\.(building|previous)-(\\d+)$`);
  const leftovers = (existsSync(parent) ? readdirSync(parent) : [])
    .map((entry) => ({ entry, match: pattern.exec(entry) }))
    .filter((l): l is { entry: string; match: RegExpExecArray } => l.match !== null)
    .map(({ entry, match }) => ({ path: join(parent, entry), kind: match[1], pid: Number(match[2]) }))
    .filter((l) => l.pid !== process.pid && !isRunning({ pid: l.pid }));
  const done: Recovery[] = [];
  if (!exists(out)) {
    // The newest replaced site is the one that was published last.
    const previous = leftovers.filter((l) => l.kind === 'previous').sort((a, b) => statSync(b.path).mtimeMs - statSync(a.path).mtimeMs)[0];
    if (previous) {
      renameSync(previous.path, out);
      done.push({ action: 'restored', path: previous.path, pid: previous.pid });
      leftovers.splice(leftovers.indexOf(previous), 1);
    }
  }
  for (const leftover of leftovers) {
    rmSync(leftover.path, { recursive: true, force: true });
    done.push({ action: 'removed', path: leftover.path, pid: leftover.pid });
  }
  return done;
}

/**
 * What is wrong with a freshly built site, if anything: it must have its home page and its search index, and
 * nothing of Astro's server build (`.prerender/`, chunks, `.mjs` modules) may be left in it.
 */
export function verifySite(dir: string): string[] {
  const problems: string[] = [];
  if (!isFile(join(dir, 'index.html'))) problems.push('no index.html');
  if (!isFile(join(dir, 'pagefind', 'pagefind.js'))) problems.push('no search index (pagefind/pagefind.js)');
  else {
    try {
      const entry = JSON.parse(readFileSync(join(dir, 'pagefind', 'pagefind-entry.json'), 'utf8'));
      if (typeof entry?.languages !== 'object' || Object.keys(entry.languages).length === 0) problems.push('the search index has no language (pagefind/pagefind-entry.json)');
    } catch (error) {
      problems.push(`no readable pagefind/pagefind-entry.json (${(error as Error).message})`);
    }
  }
  const leftovers = [
    ...['.prerender', 'chunks'].filter((folder) => exists(join(dir, folder))).map((folder) => join(dir, folder)),
    ...walk(dir).filter((file) => file.endsWith('.mjs')),
  ];
  if (leftovers.length > 0) {
    problems.push(`Astro's server build left files in the site: ${leftovers.slice(0, 3).map((f) => relative(dir, f)).join(', ')}`);
  }
  return problems;
}

/**
 * Puts `built` in place of `out`: out → previous, built → out, then the previous site is removed. If the
 * second rename fails, the previous site goes back. Synchronous, so no signal handler runs in between.
 * Returns a warning if the replaced site could not be removed (the next build removes it).
 */
export function swapIn(built: string, out: string, previous: string): string | undefined {
  const replacing = exists(out);
  if (replacing) renameSync(out, previous);
  try {
    renameSync(built, out);
  } catch (error) {
    if (replacing) renameSync(previous, out);
    throw error;
  }
  if (!replacing) return undefined;
  try {
    rmSync(previous, { recursive: true, force: true, maxRetries: 2 });
  } catch (error) {
    return `could not remove the replaced site ${previous} (${(error as Error).message}); the next build removes it`;
  }
  return undefined;
}

function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

function walk(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => !entry.isDirectory())
    .map((entry) => join(entry.parentPath, entry.name));
}
