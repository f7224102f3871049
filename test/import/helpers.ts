import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadOrganisation } from '../../src/core/index.ts';
import { parseFile, type SourceFile } from '../../src/core/source.ts';
import { readContentFiles } from '../../src/content-files.ts';

export const ROOT = join(import.meta.dirname, '../..');
export const SEEDS = join(ROOT, '../shared/seeds');

export function seed(prefix: string): string {
  const name = readdirSync(SEEDS).find((f) => f.startsWith(prefix));
  if (!name) throw new Error(`seed ${prefix} not found in ${SEEDS}`);
  return readFileSync(join(SEEDS, name), 'utf8');
}

/** Seed 003's 互联网/科技行业 role examples: from their heading to the next industry's. */
export function techExamples(): string {
  const text = seed('003');
  const start = text.indexOf('互联网/科技行业 OKR 示例');
  const end = text.indexOf('游戏行业 OKR 示例');
  if (start < 0 || end < start) throw new Error('the 互联网/科技行业 section of seed 003 moved');
  return text.slice(start, end);
}

/** The demo content without the 2026 department sets the importer is to rebuild. */
export function demoWithout2026Sets(): SourceFile[] {
  return readContentFiles(join(ROOT, 'content')).filter((f) => !/^okrs\/2026\/[^/]+\.mdx$/.test(f.path));
}

export function frontmatter(file: SourceFile): Record<string, any> {
  return parseFile(file).parsed!.data as Record<string, any>;
}

export function check(files: SourceFile[]) {
  const { diagnostics } = loadOrganisation(files, { today: '2026-11-20', asOf: '2026-11-20' });
  return { errors: diagnostics.filter((d) => d.severity === 'error'), warnings: diagnostics.filter((d) => d.severity === 'warning') };
}

/** The folder after an import: the old files, and the new ones written over them. */
export function merged(before: SourceFile[], written: { path: string; text: string; write: boolean }[]): SourceFile[] {
  const out = new Map(before.map((f) => [f.path, f.text]));
  for (const f of written) if (f.write) out.set(f.path, f.text);
  return [...out].map(([path, text]) => ({ path, text }));
}
