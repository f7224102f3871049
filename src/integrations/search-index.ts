import type { AstroIntegration } from 'astro';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { searchRecords, type SearchRecord } from '../core/views/search-records.ts';
import { site } from '../site/data.ts';

/**
 * Builds the Pagefind index of the search page from the organisation itself, after Astro has written
 * the site: one record per KR, objective, OKR set, BSC metric, person and department, into
 * `<outDir>/pagefind/`. HTML pages are not indexed, so navigation and diagram source never match.
 * A Pagefind error fails the build.
 */
export function searchIndex(): AstroIntegration {
  return {
    name: 'okr-search-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const records = searchRecords(site());
        const outputPath = join(fileURLToPath(dir), 'pagefind');
        const { words, written } = await writeIndex(records, outputPath);
        const byType = new Map<string, number>();
        for (const r of records) byType.set(r.meta.type, (byType.get(r.meta.type) ?? 0) + 1);
        logger.info(
          `${records.length} records (${[...byType].map(([type, n]) => `${n} ${type}`).join(', ')}), ${words} words → ${written} in ${Date.now() - started} ms`,
        );
      },
    },
  };
}

const UNUSED_FILES = [
  'pagefind-ui.js', 'pagefind-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-highlight.js',
];

/** Records in flight to Pagefind at once. */
const BATCH = 64;

/** No Pagefind call takes this long on a sane site (3000 pages index in ~10 s). */
const PAGEFIND_TIMEOUT_MS = 300_000;

/** Index the records with Pagefind's Node API and write the bundle; throws on any Pagefind error. */
export async function writeIndex(records: SearchRecord[], outputPath: string, timeoutMs = PAGEFIND_TIMEOUT_MS): Promise<{ words: number; written: string }> {
  const pagefind = await import('pagefind');
  const call = <T>(what: string, p: Promise<T>) => withTimeout(p, timeoutMs, `Pagefind did not answer (${what}) within ${timeoutMs / 1000} s; its service may have crashed`);
  try {
    const { index, errors } = await call('createIndex', pagefind.createIndex({}));
    if (!index || errors.length > 0) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);
    let words = 0;
    // Records go to Pagefind's service in batches, not one round trip each; the index comes out the same.
    for (let i = 0; i < records.length; i += BATCH) {
      const batch = records.slice(i, i + BATCH);
      const added = await Promise.all(batch.map((record) => call(`addCustomRecord ${record.url}`, index.addCustomRecord({
        url: record.url, content: record.content, language: record.language,
        meta: record.meta as unknown as Record<string, string>, filters: record.filters as Record<string, string[]>, sort: record.sort,
      }))));
      added.forEach((a, j) => {
        if (a.errors.length > 0) throw new Error(`Pagefind could not index ${batch[j].url}:\n${a.errors.join('\n')}`);
        words += a.file.uniqueWords;
      });
    }
    // Pagefind's service panics (and never answers) when it cannot create the folder: make sure it exists.
    mkdirSync(outputPath, { recursive: true });
    const out = await call('writeFiles', index.writeFiles({ outputPath }));
    if (out.errors.length > 0) throw new Error(`Pagefind could not write the index to ${outputPath}:\n${out.errors.join('\n')}`);
    // The search page has its own UI (src/components/SearchUI.astro): Pagefind's prebuilt ones are never loaded.
    for (const file of UNUSED_FILES) rmSync(join(outputPath, file), { force: true });
    return { words, written: out.outputPath };
  } finally {
    await withTimeout(pagefind.close(), 10_000, 'Pagefind did not close').catch(() => undefined);
  }
}

/**
 * Pagefind's Node API never settles a call when its service process dies, and `astro build` then exits 0 with
 * no index. A pending timer keeps the process alive and turns that into an error.
 */
function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(message)), ms);
  });
  return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
}
