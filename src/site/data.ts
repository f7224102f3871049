import { formatReport, loadOrganisation, scoreOrganisation } from '../core/index.ts';
import { Lookup } from '../core/views/lookup.ts';
import { localToday, readContentFiles } from '../content-files.ts';

/** The content folder: `content/`, or another one for tests and benchmarks. */
export const CONTENT_DIR = process.env.OKR_CONTENT ?? 'content';

let cached: Lookup | undefined;

/**
 * The organisation, validated and scored once per build. A build never renders invalid content:
 * `npm run build` checks first, and this refuses again in case astro was run on its own.
 */
export function site(): Lookup {
  if (cached) return cached;
  const { org, diagnostics } = loadOrganisation(readContentFiles(CONTENT_DIR), { today: localToday(), asOf: process.env.OKR_AS_OF });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!org || errors.length > 0) {
    throw new Error(`The content has errors; fix them before building:\n${formatReport(errors, { format: 'text', lang: 'en', root: CONTENT_DIR })}`);
  }
  cached = new Lookup(org, scoreOrganisation(org), diagnostics);
  return cached;
}
