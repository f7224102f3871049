import type { Person } from '../model.ts';
import { groupRef, type GroupRef } from './groups.ts';
import { personLink, type PersonLink } from './links.ts';
import { NO_DEPARTMENT, type Lookup } from './lookup.ts';
import { optionalMentionText } from './mention-text.ts';
import { pageNumber, paginate, pager, type Pager, type Part } from './paging.ts';
import { urls } from './urls.ts';

/**
 * The people directory is bounded: `/people/` lists the departments with their member counts (each
 * department's page lists its members, in pages) and an A–Z index by the pinyin of the surname;
 * `/people/a-z/<letter>/` lists the people of a letter, in pages of `PAGE_SIZE`, sorted by pinyin.
 */

/** The letters of the index, in order; `#` files names that begin with neither a Chinese character nor a Latin letter. */
export const LETTERS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZ', '#'];

/** A letter in a URL: `m`, and `other` for `#`. */
export function letterSlug(letter: string): string {
  return letter === '#' ? 'other' : letter.toLowerCase();
}

export interface LetterLink {
  letter: string;
  count: number;
  /** Absent for a letter no one's name begins with. */
  href?: string;
  current: boolean;
}

/** A person as the directory lists them. */
export interface DirectoryPerson extends PersonLink {
  title?: string;
  department?: { name: string; nameEn?: string; href: string };
}

export interface PeopleDirectoryView {
  total: number;
  letters: LetterLink[];
  /** Every department, with how many members it has, its leads, the first `MEMBERS_SHOWN` members and a link to all of them. */
  departments: { group: GroupRef; count: number; leads: PersonLink[]; members: PersonLink[]; href: string }[];
  /** People without a department: the first `NONE_SHOWN` listed here, the rest found by letter. */
  none?: { count: number; people: DirectoryPerson[]; more: number };
}

export const NONE_SHOWN = 50;
export const MEMBERS_SHOWN = 10;

export function peopleDirectory(look: Lookup): PeopleDirectoryView {
  const none = look.members.get(NO_DEPARTMENT) ?? [];
  return {
    total: look.org.people.length,
    letters: letterLinks(look),
    departments: look.org.departments.map((d) => ({
      group: groupRef(look, d.id), count: look.members.get(d.id)?.length ?? 0,
      leads: d.leadIds.map((id) => personLink(look, id)), href: `${urls.department(d.id)}#members`,
      members: (look.members.get(d.id) ?? []).slice(0, MEMBERS_SHOWN).map((p) => personLink(look, p.id)),
    })),
    ...(none.length > 0 ? { none: { count: none.length, people: none.slice(0, NONE_SHOWN).map((p) => directoryPerson(look, p)), more: Math.max(0, none.length - NONE_SHOWN) } } : {}),
  };
}

function letterLinks(look: Lookup, current?: string): LetterLink[] {
  const by = look.peopleByLetter();
  return LETTERS.map((letter) => {
    const count = by.get(letter)?.length ?? 0;
    return { letter, count, ...(count > 0 ? { href: urls.peopleLetter(letterSlug(letter)) } : {}), current: letter === current };
  });
}

function directoryPerson(look: Lookup, p: Person): DirectoryPerson {
  const d = p.departmentId ? look.departments.get(p.departmentId) : undefined;
  return {
    ...personLink(look, p.id), ...(p.title ? { title: p.title } : {}),
    ...(d ? { department: { name: d.name, ...(d.nameEn ? { nameEn: d.nameEn } : {}), href: urls.department(d.id) } } : {}),
  };
}

export interface PeopleLetterView {
  letter: string;
  letters: LetterLink[];
  people: Part<DirectoryPerson>;
  pager: Pager;
}

/** Every letter page there is (letters someone's name begins with), per page, for the routes. */
export function peopleLetterPages(look: Lookup): { letter: string; page: number }[] {
  return [...look.peopleByLetter()].flatMap(([letter, people]) =>
    Array.from({ length: paginate(people, 1).pages }, (_, i) => ({ letter: letterSlug(letter), page: i + 1 })));
}

/** The people whose names file under one letter, by pinyin, one page of them. */
export function peopleLetterView(look: Lookup, slug: string, page = 1): PeopleLetterView {
  const letter = LETTERS.find((l) => letterSlug(l) === slug) ?? '#';
  const people = look.peopleByLetter().get(letter) ?? [];
  const at = pageNumber(page, paginate(people, 1).pages);
  const { pages, part } = paginate(people, at);
  return {
    letter, letters: letterLinks(look, letter),
    people: { ...part, items: part.items.map((p) => directoryPerson(look, p)) },
    pager: pager(at, pages, (n) => urls.peopleLetter(slug, n)),
  };
}

export function departmentDirectory(look: Lookup) {
  return look.org.departments.map((d) => ({
    id: d.id, name: d.name, nameEn: d.nameEn, mission: optionalMentionText(look, d.mission), href: urls.department(d.id),
    leads: d.leadIds.map((id) => personLink(look, id)),
    members: look.members.get(d.id)?.length ?? 0,
  }));
}
