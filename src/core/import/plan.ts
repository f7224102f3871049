import { msg, type Msg } from '../text.ts';
import { COMPANY_ID, RESERVED_IDS } from '../load/directory.ts';
import { inferAlignments, type AlignmentNote } from './alignment.ts';
import { matchPerspectives, metricsNamed } from './bsc-match.ts';
import { bscFor, type Folder } from './folder.ts';
import { inferMeasure, type Inference } from './measure/infer.ts';
import type { PeriodRange } from './measure/period.ts';
import { mentionKind } from './mentions.ts';
import type { Outline } from './outline.ts';
import { collectPeople, unique, type People } from './people.ts';
import { nameId } from './pinyin-id.ts';
import { readSection, type Section, type SectionKind } from './sections.ts';

/** Everything the import will write, with the reasons, before it becomes files. */
export interface PlannedKr {
  id: string;
  line: number;
  title: string;
  owners: string[];
  collaborators: string[];
  /** Names @mentioned anywhere in the KR (for @-alignment). */
  mentioned: string[];
  actions?: string;
  alignsTo: string[];
  inference: Inference;
}

export interface PlannedObjective {
  id: string;
  line: number;
  title: string;
  description?: string;
  alignsTo: string[];
  krs: PlannedKr[];
}

export interface PlannedSet {
  kind: Exclude<SectionKind, 'prose'>;
  ownerId: string;
  ownerName: string;
  line: number;
  path: string;
  perspectives: string[];
  /** 承接BSC words that match no perspective, kept as a comment. */
  unmatchedPerspectives: string[];
  objectives: PlannedObjective[];
  section: Section;
}

export interface PlannedDepartment {
  id: string;
  name: string;
  leads: string[];
  mission?: string;
  line: number;
  existing: boolean;
}

export interface PlanNote {
  line: number;
  where?: string;
  kind: 'inferred' | 'not-inferred' | 'note';
  message: Msg;
}

export interface Plan {
  period: PeriodRange;
  title?: string;
  sets: PlannedSet[];
  departments: PlannedDepartment[];
  people: People;
  prose: Section[];
  notes: PlanNote[];
  alignments: AlignmentNote[];
}

export function buildPlan(doc: Outline, folder: Folder, period: PeriodRange): Plan {
  const notes: PlanNote[] = [];
  const mentioned = new Set<string>();
  const sectionsRaw = doc.sections;
  const known = {
    isDepartment: (n: string) => folder.departments.some((d) => d.name === n || d.id === n || d.nameEn === n),
    isPerson: (n: string) => folder.people.some((p) => [p.id, p.name, ...p.aliases].includes(n)),
    ...(folder.company ? { company: folder.company } : {}),
  };
  const all = sectionsRaw.map((s) => readSection(s, known, mentioned));
  for (const s of all) for (const o of s.objectives) for (const k of o.krs) for (const m of k.mentions) mentioned.add(m.name);
  const sections = sectionsRaw.map((s) => readSection(s, known, mentioned));
  for (const l of doc.stray) notes.push({ line: l.line, kind: 'not-inferred', message: msg(`KR 前面没有目标（O），未导入：${l.text}`, `a KR with no objective above it was not imported: ${l.text}`) });

  const departmentIds = new Map<Section, string>();
  const departments: PlannedDepartment[] = [];
  const taken = new Set<string>([...RESERVED_IDS, ...folder.departments.map((d) => d.id), ...folder.people.map((p) => p.id)]);
  for (const s of sections.filter((x) => x.kind === 'department')) {
    const inFolder = folder.departments.find((d) => d.name === s.name || d.id === s.name || d.nameEn === s.name);
    const again = departments.find((d) => d.name === s.name);
    const id = inFolder?.id ?? again?.id ?? unique(nameId(s.name), taken);
    departmentIds.set(s, id);
    if (!again) departments.push({ id, name: inFolder?.name ?? s.name, leads: [], line: s.line, existing: !!inFolder, ...(s.mission ? { mission: s.mission } : {}) });
  }
  const people = collectPeople(sections, folder, departmentIds);
  for (const d of departments) {
    const s = sections.find((x) => departmentIds.get(x) === d.id)!;
    d.leads = s.leads.map((m) => people.find(m.name)?.name ?? m.name);
  }

  const bsc = bscFor(folder, period.id);
  const sets: PlannedSet[] = [];
  for (const s of sections) {
    if (s.kind === 'prose') continue;
    const ownerId = s.kind === 'company' ? COMPANY_ID : s.kind === 'department' ? departmentIds.get(s)! : people.find(s.name)!.id;
    const ownerName = s.kind === 'company' ? (folder.company ?? s.name) : s.kind === 'department' ? s.name : people.find(s.name)!.name;
    let set = sets.find((x) => x.ownerId === ownerId);
    if (set) {
      notes.push({ line: s.line, where: ownerId, kind: 'note', message: msg(`第二个"${s.name}"部分：目标并入同一个 OKR 集（L${set.line}）`, `a second "${s.name}" section: its objectives join the same OKR set (L${set.line})`) });
    } else {
      const p = matchPerspectives(s.perspectives, bsc);
      set = { kind: s.kind, ownerId, ownerName, line: s.line, path: `okrs/${period.id}/${ownerId}.mdx`, perspectives: p.ids, unmatchedPerspectives: p.missed, objectives: [], section: s };
      sets.push(set);
      if (p.ids.length) notes.push({ line: s.line, where: ownerId, kind: 'inferred', message: msg(`承接BSC：${s.perspectives.join('、')} → perspectives [${p.ids.join(', ')}]`, `承接BSC ${s.perspectives.join(', ')} → perspectives [${p.ids.join(', ')}]`) });
      if (p.missed.length) notes.push({ line: s.line, where: ownerId, kind: 'not-inferred', message: msg(`承接BSC "${p.missed.join('、')}" 没有对应的维度（${p.why!.zh}），写成了注释`, `承接BSC "${p.missed.join(', ')}" matches no perspective (${p.why!.en}); kept as a comment`) });
      const kindNote = s.kind === 'role'
        ? msg(`"${s.name}" 是角色而不是人名：人员文件以角色命名，请改成担任此角色的人`, `"${s.name}" is a role, not a name: its person file is named after the role; rename it to the holder`)
        : msg(`"${s.name}" → ${s.kind === 'company' ? '公司级 OKR（owner: company）' : s.kind === 'department' ? `部门 ${ownerId}` : `个人 ${ownerId}`}`, `"${s.name}" → ${s.kind === 'company' ? 'company OKRs (owner: company)' : s.kind === 'department' ? `department ${ownerId}` : `person ${ownerId}`}`);
      notes.push({ line: s.line, where: ownerId, kind: s.kind === 'role' ? 'not-inferred' : 'inferred', message: kindNote });
    }
    addObjectives(set, s, people, bsc, period, notes);
  }
  const alignments = inferAlignments(sets, people);
  return { period, ...(doc.title ? { title: doc.title.text } : {}), sets, departments, people, prose: sections.filter((s) => s.kind === 'prose'), notes, alignments };
}

