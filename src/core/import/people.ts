import { RESERVED_IDS } from '../load/directory.ts';
import type { Folder } from './folder.ts';
import { mentionKind, type Mention } from './mentions.ts';
import { nameId, personId } from './pinyin-id.ts';
import type { Section } from './sections.ts';

/** A person the document names, and where the importer found them. */
export interface PlannedPerson {
  id: string;
  name: string;
  aliases: string[];
  /** A role written where a name should be (@产品主管, a 产品主管 section): its file is named after the role. */
  role: boolean;
  title?: string;
  department?: string;
  /** First line that names them. */
  line: number;
  /** Already in the target folder (matched by id, name or alias); no file is written. */
  existing: boolean;
}

export interface People {
  all: PlannedPerson[];
  /** The person a written name (name, alias or id) means. */
  find(name: string): PlannedPerson | undefined;
  /** Mentions that are not people: groups (@市场部) and letters (@A). */
  skipped: { name: string; line: number; kind: 'group' | 'letter' }[];
}

export function collectPeople(sections: Section[], folder: Folder, departmentIds: Map<Section, string>): People {
  const all: PlannedPerson[] = [];
  const skipped: People['skipped'] = [];
  const byName = new Map<string, PlannedPerson>();
  const key = (s: string) => s.toLowerCase();
  const taken = new Set<string>([...RESERVED_IDS, ...folder.people.map((p) => p.id), ...folder.departments.map((d) => d.id), ...departmentIds.values()]);
  const find = (name: string) => byName.get(key(name));

  const add = (name: string, line: number, role: boolean, alias?: string): PlannedPerson => {
    const known = find(name) ?? (alias ? find(alias) : undefined);
    if (known) {
      if (alias && !known.existing && !known.aliases.includes(alias) && alias !== known.name) known.aliases.push(alias);
      if (alias) byName.set(key(alias), known);
      return known;
    }
    const inFolder = folder.people.find((p) => [p.id, p.name, ...p.aliases].some((n) => key(n) === key(name) || (alias && key(n) === key(alias))));
    const person: PlannedPerson = inFolder
      ? { id: inFolder.id, name: inFolder.name, aliases: inFolder.aliases, role, line, existing: true }
      : { id: unique(role ? nameId(name) : personId(name), taken), name, aliases: alias ? [alias] : [], role, line, existing: false, ...(role ? { title: name } : {}) };
    all.push(person);
    for (const n of [person.id, person.name, ...person.aliases, name]) byName.set(key(n), person);
    return person;
  };
  const fromMention = (m: Mention, line: number) => {
    const kind = mentionKind(m.name);
    if (kind === 'group' || kind === 'letter') {
      if (!skipped.some((s) => s.name === m.name)) skipped.push({ name: m.name, line, kind });
      return;
    }
    add(m.name, line, kind === 'role', m.alias);
  };

  const leadsOf = new Map<PlannedPerson, Section[]>();
  for (const s of sections) {
    for (const m of s.leads) {
      fromMention(m, s.line);
      const p = find(m.name);
      if (p) leadsOf.set(p, [...(leadsOf.get(p) ?? []), s]);
    }
    if (s.kind === 'person' || s.kind === 'role') add(s.name, s.line, s.kind === 'role');
  }
  for (const s of sections) {
    for (const o of s.objectives) {
      for (const m of o.mentions) fromMention(m, o.line);
      for (const kr of o.krs) for (const m of kr.mentions) fromMention(m, kr.line);
    }
  }
  // A new person who leads exactly one department belongs to it, with its lead as their title.
  for (const [p, led] of leadsOf) {
    if (p.existing || led.length !== 1) continue;
    p.department = departmentIds.get(led[0]);
    p.title = `${led[0].name}负责人`;
  }
  return { all, find, skipped };
}

export function unique(id: string, taken: Set<string>): string {
  let out = id;
  for (let n = 2; taken.has(out); n++) out = `${id}-${n}`;
  taken.add(out);
  return out;
}
