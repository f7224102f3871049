import { personLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { optionalMentionText } from './mention-text.ts';
import { urls } from './urls.ts';

/** The people directory, grouped by department (people without one last). */
export function peopleDirectory(look: Lookup): { department?: { id: string; name: string; href: string }; people: (PersonLink & { title?: string })[] }[] {
  const groups = [...look.org.departments.map((d) => ({ department: { id: d.id, name: d.name, href: urls.department(d.id) } })), { department: undefined }];
  return groups
    .map((g) => ({
      ...g,
      people: look.org.people.filter((p) => p.departmentId === g.department?.id).map((p) => ({ ...personLink(look, p.id), title: p.title })),
    }))
    .filter((g) => g.people.length > 0);
}

export function departmentDirectory(look: Lookup) {
  return look.org.departments.map((d) => ({
    id: d.id, name: d.name, nameEn: d.nameEn, mission: optionalMentionText(look, d.mission), href: urls.department(d.id),
    leads: d.leadIds.map((id) => personLink(look, id)),
    members: look.org.people.filter((p) => p.departmentId === d.id).length,
  }));
}
