import { compareDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { runLint } from '../lint/index.ts';
import type { Organisation } from '../model.ts';
import type { SourceFile } from '../source.ts';
import { buildContent } from './build.ts';
import { checkCharacters } from './characters.ts';
import { classify } from './classify.ts';
import { buildDirectory } from './people.ts';
import { Reporter } from './reporter.ts';
import { resolveLinks } from './resolve.ts';
import { attachReports, measuredItems } from './reports.ts';
import { validate } from './validate.ts';

export interface LoadOptions {
  /** Today's date (YYYY-MM-DD): the default `asOf`, and the limit for check-in dates. */
  today: string;
  /** Overrides settings.asOf, e.g. from the command line. */
  asOf?: string;
}

export interface LoadResult {
  /** The organisation, when settings.yaml could be read; built from every file that validated. */
  org?: Organisation;
  diagnostics: Diagnostic[];
}

/**
 * Validate every content file, resolve every link, and run the lint: one pass, every problem reported.
 * The phases: classify → characters → validate → directory → build → resolve → lint.
 */
export function loadOrganisation(files: SourceFile[], options: LoadOptions): LoadResult {
  const rep = new Reporter();
  const content = classify(files, rep);
  checkCharacters(content, rep);
  const valid = validate(content, rep);
  const { settings } = valid;
  if (!settings) return { diagnostics: finish(rep) };
  const dir = buildDirectory({ ...valid, settings }, rep);
  const built = buildContent(content, valid, { rep, dir, today: options.today });
  const relations = resolveLinks(content, built, { rep, dir, broken: valid.broken });
  const org: Organisation = {
    settings: settings.data,
    asOf: options.asOf ?? settings.data.asOf ?? options.today,
    periods: [...dir.periods.values()],
    people: [...dir.people.values()],
    departments: [...dir.departments.values()],
    ...built,
    relations,
  };
  attachReports(org.reports, measuredItems(org));
  runLint(org, rep);
  return { org, diagnostics: finish(rep) };
}

function finish(rep: Reporter): Diagnostic[] {
  return rep.diagnostics.sort(compareDiagnostics);
}
