import { formatReport, loadOrganisation } from '../core/index.ts';
import { siteLookup, type Lookup } from '../core/views/lookup.ts';
import { localToday, readContentFiles } from '../content-files.ts';

/** The content folder: `content/`, or another one for tests and benchmarks. */
export const CONTENT_DIR = process.env.OKR_CONTENT ?? 'content';

/**
 * `OKR_INCLUDE_PRIVATE=1` (`npm run build -- --include-private`) builds the full internal site, private
 * OKRs included; anything else builds the public site, which has no trace of them.
 */
export const INCLUDE_PRIVATE = process.env.OKR_INCLUDE_PRIVATE === '1';

let cached: Lookup | undefined;

/**
 * The organisation, validated and scored once per build. A build never renders invalid content:
 * `npm run build` checks first, and this refuses again in case astro was run on its own. The check
 * sees everything; the public site is built from the public view, taken before scoring, so every
 * score, page, search record and diagram is made of public items only.
 */
export function site(): Lookup {
  if (cached) return cached;
  const { org, diagnostics } = loadOrganisation(readContentFiles(CONTENT_DIR), { today: localToday(), asOf: process.env.OKR_AS_OF });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!org || errors.length > 0) {
    throw new Error(`The content has errors; fix them before building:\n${formatReport(errors, { format: 'text', lang: 'en', root: CONTENT_DIR })}`);
  }
  cached = siteLookup(org, diagnostics, { includePrivate: INCLUDE_PRIVATE });
  return cached;
}
