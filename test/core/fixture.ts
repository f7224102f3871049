import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { SourceFile } from '../../src/core/source.ts';
import { loadOrganisation } from '../../src/core/load/index.ts';

export const BASE_DIR = fileURLToPath(new URL('../fixtures/_base/content/', import.meta.url));
export const TODAY = '2026-06-30';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

/** The base mini organisation, read fresh from disk (paths relative to the content folder). */
export function baseFiles(): SourceFile[] {
  return walk(BASE_DIR)
    .map((p) => ({ path: relative(BASE_DIR, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** Replace the text of one file (by exact path); throws when the path is not in the base. */
export function withFile(files: SourceFile[], path: string, edit: (text: string) => string): SourceFile[] {
  if (!files.some((f) => f.path === path)) throw new Error(`no such fixture file: ${path}`);
  return files.map((f) => (f.path === path ? { ...f, text: edit(f.text) } : f));
}

/** Replace a unique substring; throws when it is not found exactly once, so a fixture drift fails loudly. */
export function replaceOnce(text: string, from: string, to: string): string {
  const at = text.indexOf(from);
  if (at < 0 || text.indexOf(from, at + 1) >= 0) throw new Error(`expected exactly one "${from}"`);
  return text.slice(0, at) + to + text.slice(at + from.length);
}

export function loadBase(files: SourceFile[] = baseFiles(), options: { today?: string; asOf?: string } = {}) {
  return loadOrganisation(files, { today: options.today ?? TODAY, asOf: options.asOf });
}
