import { findCycles } from '../graph.ts';
import { checkLintSettings } from '../lint/index.ts';
import type { Located } from '../model.ts';
import type { ParsedFile } from '../source.ts';
import { msg } from '../text.ts';
import { Directory } from './directory.ts';
import type { Reporter } from './reporter.ts';
import type { Validated } from './validate.ts';

const root = (file: ParsedFile): Located => ({ file: file.path, path: [] });

/**
 * Phase 3: the directory every later phase resolves names against: the company, periods, people,
 * departments, then who is in which department, reports to whom, and leads what.
 */
export function buildDirectory(valid: Validated & { settings: NonNullable<Validated['settings']> }, rep: Reporter): Directory {
  const { settings, people, departments } = valid;
  const dir = new Directory(rep, valid.broken);
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
    dept.body = file.body;
  }
  return dir;
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
