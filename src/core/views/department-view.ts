import { setSummary, type SetSummary } from './dashboard.ts';
import { byPeriodDesc } from './kr-row.ts';
import { personLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { optionalMentionText, type MentionText } from './mention-text.ts';

export interface DepartmentView {
  id: string;
  name: string;
  nameEn?: string;
  /** Absent when the department file states none. */
  mission?: MentionText;
  /** Empty when the file names no lead: the page then shows no 负责人 line. */
  leads: PersonLink[];
  /** Newest period first. */
  sets: SetSummary[];
  members: (PersonLink & { title?: string })[];
  file: string;
  /** Whether the department file has prose after its frontmatter, shown on the page. */
  hasBody: boolean;
}

export function departmentView(look: Lookup, id: string): DepartmentView {
  const dept = look.departments.get(id)!;
  const order = byPeriodDesc(look);
  return {
    id, name: dept.name, nameEn: dept.nameEn, mission: optionalMentionText(look, dept.mission),
    leads: dept.leadIds.map((p) => personLink(look, p)),
    sets: look.org.sets
      .filter((s) => s.owner.kind === 'department' && s.owner.id === id)
      .sort((a, b) => order(a.period, b.period))
      .map((s) => setSummary(look, s)),
    members: look.org.people.filter((p) => p.departmentId === id).map((p) => ({ ...personLink(look, p.id), title: p.title })),
    file: dept.src.file,
    hasBody: dept.body.trim().length > 0,
  };
}
