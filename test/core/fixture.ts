import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sourceFile } from '../../src/content-files.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { loadOrganisation } from '../../src/core/load/index.ts';

export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));
export const BASE_DIR = join(FIXTURES_DIR, '_base', 'content');
export const TODAY = '2026-06-30';

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function readTree(dir: string): SourceFile[] {
  if (!existsSync(dir)) return [];
  return walk(dir)
    .map((p) => sourceFile(relative(dir, p).split('\\').join('/'), readFileSync(p)))
    .sort((a, b) => a.path.localeCompare(b.path));
}

/** The base mini organisation, read fresh from disk (paths relative to the content folder). */
export function baseFiles(): SourceFile[] {
  return readTree(BASE_DIR);
}

/**
 * The content of one fixture case (test/fixtures/<name>/): the base with the case's files put over it
 * and the paths in its delete.txt removed.
 */
export function caseFiles(name: string): SourceFile[] {
  const files = new Map(baseFiles().map((f) => [f.path, f]));
  if (name === '_base') return baseFiles();
  for (const f of readTree(join(FIXTURES_DIR, name, 'content'))) files.set(f.path, f);
  const deletions = join(FIXTURES_DIR, name, 'delete.txt');
  const deleted = existsSync(deletions) ? readFileSync(deletions, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
  for (const path of deleted) if (!files.delete(path)) throw new Error(`${name}/delete.txt: no base file ${path}`);
  return [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
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
