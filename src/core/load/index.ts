import { compareDiagnostics, type Diagnostic } from '../diagnostics.ts';
import { validateFile } from '../friendly-errors.ts';
import { findCycles } from '../graph.ts';
import { checkLintSettings, runLint } from '../lint/index.ts';
import type { Bsc, Located, OkrSet, Organisation, PeriodOverview } from '../model.ts';
import { Relations } from '../relations.ts';
import { bscSchema, type BscData } from '../schemas/bsc.ts';
import { departmentSchema } from '../schemas/department.ts';
import { okrSetSchema, type OkrSetData } from '../schemas/okr-set.ts';
import { periodOverviewSchema, type PeriodOverviewData } from '../schemas/period-overview.ts';
import { personSchema } from '../schemas/person.ts';
import { settingsSchema } from '../schemas/settings.ts';
import { parseFile, type ParsedFile, type SourceFile } from '../source.ts';
import { msg } from '../text.ts';
import { indexNodes, resolveAlignment } from './alignment.ts';
import { buildBsc } from './bsc.ts';
import { Directory } from './directory.ts';
import { Broken, baseName, looseFields } from './broken.ts';
import { buildOkrSet } from './okr-sets.ts';
import { salvageOkrSet } from './salvage.ts';
import { checkBody, checkFieldMentions } from './prose.ts';
import { Reporter } from './reporter.ts';

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

type Kind = 'settings' | 'person' | 'department' | 'bsc' | 'okr-set' | 'overview';

const FOLDERS: { kind: Kind; pattern: RegExp }[] = [
  { kind: 'settings', pattern: /^settings\.ya?ml$/ },
  { kind: 'person', pattern: /^people\/[^/]+\.ya?ml$/ },
  { kind: 'department', pattern: /^departments\/[^/]+\.(?:ya?ml|mdx?)$/ },
  { kind: 'bsc', pattern: /^bsc\/[^/]+\.mdx?$/ },
  { kind: 'okr-set', pattern: /^okrs\/.+\.mdx?$/ },
  { kind: 'overview', pattern: /^periods\/[^/]+\.mdx?$/ },
];

/** Files the loader reads past on purpose: notes for editors. */
export function isEditorNote(path: string): boolean {
  return /(^|\/)README\.md$/i.test(path);
}

