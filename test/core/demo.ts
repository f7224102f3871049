/** The demo content (content/) loaded and scored at a given asOf, as the (public) site builds it. */
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../../src/content-files.ts';
import { loadOrganisation } from '../../src/core/index.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { siteLookup, type Lookup } from '../../src/core/views/lookup.ts';

export const DEMO_DIR = fileURLToPath(new URL('../../content/', import.meta.url));

export function demoFiles(): SourceFile[] {
  return readContentFiles(DEMO_DIR);
}

export function demoLookup(asOf: string, files: SourceFile[] = demoFiles()): Lookup {
  const { org, diagnostics } = loadOrganisation(files, { today: asOf, asOf });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!org || errors.length) throw new Error(`demo content does not load: ${errors.map((d) => d.message.en).join('\n')}`);
  return siteLookup(org, diagnostics);
}