function nextId(prefix: string, number: string | undefined, used: Set<string>): string {
  const n = number && /^\d+$/.test(number) ? `${prefix}${Number(number)}` : undefined;
  if (n && !used.has(n)) return (used.add(n), n);
  for (let i = 1; ; i++) if (!used.has(`${prefix}${i}`)) return (used.add(`${prefix}${i}`), `${prefix}${i}`);
}

function addObjectives(set: PlannedSet, s: Section, people: People, bsc: ReturnType<typeof bscFor>, period: PeriodRange, notes: PlanNote[]): void {
  const usedO = new Set(set.objectives.map((o) => o.id));
  const leads = s.kind === 'department' ? s.leads.map((m) => people.find(m.name)?.name ?? m.name) : [];
  const personName = s.kind === 'person' || s.kind === 'role' ? people.find(s.name)?.name : undefined;
  for (const o of s.objectives) {
    const id = nextId('o', o.number, usedO);
    const groups = o.mentions.filter((m) => mentionKind(m.name) === 'group' || mentionKind(m.name) === 'letter');
    // Mentions at the end of an objective line (…营收点 @市场部 @产品部) stay visible as its description.
    const trailing = o.mentions.filter((m) => !o.title.includes(`@${m.name}`));
    const objective: PlannedObjective = { id, line: o.line, title: o.title, alignsTo: [], krs: [], ...(trailing.length ? { description: trailing.map((m) => `@${m.name}`).join(' ') } : {}) };
    if (groups.length) notes.push({ line: o.line, where: `${set.ownerId}/${id}`, kind: 'note', message: msg(`提及的是部门或占位名（${groups.map((g) => `@${g.name}`).join(' ')}），不是人员`, `these mentions name a group or a placeholder (${groups.map((g) => `@${g.name}`).join(' ')}), not people`) });
    const usedK = new Set<string>();
    for (const k of o.krs) {
      const krId = nextId('kr', k.number, usedK);
      const named = [...new Set(k.mentions.map((m) => people.find(m.name)?.name).filter((n): n is string => !!n))];
      const owners = s.kind === 'company' ? named : s.kind === 'department' ? leads : personName ? [personName] : [];
      const collaborators = s.kind === 'company' ? [] : named.filter((n) => !owners.includes(n));
      const metrics = metricsNamed(k.title, bsc);
      const kr: PlannedKr = {
        id: krId, line: k.line, title: k.title, owners, collaborators, mentioned: k.mentions.map((m) => m.name),
        ...(k.actions ? { actions: k.actions } : {}), alignsTo: metrics.map((m) => `bsc/${m.id}`), inference: inferMeasure(k.title, period),
      };
      for (const m of metrics) notes.push({ line: k.line, where: `${set.ownerId}/${id}/${krId}`, kind: 'inferred', message: msg(`提到 BSC 指标"${m.name}" → alignsTo bsc/${m.id}`, `names the BSC metric "${m.name}" → alignsTo bsc/${m.id}`) });
      objective.krs.push(kr);
    }
    set.objectives.push(objective);
  }
}