/** Validate every content file, resolve every link, and run the lint: one pass, every problem reported. */
export function loadOrganisation(files: SourceFile[], options: LoadOptions): LoadResult {
  const rep = new Reporter();
  const byKind = new Map<Kind, ParsedFile[]>(FOLDERS.map((f) => [f.kind, []]));
  const unparsable: { kind: Kind; file: SourceFile }[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (isEditorNote(file.path)) continue;
    const kind = FOLDERS.find((f) => f.pattern.test(file.path))?.kind;
    if (!kind) {
      rep.push(unknownFile(file.path));
      continue;
    }
    const { parsed, diagnostics } = parseFile(file);
    rep.push(...diagnostics);
    if (parsed) {
      rep.addFile(parsed);
      byKind.get(kind)!.push(parsed);
    } else {
      unparsable.push({ kind, file });
    }
  }
  const invalid: { kind: Kind; file: ParsedFile }[] = [];
  const valid = <T>(kind: Kind, schema: Parameters<typeof validateFile>[0]) =>
    byKind.get(kind)!.flatMap((file) => {
      const { data, diagnostics } = validateFile(schema, file);
      rep.push(...diagnostics);
      if (!data) invalid.push({ kind, file });
      return data ? [{ file, data: data as T }] : [];
    });

  const settingsFiles = byKind.get('settings')!;
  const settings = valid<ReturnType<typeof settingsSchema.parse>>('settings', settingsSchema)[0];
  const people = valid<ReturnType<typeof personSchema.parse>>('person', personSchema);
  const departments = valid<ReturnType<typeof departmentSchema.parse>>('department', departmentSchema);
  const bscs = valid<BscData>('bsc', bscSchema);
  const sets = valid<OkrSetData>('okr-set', okrSetSchema);
  const overviewData = valid<PeriodOverviewData>('overview', periodOverviewSchema);
  if (settingsFiles.length === 0) rep.push(missingSettings());
  if (!settings) return { diagnostics: finish(rep) };

  const broken = new Broken();
  const raw = (file: ParsedFile) => (file.data ?? {}) as Record<string, unknown>;
  for (const { kind, file } of invalid) {
    if (kind === 'person' || kind === 'department') broken.addNames(raw(file).id, raw(file).name, raw(file).aliases);
    if (kind === 'bsc') broken.addKey(`${raw(file).period}:bsc`);
  }
  for (const { kind, file } of unparsable) {
    const loose = looseFields(file.text);
    if (kind === 'person' || kind === 'department') broken.addNames(baseName(file.path), loose.id, loose.name);
    if (kind === 'bsc') broken.addKey(`${loose.period ?? baseName(file.path)}:bsc`);
  }
  const dir = new Directory(rep, broken);
  const root = (file: ParsedFile): Located => ({ file: file.path, path: [] });
  dir.addCompany(settings.data);
  dir.addPeriods(settings.data, root(settings.file));
  checkLintSettings(settings.data.lint, root(settings.file), rep);
  for (const { file, data } of people) dir.addPerson(data, root(file));
  dir.checkAliases();
  for (const { file, data } of departments) dir.addDepartment(data, root(file));
  for (const { file, data } of people) {
    const person = dir.people.get(data.id);
    if (!person || person.src.file !== file.path) continue;
    if (data.department) person.departmentId = dir.resolveDepartment(data.department, person.src, ['department']);
    if (data.manager) person.managerId = dir.resolvePerson(data.manager, person.src, ['manager']);
  }
  reportManagerCycles(dir, rep);
  for (const { file, data } of departments) {
    const dept = dir.departments.get(data.id);
    if (dept?.src.file !== file.path) continue;
    dept.leadIds = dir.resolvePeople(data.leads, dept.src, 'leads');
    dept.hasBody = file.body.trim().length > 0;
  }

  const today = options.today;
  const builtBscs: Bsc[] = [];
  for (const { file, data } of bscs) {
    const bsc = buildBsc(data, file.body, file.path, { rep, dir, today });
    if (!bsc) continue;
    const other = builtBscs.find((b) => b.period === bsc.period);
    if (other) rep.error('duplicate-id', bsc.src, ['period'], msg(`周期 ${bsc.period} 已有 BSC（${other.src.file}）；每个周期只能有一份。`, `The period ${bsc.period} already has a BSC (${other.src.file}); each period has one.`));
    else builtBscs.push(bsc);
  }
  const perspectivesFor = (period: string) => {
    for (const p of [period, ...(dir.periods.get(period)?.ancestors ?? [])]) {
      const bsc = builtBscs.find((b) => b.period === p);
      if (bsc) return bsc.perspectives.map((x) => x.id);
      if (broken.coversKey(`${p}:bsc`)) return 'broken' as const;
    }
    return undefined;
  };

  const builtSets: OkrSet[] = [];
  const addSet = (set: OkrSet | undefined) => {
    if (!set) return;
    const other = builtSets.find((s) => s.key === set.key);
    if (!other) return builtSets.push(set);
    rep.error('duplicate-id', set.src, ['owner'], msg(`${set.owner.id} 在周期 ${set.period} 已有 OKR 集（${other.src.file}）；每个负责方每个周期只有一份。请合并两个文件。`,
      `${set.owner.id} already has an OKR set for ${set.period} (${other.src.file}); each owner has one per period. Merge the two files.`));
  };
  const setCtx = { rep, dir, today, perspectivesFor };
  const markBroken = (period: unknown, owner: unknown) => {
    for (const id of new Set([String(owner ?? ''), ...dir.ownerIds(String(owner ?? ''))])) broken.addKey(`${period}:${id}`);
  };
  for (const { file, data } of sets) {
    const set = buildOkrSet(data, file.body, file.path, setCtx);
    if (set) addSet(set);
    else markBroken(data.period, data.owner);
  }
  for (const { kind, file } of unparsable) {
    const loose = looseFields(file.text);
    if (kind === 'okr-set') markBroken(loose.period, loose.owner);
  }
  for (const { file } of invalid.filter((x) => x.kind === 'okr-set')) {
    const salvaged = salvageOkrSet(file.data);
    const set = salvaged && buildOkrSet(salvaged.data, file.body, file.path, setCtx, salvaged.indexes);
    if (set) {
      for (const id of salvaged.dropped) broken.addKey(`${set.key}/${id}`);
      addSet(set);
    } else {
      markBroken(raw(file).period, raw(file).owner);
    }
  }

  const overviews: PeriodOverview[] = [];
  for (const { file, data } of overviewData) {
    const src = { file: file.path, path: [] };
    if (!dir.resolvePeriod(data.period, src, ['period'])) continue;
    const other = overviews.find((o) => o.period === data.period);
    if (other) rep.error('duplicate-id', src, ['period'], msg(`周期 ${data.period} 已有说明（${other.src.file}）；每个周期只能有一份。`, `The period ${data.period} already has an overview (${other.src.file}); each period has one.`));
    else overviews.push({ period: data.period, title: data.title, summary: data.summary, body: file.body, src });
  }

  const relations = new Relations();
  resolveAlignment(builtSets, indexNodes(builtBscs, builtSets), { rep, dir, relations, broken });
  for (const bsc of builtBscs) reportCausalCycles(bsc, rep);

  for (const kind of ['department', 'bsc', 'okr-set', 'overview'] as const) for (const file of byKind.get(kind)!) checkBody(file, rep, dir);
  checkFieldMentions({ sets: builtSets, bscs: builtBscs, departments: [...dir.departments.values()] }, rep, dir);

  const org: Organisation = {
    settings: settings.data,
    asOf: options.asOf ?? settings.data.asOf ?? today,
    periods: [...dir.periods.values()],
    people: [...dir.people.values()],
    departments: [...dir.departments.values()],
    bscs: builtBscs,
    sets: builtSets,
    overviews,
    relations,
  };
  runLint(org, rep);
  return { org, diagnostics: finish(rep) };
}

