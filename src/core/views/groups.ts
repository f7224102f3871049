import { COMPANY_GROUP, NO_DEPARTMENT, type Lookup } from './lookup.ts';
import { urls } from './urls.ts';

/**
 * A group of an aggregate page (health, alignment, the period home): a department with its members'
 * sets, the company's own sets, or the people without a department.
 */
export interface GroupRef {
  id: string;
  kind: 'company' | 'department' | 'none';
  name: string;
  nameEn?: string;
  /** The department's page; the company's is the home page; people without a department have none. */
  href?: string;
}

export function groupRef(look: Lookup, id: string): GroupRef {
  if (id === COMPANY_GROUP) {
    const { company, companyEn } = look.org.settings;
    return { id, kind: 'company', name: company, ...(companyEn && companyEn !== company ? { nameEn: companyEn } : {}), href: urls.home() };
  }
  if (id === NO_DEPARTMENT) return { id, kind: 'none', name: '未归属部门的人员', nameEn: 'People without a department' };
  const d = look.departments.get(id)!;
  return { id, kind: 'department', name: d.name, ...(d.nameEn ? { nameEn: d.nameEn } : {}), href: urls.department(id) };
}

/**
 * The groups of the organisation in the order pages list them when nothing else orders them: the
 * company (when it has sets), the departments in content order, then the people without a department
 * (when there are any, or sets of theirs).
 */
export function groupIds(look: Lookup): string[] {
  const company = look.groupSets.has(COMPANY_GROUP) ? [COMPANY_GROUP] : [];
  const none = look.groupSets.has(NO_DEPARTMENT) || look.members.has(NO_DEPARTMENT) ? [NO_DEPARTMENT] : [];
  return [...company, ...look.org.departments.map((d) => d.id), ...none];
}
