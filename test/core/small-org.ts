/**
 * A small generated organisation for the aggregate pages' tests (health, alignment, the directory, the
 * period home): departments with members, each with a personal set aligned to its department's O1, KRs
 * in a chosen state, people without a department, and optionally the company's own set. Built from text
 * through the real loader, like content on disk. asOf 2026-06-30: half the year 2026 has gone.
 */
import { loadOrganisation } from '../../src/core/index.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { siteLookup, type Lookup } from '../../src/core/views/lookup.ts';

/** A KR's state at asOf: its progress against the time gone (increase 0 → 100, 49.6% expected), and its latest check-in. */
export type KrKind = 'on-track' | 'at-risk' | 'off-track' | 'stale' | 'no-data' | 'unscored';

export interface DepartmentSpec {
  id: string;
  name: string;
  /** How many members it has; each has a personal set. */
  members: number;
  /** The KRs of the department's own O1 (and of an O2 aligned to nothing when `unaligned`). */
  krs?: KrKind[];
  /** The KRs of member `i`'s O1, aligned to the department's O1 (default: one on track). */
  memberKrs?: (i: number) => KrKind[];
  /** Members (by index) with a second objective aligned to nothing. */
  memberUnaligned?: (i: number) => boolean;
  /** Members (by index) whose O1 aligns to the company's O1 instead of the department's. */
  memberToCompany?: (i: number) => boolean;
  /** The department's own O2 aligns to nothing. */
  unaligned?: boolean;
}

export interface OrgSpec {
  departments: DepartmentSpec[];
  /** People without a department, each with a personal set aligned to the company's O1 (or nothing, without a company set). */
  loose?: number;
  /** The company's own set: O1, which the departments' O1 align to. */
  company?: KrKind[];
}

export const AS_OF = '2026-06-30';
const SURNAMES = ['张', '李', '王', '赵', '陈', '刘', '杨', '黄'];

function kr(id: string, kind: KrKind, owner: string): string {
  const head = `      - id: ${id}\n        title: 关键结果 ${id}\n        owners: [${owner}]\n        due: 2026-12-31\n`;
  if (kind === 'unscored') return head;
  const measure = '        measure: { type: increase, unit: 分, baseline: 0, target: 100 }\n';
  const checkin = { 'on-track': '2026-06-25, value: 60', 'at-risk': '2026-06-25, value: 30', 'off-track': '2026-06-25, value: 10', stale: '2026-05-01, value: 60', 'no-data': '' }[kind];
  return head + measure + (checkin ? `        checkins:\n          - { date: ${checkin} }\n` : '');
}

function objective(id: string, alignsTo: string | undefined, kinds: KrKind[], owner: string): string {
  return `  - id: ${id}\n    title: 目标 ${id}\n${alignsTo ? `    alignsTo: [${alignsTo}]\n` : ''}    keyResults:\n${kinds.map((k, i) => kr(`kr${i + 1}`, k, owner)).join('')}`;
}

function set(owner: string, objectives: string[]): string {
  return `---\nowner: ${owner}\nperiod: '2026'\nobjectives:\n${objectives.join('')}---\n`;
}

export function personId(dept: string, i: number): string {
  return `${dept}-p${String(i + 1).padStart(2, '0')}`;
}

export function smallOrgFiles(spec: OrgSpec): SourceFile[] {
  const files: SourceFile[] = [];
  const add = (path: string, text: string) => files.push({ path, text });
  add('settings.yaml', [
    'company: 示例公司',
    'periods:',
    "  - { id: '2026', name: 2026 年度, start: 2026-01-01, end: 2026-12-31 }",
    "  - { id: 2026-q1, name: 2026 Q1, start: 2026-01-01, end: 2026-03-31, parent: '2026' }",
    "currentPeriod: '2026'",
    `asOf: ${AS_OF}`,
    '',
  ].join('\n'));
  const lead = spec.departments[0] ? personId(spec.departments[0].id, 0) : 'loose-p01';
  if (spec.company) add('okrs/2026/company.mdx', set('示例公司', [objective('o1', undefined, spec.company, lead)]));
  let n = 0;
  const name = () => `${SURNAMES[n % SURNAMES.length]}${String.fromCharCode(0x4e00 + 0x100 + n++)}`;
  for (const d of spec.departments) {
    const first = personId(d.id, 0);
    add(`departments/${d.id}.md`, `---\nid: ${d.id}\nname: ${d.name}\n${d.members > 0 ? `leads: [${first}]\n` : ''}---\n`);
    const own = [objective('o1', spec.company ? 'company/o1' : undefined, d.krs ?? ['on-track'], d.members > 0 ? first : lead)];
    if (d.unaligned) own.push(objective('o2', undefined, ['on-track'], d.members > 0 ? first : lead));
    add(`okrs/2026/${d.id}.mdx`, set(d.id, own));
    for (let i = 0; i < d.members; i++) {
      const id = personId(d.id, i);
      add(`people/${id}.yaml`, `id: ${id}\nname: ${name()}\ndepartment: ${d.id}\ntitle: 工程师\n`);
      const to = d.memberToCompany?.(i) && spec.company ? 'company/o1' : `${d.id}/o1`;
      const mine = [objective('o1', to, d.memberKrs?.(i) ?? ['on-track'], id)];
      if (d.memberUnaligned?.(i)) mine.push(objective('o2', undefined, ['on-track'], id));
      add(`okrs/2026/${id}.mdx`, set(id, mine));
    }
  }
  for (let i = 0; i < (spec.loose ?? 0); i++) {
    const id = personId('loose', i);
    add(`people/${id}.yaml`, `id: ${id}\nname: ${name()}\ntitle: 顾问\n`);
    add(`okrs/2026/${id}.mdx`, set(id, [objective('o1', spec.company ? 'company/o1' : undefined, ['on-track'], id)]));
  }
  return files;
}

/** The organisation loaded, checked (no errors) and scored as the public site builds it. */
export function smallLookup(spec: OrgSpec): Lookup {
  const { org, diagnostics } = loadOrganisation(smallOrgFiles(spec), { today: AS_OF, asOf: AS_OF });
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (!org || errors.length) throw new Error(`the small org does not load:\n${errors.map((d) => `${d.file}:${d.line} ${d.message.en}`).join('\n')}`);
  return siteLookup(org, diagnostics);
}
