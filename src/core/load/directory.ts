import type { Department, Located, OwnerKind, Period, Person } from '../model.ts';
import type { DepartmentData } from '../schemas/department.ts';
import type { PersonData } from '../schemas/person.ts';
import type { Settings } from '../schemas/settings.ts';
import type { FieldPath } from '../source.ts';
import { findCycles } from '../graph.ts';
import { NameIndex } from '../name-index.ts';
import { didYouMean, join, msg, nearest } from '../text.ts';
import type { Broken } from './broken.ts';
import type { Reporter } from './reporter.ts';
import { addUnique } from './unique.ts';

/** Path words of the site that no id may take, or its pages would collide. */
export const RESERVED_IDS = ['bsc', 'company', 'alignment', 'health', 'perspectives', 'search', 'people', 'departments', 'en', 'assets', 'pagefind', '_astro', 'reports', 'week'];

/** The owner id of the company's own OKR sets: `company/o1`, `/2026/company/`. */
export const COMPANY_ID = 'company';

export function personLabel(p: { id: string; name: string }): string {
  return `${p.name} (${p.id})`;
}

/** People, departments and periods, and the one way names are resolved to them. */
export class Directory {
  readonly people = new Map<string, Person>();
  readonly departments = new Map<string, Department>();
  readonly periods = new Map<string, Period>();
  readonly #names = new NameIndex();
  /** What an OKR set's owner may say to mean the company: `company`, its name, its English name. */
  #companyNames = new Set<string>([COMPANY_ID]);
  #companyLabels: string[] = [COMPANY_ID];
  private readonly rep: Reporter;
  private readonly broken: Broken;

  constructor(rep: Reporter, broken: Broken) {
    this.rep = rep;
    this.broken = broken;
  }

  addCompany(settings: Settings): void {
    for (const name of [settings.company, settings.companyEn]) {
      if (!name) continue;
      this.#companyNames.add(name.toLowerCase());
      this.#companyLabels.push(name);
    }
  }

  addPeriods(settings: Settings, src: Located): void {
    settings.periods.forEach((p, i) => {
      const at: Located = { file: src.file, path: ['periods', i] };
      const period: Period = { id: p.id, name: p.name, nameEn: p.nameEn, start: p.start, end: p.end, parentId: p.parent, ancestors: [], src: at };
      if (!addUnique(this.periods, p.id, period, this.rep, ['id'], () => duplicateMsg('周期', 'period', p.id))) return;
      if (RESERVED_IDS.includes(p.id)) this.rep.error('reserved-id', at, ['id'], reservedMsg(p.id));
      if (p.start > p.end) {
        this.rep.error('invalid-date', at, ['end'], msg(`周期 ${p.id} 的结束日期 ${p.end} 早于开始日期 ${p.start}。请交换或更正日期。`,
          `Period ${p.id} ends (${p.end}) before it starts (${p.start}). Swap or correct the dates.`));
      }
    });
    this.#breakParentCycles();
    for (const period of this.periods.values()) this.#linkParent(period);
    if (settings.currentPeriod !== undefined && !this.periods.has(settings.currentPeriod)) {
      this.rep.error('unknown-period', src, ['currentPeriod'], unknownPeriodMsg(settings.currentPeriod, [...this.periods.keys()]));
    }
  }

