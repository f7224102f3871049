import type { z } from 'zod';
import { validateFile } from '../friendly-errors.ts';
import { bscSchema, type BscData } from '../schemas/bsc.ts';
import { departmentSchema, type DepartmentData } from '../schemas/department.ts';
import { okrSetSchema, type OkrSetData } from '../schemas/okr-set.ts';
import { periodOverviewSchema, type PeriodOverviewData } from '../schemas/period-overview.ts';
import { personSchema, type PersonData } from '../schemas/person.ts';
import { reportSchema, type ReportData } from '../schemas/report.ts';
import { settingsSchema, type Settings } from '../schemas/settings.ts';
import type { ParsedFile } from '../source.ts';
import { msg } from '../text.ts';
import { baseName, Broken, looseFields } from './broken.ts';
import type { Classified, Kind } from './classify.ts';
import type { Reporter } from './reporter.ts';
import { scorecardKey } from '../refs.ts';

export interface Valid<T> {
  file: ParsedFile;
  data: T;
}

/** Every file that passed its schema, by kind; the files that did not; what those would have defined. */
export interface Validated {
  settings?: Valid<Settings>;
  people: Valid<PersonData>[];
  departments: Valid<DepartmentData>[];
  bscs: Valid<BscData>[];
  sets: Valid<OkrSetData>[];
  overviews: Valid<PeriodOverviewData>[];
  reports: Valid<ReportData>[];
  /** Files that parsed but failed their schema (their errors are reported). */
  invalid: { kind: Kind; file: ParsedFile }[];
  broken: Broken;
}

/** Phase 2: each parsed file against its schema, every problem reported with a place, a cause and a fix. */
export function validate(content: Classified, rep: Reporter): Validated {
  const invalid: Validated['invalid'] = [];
  const valid = <S extends z.ZodType>(kind: Kind, schema: S): Valid<z.output<S>>[] =>
    content.parsed.get(kind)!.flatMap((file) => {
      const { data, diagnostics } = validateFile(schema, file);
      rep.push(...diagnostics);
      if (!data) invalid.push({ kind, file });
      return data ? [{ file, data }] : [];
    });
  const result: Validated = {
    settings: valid('settings', settingsSchema)[0],
    people: valid('person', personSchema),
    departments: valid('department', departmentSchema),
    bscs: valid('bsc', bscSchema),
    sets: valid('okr-set', okrSetSchema),
    overviews: valid('overview', periodOverviewSchema),
    reports: valid('report', reportSchema),
    invalid,
    broken: new Broken(),
  };
  if (content.parsed.get('settings')!.length === 0 && !content.unparsable.some((u) => u.kind === 'settings')) reportMissingSettings(rep);
  markBroken(content, invalid, result.broken);
  return result;
}

/** People, departments and BSCs that failed: references to them are not reported again as unknown. */
function markBroken(content: Classified, invalid: Validated['invalid'], broken: Broken): void {
  const raw = (file: ParsedFile) => (file.data ?? {}) as Record<string, unknown>;
  for (const { kind, file } of invalid) {
    if (kind === 'person' || kind === 'department') broken.addNames(raw(file).id, raw(file).name, raw(file).aliases);
    if (kind === 'bsc') broken.addKey(scorecardKey(String(raw(file).period)));
  }
  for (const { kind, file } of content.unparsable) {
    const loose = looseFields(file.text);
    if (kind === 'person' || kind === 'department') broken.addNames(baseName(file.path), loose.id, loose.name);
    if (kind === 'bsc') broken.addKey(scorecardKey(loose.period ?? baseName(file.path)));
  }
}

function reportMissingSettings(rep: Reporter): void {
  rep.push({
    file: 'settings.yaml', line: 1, col: 1, severity: 'error', rule: 'missing-settings',
    message: msg('缺少 settings.yaml：公司名称、周期与当前周期都在其中定义。请从 docs/content-format.md 复制示例。',
      'settings.yaml is missing: it defines the company, the periods and the current period. Copy the example from docs/content-format.md.'),
  });
}