function finish(rep: Reporter): Diagnostic[] {
  return rep.diagnostics.sort(compareDiagnostics);
}

function reportManagerCycles(dir: Directory, rep: Reporter): void {
  const next = (id: string) => {
    const m = dir.people.get(id)?.managerId;
    return m ? [m] : [];
  };
  for (const cycle of findCycles(dir.people.keys(), next)) {
    const names = cycle.map((id) => dir.people.get(id)!.name).join(' → ');
    rep.error('manager-cycle', dir.people.get(cycle[0])!.src, ['manager'], msg(`汇报关系形成了循环：${names}。请更正其中一人的 manager。`,
      `The reporting line goes round in a circle: ${names}. Correct one person's manager.`));
  }
}

function reportCausalCycles(bsc: Bsc, rep: Reporter): void {
  const next = (id: string) => bsc.causes.filter((c) => c.from === id && c.to !== id).map((c) => c.to);
  for (const cycle of findCycles(bsc.metrics.map((m) => m.id), next)) {
    rep.warn('causal-cycle', bsc.src, ['causes'], msg(`因果链形成了循环：${cycle.join(' → ')}。因果图应从学习与成长指向财务，请检查方向。`,
      `The causal chain loops: ${cycle.join(' → ')}. A strategy map runs from learning & growth to finance; check the directions.`));
  }
}

const EXPECTED_EXTENSION: Record<string, string> = { people: '.yaml', departments: '.md', bsc: '.mdx', okrs: '.mdx', periods: '.mdx' };

function unknownFile(path: string): Diagnostic {
  const folder = path.split('/')[0];
  const ext = EXPECTED_EXTENSION[folder];
  if (ext && path.includes('/')) {
    const renamed = path.replace(/\.[^./]+$/, '') + ext;
    return {
      file: path, line: 1, col: 1, severity: 'error', rule: 'unknown-file',
      message: msg(`${folder}/ 下的文件应为 ${ext}${ext === '.yaml' ? '' : '（以 --- 包围的 frontmatter 开头）'}，这个文件不会被读取，其中的内容不会出现在站点上。请改名为 ${renamed}。`,
        `Files in ${folder}/ are ${ext}${ext === '.yaml' ? '' : ' (starting with --- frontmatter)'}; this one is not read, so its content would be missing from the site. Rename it to ${renamed}.`),
    };
  }
  return {
    file: path, line: 1, col: 1, severity: 'warning', rule: 'unknown-file',
    message: msg(`这个文件不属于任何内容类型，因此不会出现在站点上。内容放在 settings.yaml、people/、departments/、bsc/、okrs/ 或 periods/ 之下。`,
      'This file belongs to no content type, so it will not appear on the site. Content lives in settings.yaml, people/, departments/, bsc/, okrs/ or periods/.'),
  };
}

function missingSettings(): Diagnostic {
  return {
    file: 'settings.yaml', line: 1, col: 1, severity: 'error', rule: 'missing-settings',
    message: msg('缺少 settings.yaml：公司名称、周期与当前周期都在其中定义。请从 docs/content-format.md 复制示例。',
      'settings.yaml is missing: it defines the company, the periods and the current period. Copy the example from docs/content-format.md.'),
  };
}