  /**
   * A parent chain that loops is reported once, and cut where it is most likely wrong: at the period
   * whose parent is no longer than itself (a year whose parent is one of its quarters). The rest of
   * the content is then checked against the chain that remains, so one mistake gives one message.
   */
  #breakParentCycles(): void {
    const length = (p: Period) => Date.parse(p.end) - Date.parse(p.start);
    for (const cycle of findCycles(this.periods.keys(), (id) => { const parent = this.periods.get(id)?.parentId; return parent && this.periods.has(parent) ? [parent] : []; })) {
      const members = cycle.slice(0, -1).map((id) => this.periods.get(id)!);
      const cut = members.find((p) => length(this.periods.get(p.parentId!)!) <= length(p)) ?? members[0];
      const path = [cut.id, ...members.map((p) => p.id).filter((id) => id !== cut.id), cut.id].join(' → ');
      this.rep.error('period-cycle', cut.src, ['parent'], msg(`周期 ${cut.id} 的 parent 链形成了循环（${path}）。上级周期应比它更长（季度的 parent 是年度），请删除或更正 ${cut.id} 的 parent。`,
        `The parent chain of period ${cut.id} loops (${path}). A parent spans more than its child (a quarter's parent is its year): remove or correct the parent of ${cut.id}.`));
      cut.parentId = undefined;
    }
  }

  #linkParent(period: Period): void {
    let parentId = period.parentId;
    while (parentId) {
      const parent = this.periods.get(parentId);
      if (!parent) {
        if (parentId === period.parentId) this.rep.error('unknown-period', period.src, ['parent'], unknownPeriodMsg(parentId, [...this.periods.keys()]));
        return;
      }
      if (parentId === period.parentId && (period.start < parent.start || period.end > parent.end)) {
        this.rep.error('period-outside-parent', period.src, ['start'], msg(
          `周期 ${period.id}（${period.start} 至 ${period.end}）超出了其上级周期 ${parent.id}（${parent.start} 至 ${parent.end}）。`,
          `Period ${period.id} (${period.start} to ${period.end}) falls outside its parent ${parent.id} (${parent.start} to ${parent.end}).`));
      }
      period.ancestors.push(parentId);
      parentId = parent.parentId;
    }
  }

  addPerson(data: PersonData, src: Located): void {
    const person: Person = { id: data.id, name: data.name, aliases: data.aliases ?? [], title: data.title, email: data.email, src };
    if (!addUnique(this.people, data.id, person, this.rep, ['id'], (first) => duplicateMsg('人员', 'person', data.id, first.src.file))) {
      return this.broken.addNames(data.name, data.aliases);
    }
    if (RESERVED_IDS.includes(data.id)) this.rep.error('reserved-id', src, ['id'], reservedMsg(data.id));
    checkFileName(this.rep, src, data.id);
    this.#names.add(person);
  }

  /** An alias that is someone else's id or name can never reach its person: say so where it is written. */
  checkAliases(): void {
    for (const person of this.people.values()) {
      person.aliases.forEach((alias, i) => {
        const other = this.people.get(alias) ?? this.#names.byName(alias).map((id) => this.people.get(id)!).find((p) => p.id !== person.id);
        if (!other || other.id === person.id) return;
        this.rep.error('ambiguous-person', person.src, ['aliases', i], msg(
          `别名 "${alias}" 已是 ${personLabel(other)} 的${this.people.has(alias) ? ' id' : '姓名'}，用它提及时总是指 ${other.id}。请删除或改掉这个别名。`,
          `The alias "${alias}" is already the ${this.people.has(alias) ? 'id' : 'name'} of ${personLabel(other)}, so it always means ${other.id}. Remove or change the alias.`));
      });
    }
  }

  addDepartment(data: DepartmentData, src: Located): void {
    const dept: Department = { id: data.id, name: data.name, nameEn: data.nameEn, leadIds: [], leadsWritten: (data.leads ?? []).length > 0, mission: data.mission, body: '', src };
    if (!addUnique(this.departments, data.id, dept, this.rep, ['id'], (first) => duplicateMsg('部门', 'department', data.id, first.src.file))) {
      return this.broken.addNames(data.name);
    }
    const person = this.people.get(data.id);
    if (person) {
      this.rep.error('duplicate-id', src, ['id'], msg(`id "${data.id}" 同时是部门 ${data.name} 与人员 ${person.name}（${person.src.file}）的 id；部门与人员共用 OKR 负责方的命名空间，请给其中一方换一个 id。`,
        `The id "${data.id}" belongs both to the department ${data.name} and to the person ${person.name} (${person.src.file}); departments and people share the owner namespace of OKR sets. Give one of them another id.`));
    }
    if (RESERVED_IDS.includes(data.id)) this.rep.error('reserved-id', src, ['id'], reservedMsg(data.id));
    checkFileName(this.rep, src, data.id);
  }

  /** Resolve a written person (id, name or alias) to exactly one id, or report why not. */
  resolvePerson(written: string, src: Located, sub: FieldPath): string | undefined {
    const ids = this.lookup(written);
    if (ids.length === 1) return ids[0];
    if (ids.length === 0 && this.broken.coversName(written)) return undefined;
    if (ids.length > 1) {
      const who = ids.map((id) => personLabel(this.people.get(id)!));
      this.rep.error('ambiguous-person', src, sub, msg(
        `"${written}" 同时是 ${who.join('、')} 的名字或别名，无法确定是谁。请改用 id，例如 ${ids[0]}。`,
        `"${written}" is the name or alias of ${who.join(' and ')}, so it cannot tell who is meant. Write the id instead, e.g. ${ids[0]}.`));
      return undefined;
    }
    if (/[,，、;；]/.test(written)) {
      const parts = written.split(/\s*[,，、;；]\s*/).filter(Boolean);
      this.rep.error('unknown-person', src, sub, msg(`"${written}" 看起来是用逗号隔开的多个人。请写成列表：[${parts.join(', ')}]。`,
        `"${written}" looks like several people separated by commas. Write a list: [${parts.join(', ')}].`));
      return undefined;
    }
    this.rep.error('unknown-person', src, sub, join(
      msg(`找不到人员 "${written}"：没有人的 id、姓名或别名是它。`, `No person is called "${written}": no id, name or alias matches.`),
      didYouMean(this.suggestPeople(written)),
      msg('若是新同事，请在 content/people/ 下添加其文件。', 'If they are new, add their file under content/people/.'),
    ));
    return undefined;
  }

  /** What an owner written in a file would resolve to, without reporting: department or person ids. */
  ownerIds(written: string): string[] {
    if (this.#companyNames.has(written.toLowerCase())) return [COMPANY_ID];
    const dept = this.departments.get(written) ?? [...this.departments.values()].find((d) => d.name === written);
    return dept ? [dept.id] : this.lookup(written);
  }

  /** Whether `name` belongs to a person or department whose file failed validation. */
  isBroken(name: string): boolean {
    return this.broken.coversName(name);
  }

  /** Who `name` means (see NameIndex). */
  lookup = (name: string): string[] => this.#names.lookup(name);

  suggestPeople(written: string): string[] {
    const labels = new Map<string, string>();
    for (const p of this.people.values()) for (const n of [p.id, p.name, ...p.aliases]) labels.set(n, personLabel(p));
    return [...new Set(nearest(written, labels.keys()).map((n) => labels.get(n)!))];
  }

  resolvePeople(written: string[] | undefined, src: Located, field: string): string[] {
    const ids = (written ?? []).map((w, i) => this.resolvePerson(w, src, [field, i]));
    return [...new Set(ids.filter((id): id is string => id !== undefined))];
  }

  /** An OKR set's owner: the company (`company` or its name), a department (id or name) or a person (id, name or alias). */
  resolveOwner(written: string, src: Located, sub: FieldPath): { kind: OwnerKind; id: string } | undefined {
    if (this.#companyNames.has(written.toLowerCase())) return { kind: 'company', id: COMPANY_ID };
    const dept = this.departments.get(written) ?? [...this.departments.values()].find((d) => d.name === written);
    if (dept) return { kind: 'department', id: dept.id };
    const known = this.lookup(written).length > 0;
    if (!known && this.broken.coversName(written)) return undefined;
    if (!known) {
      const candidates = [...this.#companyLabels, ...[...this.departments.values()].flatMap((d) => [d.id, d.name])];
      const suggestions = [...nearest(written, candidates), ...this.suggestPeople(written)].slice(0, 3);
      this.rep.error('unknown-owner', src, sub, join(
        msg(`找不到负责方 "${written}"：它既不是公司（company），也不是部门或人员。`, `The owner "${written}" is neither the company (company) nor a department or a person.`),
        didYouMean(suggestions),
      ));
      return undefined;
    }
    const id = this.resolvePerson(written, src, sub);
    return id ? { kind: 'person', id } : undefined;
  }

  resolveDepartment(written: string, src: Located, sub: FieldPath): string | undefined {
    if (this.departments.has(written)) return written;
    if (this.broken.coversName(written)) return undefined;
    this.rep.error('unknown-department', src, sub, join(
      msg(`找不到部门 "${written}"。`, `No department has the id "${written}".`),
      didYouMean(nearest(written, this.departments.keys())),
    ));
    return undefined;
  }

  resolvePeriod(written: string, src: Located, sub: FieldPath): Period | undefined {
    const period = this.periods.get(written);
    if (!period) this.rep.error('unknown-period', src, sub, unknownPeriodMsg(written, [...this.periods.keys()]));
    return period;
  }

  /** Whether `inner` is `outer` or lies inside it. */
  within(inner: string, outer: string): boolean {
    return inner === outer || (this.periods.get(inner)?.ancestors.includes(outer) ?? false);
  }
}

function duplicateMsg(zhKind: string, enKind: string, id: string, other?: string) {
  const where = other ? msg(`（另见 ${other}）`, ` (also in ${other})`) : msg('', '');
  return msg(`${zhKind} id "${id}" 重复${where.zh}。每个 id 只能定义一次，请改名或删除其一。`,
    `The ${enKind} id "${id}" is defined twice${where.en}. Each id may be defined once: rename or remove one.`);
}

function reservedMsg(id: string) {
  return msg(`id "${id}" 是站点的保留路径词（${RESERVED_IDS.join('、')}），会与页面地址冲突。请换一个 id。`,
    `The id "${id}" is a reserved path word of the site (${RESERVED_IDS.join(', ')}) and would collide with a page URL. Choose another id.`);
}

function unknownPeriodMsg(id: string, known: string[]) {
  return join(
    msg(`找不到周期 "${id}"；周期在 settings.yaml 的 periods 中定义（现有：${known.join('、')}）。`,
      `No period "${id}"; periods are defined under periods in settings.yaml (known: ${known.join(', ')}).`),
    didYouMean(nearest(id, known)),
  );
}

function checkFileName(rep: Reporter, src: Located, id: string): void {
  const base = src.file.split('/').pop()!.replace(/\.(ya?ml|mdx?)$/, '');
  if (base !== id) {
    rep.warn('file-name', src, ['id'], msg(`文件名 "${base}" 与 id "${id}" 不一致。请把文件改名为 ${id}，便于按 id 找到文件。`,
      `The file name "${base}" differs from the id "${id}". Rename the file to ${id} so it can be found by its id.`));
  }
}
