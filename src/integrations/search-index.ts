import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
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

/** Index the records with Pagefind's Node API and write the bundle; throws on any Pagefind error. */
export async function writeIndex(records: SearchRecord[], outputPath: string): Promise<{ words: number; written: string }> {
  const pagefind = await import('pagefind');
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length > 0) throw new Error(`Pagefind could not create an index:\n${errors.join('\n')}`);
    let words = 0;
    for (const record of records) {
      const added = await index.addCustomRecord({
        url: record.url, content: record.content, language: record.language,
        meta: record.meta as unknown as Record<string, string>, filters: record.filters as Record<string, string[]>, sort: record.sort,
      });
      if (added.errors.length > 0) throw new Error(`Pagefind could not index ${record.url}:\n${added.errors.join('\n')}`);
      words += added.file.uniqueWords;
    }
    const out = await index.writeFiles({ outputPath });
    if (out.errors.length > 0) throw new Error(`Pagefind could not write the index to ${outputPath}:\n${out.errors.join('\n')}`);
    return { words, written: out.outputPath };
  } finally {
    await pagefind.close();
  }
}
